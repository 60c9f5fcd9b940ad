"""StreamField blocks shared by the site's pages.

Each block renders a GOV.UK Frontend pattern, so content editors get accessible markup
without writing any.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class CalloutBlock(blocks.StructBlock):
    """A short message set apart from the text: a tip, a warning or something important."""

    style = blocks.ChoiceBlock(
        choices=[
            ("inset", _("Information (grey bar)")),
            ("warning", _("Warning (bold, with an exclamation mark)")),
            ("important", _("Important (blue box with a heading)")),
        ],
        default="inset",
        help_text=_("Use a warning only for safety information."),
    )
    heading = blocks.CharBlock(required=False, max_length=120, help_text=_("Shown in the blue box only."))
    text = blocks.RichTextBlock(
        features=["bold", "link", "ul"], help_text=_("The message itself, in one or two short sentences.")
    )

    class Meta:
        icon = "warning"
        template = "components/blocks/callout.html"
        label = _("Call-out")
        preview_value = {
            "style": "warning",
            "text": "<p>If a child is in immediate danger, call 999.</p>",
        }


class AccordionSectionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        max_length=120,
        help_text=_("What the reader clicks to open the section, often a question such as 'Who is it for?'"),
    )
    summary = blocks.CharBlock(required=False, max_length=200, help_text=_("Optional one-line summary."))
    content = blocks.RichTextBlock(help_text=_("What the reader sees when they open the section."))


class AccordionBlock(blocks.StructBlock):
    """Sections a reader opens one at a time: good for long lists of questions and answers."""

    sections = blocks.ListBlock(AccordionSectionBlock(), min_num=1)

    class Meta:
        icon = "list-ul"
        template = "components/blocks/accordion.html"
        label = _("Accordion")
        preview_value = {
            "sections": [
                {"heading": "Who is early help for?", "content": "<p>Any family with children aged 0 to 18.</p>"},
                {"heading": "Does it cost anything?", "content": "<p>No. Early help is free.</p>"},
            ]
        }


class ContactCardBlock(blocks.StructBlock):
    """How to reach a team: phone, email, website and when someone answers."""

    name = blocks.CharBlock(max_length=120, help_text=_("The team or service, such as 'Early help desk'."))
    description = blocks.TextBlock(
        required=False, max_length=400, help_text=_("Optional. What they can help with, in one or two sentences.")
    )
    phone = blocks.CharBlock(required=False, max_length=40, help_text=_("For example: 01902 555392"))
    email = blocks.EmailBlock(required=False, help_text=_("An address families can write to."))
    website = blocks.URLBlock(required=False, help_text=_("A web address starting with https://"))
    opening_times = blocks.CharBlock(
        required=False, max_length=200, help_text=_("For example: Monday to Friday, 9am to 5pm")
    )

    class Meta:
        icon = "user"
        template = "components/blocks/contact_card.html"
        label = _("Contact card")
        preview_value = {
            "name": "Early help desk",
            "phone": "01902 555392",
            "opening_times": "Monday to Friday, 9am to 5pm",
        }


class StepBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        max_length=120, help_text=_("What the family does at this step, such as 'Get in touch'.")
    )
    content = blocks.RichTextBlock(
        features=["bold", "link", "ul", "ol"], help_text=_("More about this step, in a few short sentences.")
    )


class StepByStepBlock(blocks.StructBlock):
    """Numbered steps a family follows in order, such as how to ask for help."""

    steps = blocks.ListBlock(StepBlock(), min_num=2)

    class Meta:
        icon = "list-ol"
        template = "components/blocks/step_by_step.html"
        label = _("Step by step")
        preview_value = {
            "steps": [
                {"heading": "Get in touch", "content": "<p>Call or fill in the form.</p>"},
                {"heading": "We talk with you", "content": "<p>A worker calls you back.</p>"},
            ]
        }


class ContentStreamBlock(blocks.StreamBlock):
    """The blocks an editor can use in the body of any page."""

    heading = blocks.CharBlock(
        max_length=120,
        icon="title",
        template="components/blocks/heading.html",
        help_text=_("A section heading. Keep it short."),
    )
    text = blocks.RichTextBlock(
        icon="pilcrow",
        template="components/blocks/text.html",
        help_text=_("Paragraphs, lists and links. Short sentences and everyday words work best."),
    )
    callout = CalloutBlock()
    accordion = AccordionBlock()
    contact_card = ContactCardBlock()
    step_by_step = StepByStepBlock()
