"""The section for professionals: partners who work with families (schools, health visitors,
police, the voluntary sector) and most often bring a family to the early help desk."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page

from core.blocks import ContentStreamBlock
from core.fast_pages import CachedViewRestrictions
from core.search_fields import translated
from pages.blocks import ProfessionalEventBlock


class ProfessionalsPage(CachedViewRestrictions, Page):
    """The partners' front door: which level of help fits a family, how to refer with consent,
    how an early help assessment works, and who to contact in each locality."""

    intro = models.TextField(
        _("introduction"),
        max_length=500,
        blank=True,
        help_text=_("One or two sentences: who this section is for and what it helps them do."),
    )
    referral_heading = models.CharField(
        _("referral heading"),
        max_length=120,
        blank=True,
        help_text=_("The heading of the box inviting professionals to refer a family, such as 'Refer a family'."),
    )
    referral_text = models.TextField(
        _("referral text"),
        max_length=400,
        blank=True,
        help_text=_("One or two sentences in that box: when to refer and what happens next."),
    )
    body = StreamField(
        ContentStreamBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_("How an early help assessment works, and anything else partners need to know."),
    )
    events = StreamField(
        [("event", ProfessionalEventBlock())],
        blank=True,
        verbose_name=_("events for professionals"),
        help_text=_("Regular meetings and events partners can come to, such as locality surgeries."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel([FieldPanel("referral_heading"), FieldPanel("referral_text")], heading=_("Refer a family")),
        FieldPanel("body"),
        FieldPanel("events"),
    ]

    search_fields = Page.search_fields + [
        *translated("title", boost=3),
        *translated("intro"),
        *translated("body"),
    ]

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.LevelsOfNeedPage", "pages.ContentPage"]
    max_count = 1

    class Meta:
        verbose_name = _("professionals' page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["section_pages"] = self.get_children().live().public().specific()
        context["locality_hubs"] = locality_hubs()
        return context


def locality_hubs():
    """Each locality's hub, in area order: the contact partners use for that locality."""
    from hubs.models import HubPage

    return HubPage.objects.live().public().select_related("locality").order_by("locality__number")


class LevelsOfNeedPage(CachedViewRestrictions, Page):
    """The levels of need ("the right help at the right time"): at each level, what a family's
    situation may look like and what a professional should do. Prints as a one-page guide."""

    intro = models.TextField(
        _("introduction"),
        max_length=500,
        blank=True,
        help_text=_("One or two sentences above the levels: what they are for."),
    )
    moving_between_levels = RichTextField(
        _("moving between levels"),
        blank=True,
        features=["bold", "link", "ul"],
        help_text=_("Shown under the levels: how families step up and step down, and who to ask when unsure."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        InlinePanel("levels", heading=_("Levels of need"), label=_("Level"), min_num=1, max_num=6),
        FieldPanel("moving_between_levels"),
    ]

    search_fields = Page.search_fields + [
        *translated("title", boost=3),
        *translated("intro"),
        *translated("moving_between_levels"),
    ]

    parent_page_types = ["pages.ProfessionalsPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("levels of need page")


class LevelOfNeed(Orderable):
    """One level of need, in order from the lowest: a family's situation and what to do."""

    page = ParentalKey(LevelsOfNeedPage, on_delete=models.CASCADE, related_name="levels")
    name = models.CharField(
        _("name"), max_length=80, help_text=_("Short, such as 'Universal: needs met by everyday services'.")
    )
    description = models.TextField(
        _("what it may look like"),
        max_length=400,
        help_text=_("A family's situation at this level, in one or two plain sentences."),
    )
    examples = RichTextField(
        _("examples"),
        features=["ul", "bold"],
        help_text=_("Three to five short examples, as a bulleted list."),
    )
    what_to_do = RichTextField(
        _("what to do"),
        features=["ul", "bold", "link"],
        help_text=_("What a professional should do for a family at this level, as a short bulleted list."),
    )

    panels = [FieldPanel("name"), FieldPanel("description"), FieldPanel("examples"), FieldPanel("what_to_do")]

    class Meta(Orderable.Meta):
        verbose_name = _("level of need")
        verbose_name_plural = _("levels of need")

    def __str__(self):
        return self.name
