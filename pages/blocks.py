"""Blocks only the site-wide pages use."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock


class NeedLinkBlock(blocks.StructBlock):
    """A way in from the home page for a common need ("money worries", "behaviour")."""

    label = blocks.CharBlock(max_length=60, help_text=_("The need in a parent's own words."))
    description = blocks.CharBlock(
        required=False,
        max_length=140,
        help_text=_("Optional. A few words under the need, such as 'Benefits, debts, bills'."),
    )
    need = SnippetChooserBlock(
        "directory.Need", required=False, help_text=_("Show the services for this need. Best for most links.")
    )
    page = blocks.PageChooserBlock(required=False, help_text=_("Or go to a page."))
    search_terms = blocks.CharBlock(
        required=False, max_length=100, help_text=_("Used when no page is chosen: what to search for.")
    )

    class Meta:
        icon = "link"
        template = "components/blocks/need_link.html"
        label = _("Need")
        preview_value = {"label": "Money worries", "search_terms": "money"}


class ProfessionalEventBlock(blocks.StructBlock):
    """A regular meeting or event for partners, such as a monthly locality surgery. Kept apart
    from the hubs' What's on, which is for families."""

    name = blocks.CharBlock(max_length=120, help_text=_("What it is, such as 'Locality surgery'."))
    when = blocks.CharBlock(
        max_length=200, help_text=_("When it happens, such as 'Every month, at each Strengthening Families Hub'.")
    )
    description = blocks.TextBlock(
        max_length=400, help_text=_("Who it is for and what happens there, in one or two sentences.")
    )
    how_to_join = blocks.CharBlock(
        required=False,
        max_length=200,
        help_text=_("Optional. How to book or who to ask, such as 'Ask your locality's hub'."),
    )

    class Meta:
        icon = "date"
        template = "pages/blocks/professional_event.html"
        label = _("Event for professionals")
        preview_value = {
            "name": "Locality surgery",
            "when": "Every month, at each Strengthening Families Hub",
            "description": "Talk through a family with the hub's team and agree the right level of help.",
        }
