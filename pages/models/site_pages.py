"""The site-wide pages: the home page, the plain content pages under it, and the menus."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from core.blocks import ContentStreamBlock
from core.fast_pages import CachedViewRestrictions, QuickRouting
from core.models import CachedSiteSetting
from core.search_fields import translated
from pages.blocks import NeedLinkBlock


class HomePage(QuickRouting, CachedViewRestrictions, Page):
    """The front door: what early help is, how to find it, and how to ask for it."""

    hero_heading = models.CharField(
        _("main heading"), max_length=120, help_text=_("The first thing a parent reads. Plain words.")
    )
    hero_lead = models.TextField(
        _("lead paragraph"),
        max_length=400,
        blank=True,
        help_text=_("One or two sentences under the main heading, saying who the site is for and what it offers."),
    )
    early_help_summary = RichTextField(
        _("what early help is"),
        features=["bold", "link", "ul"],
        help_text=_("Who early help is for and what it can do, in two or three short paragraphs."),
    )
    needs_heading = models.CharField(
        _("needs heading"),
        max_length=120,
        blank=True,
        help_text=_("Shown above the common needs, such as 'What would you like help with?'"),
    )
    common_needs = StreamField(
        [("need", NeedLinkBlock())],
        blank=True,
        verbose_name=_("common needs"),
        help_text=_("Six to nine ways in, in the words parents use."),
    )
    referral_heading = models.CharField(
        _("ask-for-help heading"),
        max_length=120,
        blank=True,
        help_text=_(
            "The heading of the box inviting families to ask for help, such as 'Ask for help for your family'."
        ),
    )
    referral_text = models.TextField(
        _("ask-for-help text"),
        max_length=400,
        blank=True,
        help_text=_("One or two sentences in that box: who can ask, and what happens next."),
    )
    referral_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("ask-for-help page"),
        help_text=_("Where the 'Ask for help' button goes. Leave empty for the self-referral form."),
    )
    body = StreamField(
        ContentStreamBlock(),
        blank=True,
        verbose_name=_("more sections"),
        help_text=_("Optional sections shown at the bottom of the home page."),
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("hero_heading"), FieldPanel("hero_lead")], heading=_("Welcome")),
        FieldPanel("early_help_summary"),
        MultiFieldPanel([FieldPanel("needs_heading"), FieldPanel("common_needs")], heading=_("Common needs")),
        MultiFieldPanel(
            [FieldPanel("referral_heading"), FieldPanel("referral_text"), FieldPanel("referral_page")],
            heading=_("Ask for help"),
        ),
        FieldPanel("body"),
    ]

    search_fields = Page.search_fields + [
        *translated("title", boost=3),
        *translated("hero_lead"),
        *translated("early_help_summary"),
        *translated("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")


class ContentPage(CachedViewRestrictions, Page):
    """A page of guidance, such as "What is early help" or the accessibility statement."""

    intro = models.TextField(
        _("introduction"), max_length=500, blank=True, help_text=_("One or two sentences: what this page tells you.")
    )
    body = StreamField(
        ContentStreamBlock(),
        verbose_name=_("body"),
        help_text=_("The main text of the page. Use headings to break it up, and call-outs for what matters most."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]

    search_fields = Page.search_fields + [*translated("title", boost=3), *translated("intro"), *translated("body")]

    parent_page_types = ["pages.HomePage", "pages.ContentPage", "pages.ProfessionalsPage"]
    subpage_types = ["pages.ContentPage"]

    class Meta:
        verbose_name = _("content page")


PAGE_LINK_HELP = _("The page to link to. The link shows the page's title, in the reader's language.")


@register_setting(icon="list-ul")
class Navigation(CachedSiteSetting):
    """The header menu and footer links, edited by the Families Information Service team."""

    # Links are pages, shown with their own (translated) titles, so menus never fall out of
    # step with the pages or the languages.
    header_links = StreamField(
        [("page", blocks.PageChooserBlock(help_text=PAGE_LINK_HELP))],
        blank=True,
        verbose_name=_("header menu"),
        help_text=_("The pages in the menu at the top of every page, in this order. Five or six at most."),
    )
    footer_links = StreamField(
        [("page", blocks.PageChooserBlock(help_text=PAGE_LINK_HELP))],
        blank=True,
        verbose_name=_("footer links"),
        help_text=_("Include the accessibility statement, privacy notice and contact page."),
    )

    panels = [FieldPanel("header_links"), FieldPanel("footer_links")]

    class Meta:
        verbose_name = _("menus")
