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
