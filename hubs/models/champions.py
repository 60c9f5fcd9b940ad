"""Parent champions: volunteer parents who help other families find support."""

from django import forms
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from encrypted_fields.fields import EncryptedCharField, EncryptedEmailField, EncryptedTextField
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import ContentStreamBlock
from core.fast_pages import CachedViewRestrictions


class ParentChampion(ClusterableModel):
    """A parent champion's public profile: first name only, and what they can help with."""

    first_name = models.CharField(_("first name"), max_length=40, help_text=_("First name only, for their safety."))
    photo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("photo"),
        help_text=_("Optional. Only with the champion's written consent."),
    )
    locality = models.ForeignKey(
        "hubs.Locality",
        on_delete=models.PROTECT,
        related_name="champions",
        verbose_name=_("locality"),
        help_text=_("The area they help in. Families look for a champion near them."),
    )
    languages = ParentalManyToManyField(
        "core.SpokenLanguage",
        related_name="champions",
        verbose_name=_("languages spoken"),
        help_text=_("Tick every language they can help a family in, including English."),
    )
    can_help_with = models.TextField(
        _("can help with"),
        max_length=400,
        help_text=_("In their own words, for example: 'free childcare, baby groups'."),
    )
    is_active = models.BooleanField(
        _("show on the site"),
        default=True,
        help_text=_("Untick to hide them from the site, for example while they take a break."),
    )

    panels = [
        FieldPanel("first_name"),
        FieldPanel("photo"),
        FieldPanel("locality"),
        FieldPanel("languages", widget=forms.CheckboxSelectMultiple),
        FieldPanel("can_help_with"),
        FieldPanel("is_active"),
    ]

    class Meta:
        ordering = ["locality__number", "first_name"]
        verbose_name = _("parent champion")

    def __str__(self):
        return f"{self.first_name} ({self.locality.name})"

    @property
    def hub(self):
        return getattr(self.locality, "hub", None)


class ChampionIndexPage(CachedViewRestrictions, Page):
    """/parent-champions/: meet the champions, find one who speaks your language near you."""

    intro = models.TextField(
        _("introduction"),
        max_length=600,
        blank=True,
        help_text=_("One or two sentences at the top: what parent champions are and how they help."),
    )
    body = StreamField(
        ContentStreamBlock(),
        blank=True,
        verbose_name=_("more about champions"),
        help_text=_("Shown above the list of champions."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["hubs.ChampionStoryPage", "hubs.JoinChampionsPage", "hubs.ChampionSignpostingPage"]
    max_count = 1

    class Meta:
        verbose_name = _("parent champions page")

    def get_context(self, request, *args, **kwargs):
        from hubs.champion_views import champion_finder_context

        context = super().get_context(request, *args, **kwargs)
        context.update(champion_finder_context(request, self))
        return context


class ChampionStoryPage(CachedViewRestrictions, Page):
    """A parent champion's story, in their words."""

    intro = models.TextField(
        _("introduction"), max_length=400, help_text=_("One or two sentences at the top, introducing the story.")
    )
    champion = models.ForeignKey(
        ParentChampion,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="stories",
        help_text=_("Optional. Which parent champion's story this is. Families do not see this."),
    )
    body = StreamField(
        ContentStreamBlock(), verbose_name=_("story"), help_text=_("The story, in the champion's own words.")
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("champion"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["hubs.ChampionIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("champion story")


class JoinChampionsPage(CachedViewRestrictions, Page):
    """ "Become a parent champion": what it involves, and a short form to say you are interested."""

    intro = models.TextField(
        _("introduction"),
        max_length=400,
        help_text=_("One or two sentences at the top, inviting parents to become champions."),
    )
    body = StreamField(
        ContentStreamBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_("What being a champion involves, such as time, training and support. Shown above the form."),
    )
    thank_you = models.TextField(
        _("thank-you message"), max_length=400, help_text=_("Shown after someone sends the form.")
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body"), FieldPanel("thank_you")]

    parent_page_types = ["hubs.ChampionIndexPage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("become a parent champion page")

    def serve(self, request, *args, **kwargs):
        from hubs.champion_views import serve_join_page

        return serve_join_page(self, request, *args, **kwargs)


class ChampionSignpostingPage(CachedViewRestrictions, Page):
    """Quick routes for parent champions: common needs, hub leaflets to print, shortlists."""

    intro = models.TextField(
        _("introduction"),
        max_length=400,
        blank=True,
        help_text=_("One or two sentences at the top, telling champions what this page is for."),
    )
    body = StreamField(
        ContentStreamBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_("Tips for champions, shown above the quick routes to services and the hub leaflets."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]

    parent_page_types = ["hubs.ChampionIndexPage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("signposting page for champions")

    def get_context(self, request, *args, **kwargs):
        from hubs.models.places import HubPage

        context = super().get_context(request, *args, **kwargs)
        context["hubs"] = HubPage.objects.live().select_related("locality").order_by("locality__number")
        return context


class InterestStage(models.TextChoices):
    """How far someone who asked about becoming a parent champion has got: the Early years team
    moves them on, and may move them back (an induction cancelled is booked again)."""

    NEW = "new", _("New: not yet contacted")
    CONTACTED = "contacted", _("Contacted")
    INDUCTION_BOOKED = "induction_booked", _("Induction booked")
    TRAINED = "trained", _("Trained")
    ACTIVE = "active", _("Active champion")
    # People drop out, or find it is not for them now: kept apart from "new" so nobody is
    # reminded about them again.
    NOT_GOING_AHEAD = "not_going_ahead", _("Not going ahead")


class ChampionInterestQuerySet(models.QuerySet):
    def waiting(self):
        """New expressions of interest nobody has been in touch about yet: what the reminder
        and the dashboard count."""
        return self.filter(stage=InterestStage.NEW)

    def stage_counts(self):
        """Every stage in order, with how many people are at it now (zero included)."""
        counts = dict(self.values_list("stage").annotate(models.Count("pk")).order_by())
        return [(stage, stage.label, counts.get(stage.value, 0)) for stage in InterestStage]


class ChampionInterest(models.Model):
    """Someone who would like to become a parent champion. Personal data: encrypted, and only
    the Early years team can see it."""

    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    first_name = EncryptedCharField(_("first name"), max_length=80)
    # Encrypted fields store an empty answer as NULL, so optional ones must allow it.
    phone = EncryptedCharField(_("phone"), max_length=40, blank=True, null=True)
    email = EncryptedEmailField(_("email"), blank=True, null=True)
    locality = models.ForeignKey(
        "hubs.Locality", null=True, blank=True, on_delete=models.SET_NULL, verbose_name=_("area")
    )
    languages = EncryptedCharField(_("languages spoken"), max_length=200, blank=True, null=True)
    message = EncryptedTextField(_("anything else"), max_length=1000, blank=True, null=True)
    language_of_form = models.CharField(_("language of the form"), max_length=8)
    stage = models.CharField(
        _("stage"),
        max_length=20,
        choices=InterestStage.choices,
        default=InterestStage.NEW,
        db_index=True,
        help_text=_("Move them on when they reach the next step. The date each stage is reached is kept."),
    )

    objects = ChampionInterestQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("parent champion interest")
        verbose_name_plural = _("parent champion interest")

    def __str__(self):
        return _("Interest received %(date)s") % {"date": self.created_at.strftime("%d %B %Y")}

    def save(self, *args, **kwargs):
        """Every stage reached is recorded with its date, however the stage was changed."""
        # (A stage left unread, by .only(), is not compared.) queryset.update() records nothing.
        loaded = self._stage_when_loaded
        reached = self._state.adding or (loaded is not None and self.stage != loaded)
        super().save(*args, **kwargs)
        if reached:
            self.stages_reached.create(stage=self.stage)
            self._stage_when_loaded = self.stage

    # The stage as it was read from the database: None for one not yet saved.
    _stage_when_loaded = None

    @classmethod
    def from_db(cls, db, field_names, values):
        interest = super().from_db(db, field_names, values)
        interest._stage_when_loaded = interest.__dict__.get("stage")
        return interest


class InterestStageReached(models.Model):
    """When an expression of interest reached a stage: a date and a stage, nothing about the
    person. If their details are deleted, these stay (without the link to them), so the team
    can still count how many were trained or became champions each year."""

    interest = models.ForeignKey(ChampionInterest, null=True, on_delete=models.SET_NULL, related_name="stages_reached")
    stage = models.CharField(_("stage"), max_length=20, choices=InterestStage.choices)
    # Empty only for a stage reached before stages were recorded (a "contacted" tick).
    reached_at = models.DateTimeField(_("reached"), null=True, default=timezone.now)

    class Meta:
        # In the order they were recorded: a stage carried over without a date stays in its place.
        ordering = ["pk"]
        verbose_name = _("stage reached")
        verbose_name_plural = _("stages reached")

    def __str__(self):
        if self.reached_at is None:
            return self.get_stage_display()
        return f"{self.get_stage_display()} ({self.reached_at:%d %B %Y})"
