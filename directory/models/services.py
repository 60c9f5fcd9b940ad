"""The service menu: one page per early help service, mapped field by field to the Open
Referral UK (ORUK) v3 service profile, so the API can be a view of these models."""

import datetime

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from directory.models.taxonomy import AccessRoute, DeliveryMode, Need, Organisation, ServiceLevel
from familyinfo.search_fields import translated, translated_autocomplete

CHECKBOXES = forms.CheckboxSelectMultiple


class ServiceStatus(models.TextChoices):
    # The values are ORUK's.
    ACTIVE = "active", _("Running")
    TEMPORARILY_CLOSED = "temporarily closed", _("Paused for now")


class ServiceIndexPage(Page):
    """/services/: every live service, with filters and search."""

    intro = models.TextField(
        _("introduction"),
        max_length=500,
        blank=True,
        help_text=_("One or two sentences above the search and filters, saying what families can find here."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["familyinfo.HomePage"]
    subpage_types = ["directory.ServicePage"]
    max_count = 1

    class Meta:
        verbose_name = _("service listing")

    def serve(self, request, *args, **kwargs):
        from directory.views import service_listing

        return service_listing(request, self)


class ServicePage(Page):
    """One early help service: what it is, who it is for, how to get it, where and when."""

    summary = models.TextField(_("summary"), max_length=300, help_text=_("One or two plain sentences. Shown in lists."))
    description = RichTextField(
        _("description"),
        features=["bold", "link", "ul", "ol", "h3"],
        help_text=_("Shown on the service's page: what happens, what it is like and what families get from it."),
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="services",
        verbose_name=_("run by"),
        help_text=_("Who runs the service. If they are not in the list, add them in the Directory menu first."),
    )
    level = models.ForeignKey(
        ServiceLevel,
        on_delete=models.PROTECT,
        related_name="services",
        verbose_name=_("level"),
        help_text=_("Which of the four levels of early help this is, from 1 (open to every family) to 4 (specialist)."),
    )
    needs = ParentalManyToManyField(
        Need,
        related_name="services",
        verbose_name=_("helps with"),
        help_text=_("Tick everything it helps with. Families find services by these needs."),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ServiceStatus.choices,
        default=ServiceStatus.ACTIVE,
        help_text=_("'Paused for now' keeps the page on the site with a notice that the service is not running."),
    )
    alert = models.CharField(
        _("alert"), max_length=200, blank=True, help_text=_("A short-term notice, such as 'No sessions in August'.")
    )

    # Who it is for. Ages in whole years; ORUK's minimum_age and maximum_age.
    for_pregnancy = models.BooleanField(
        _("for expectant parents too"),
        default=False,
        help_text=_("Tick if parents can use it before their baby is born."),
    )
    minimum_age = models.PositiveSmallIntegerField(
        _("youngest age (years)"), default=0, help_text=_("In whole years. Use 0 if it starts from birth.")
    )
    maximum_age = models.PositiveSmallIntegerField(
        _("oldest age (years)"), default=18, help_text=_("Up to 25 for young people with SEND.")
    )
    eligibility = models.TextField(
        _("who can use it"),
        max_length=500,
        blank=True,
        help_text=_("Anything else about who it is for, such as 'Families living in Wolverhampton'."),
    )

    # How to get it.
    access_routes = ParentalManyToManyField(
        AccessRoute,
        related_name="services",
        verbose_name=_("how to get it"),
        help_text=_("Tick every way a family can get it, such as just turning up or being referred."),
    )
    how_to_get_it = RichTextField(
        _("how to ask"),
        blank=True,
        features=["bold", "link", "ul"],
        help_text=_("What a family does to start: who to call, which form to fill in, what happens next."),
    )
    delivery_modes = ParentalManyToManyField(
        DeliveryMode,
        related_name="services",
        verbose_name=_("delivered"),
        help_text=_("Tick every way it is delivered, such as at a hub, at home or online."),
    )
    languages = ParentalManyToManyField(
        "familyinfo.SpokenLanguage",
        blank=True,
        related_name="services",
        verbose_name=_("languages it is delivered in"),
        help_text=_("Tick every language it can be delivered in, including English."),
    )

    # Cost: free, or the options below.
    is_free = models.BooleanField(
        _("free"), default=True, help_text=_("Untick if families pay anything, and add the prices under Cost.")
    )

    # Contact.
    phone = models.CharField(
        _("phone"), max_length=40, blank=True, help_text=_("A number families can call about this service.")
    )
    email = models.EmailField(_("email"), blank=True, help_text=_("An address families can write to."))
    website = models.URLField(_("website"), blank=True, help_text=_("A web address starting with https://"))

    boundaries = RichTextField(
        _("what it is not"),
        blank=True,
        features=["bold", "link", "ul"],
        help_text=_("What this service does not do, and where to go instead."),
    )
    accessibility = models.TextField(
        _("access needs"),
        max_length=600,
        blank=True,
        help_text=_("How the service meets access needs, such as interpreters, large print or a quiet room."),
    )

    # Keeping it true: last_reviewed is public (ORUK's assured_date); the rest is for editors.
    last_reviewed = models.DateField(
        _("last reviewed"),
        default=datetime.date.today,
        help_text=_("When someone last checked every detail on this page. Families see this date."),
    )
    review_due = models.DateField(
        _("review due"),
        null=True,
        blank=True,
        help_text=_("When to check it again. Leave empty for a year after the last review."),
    )
    owner_email = models.EmailField(
        _("owner's email"), help_text=_("Who keeps this listing true. Not shown to the public."), blank=True
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("organisation"),
                FieldPanel("level"),
                FieldPanel("needs", widget=CHECKBOXES),
                FieldPanel("status"),
                FieldPanel("alert"),
            ],
            heading=_("About the service"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("for_pregnancy"),
                FieldRowPanel([FieldPanel("minimum_age"), FieldPanel("maximum_age")]),
                FieldPanel("eligibility"),
            ],
            heading=_("Who it is for"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("access_routes", widget=CHECKBOXES),
                FieldPanel("how_to_get_it"),
                FieldPanel("delivery_modes", widget=CHECKBOXES),
                FieldPanel("languages", widget=CHECKBOXES),
            ],
            heading=_("How to get it"),
        ),
        MultiFieldPanel([FieldPanel("is_free"), InlinePanel("cost_options", label=_("Cost"))], heading=_("Cost")),
        InlinePanel("schedules", heading=_("Where and when"), label=_("Place and time")),
        MultiFieldPanel([FieldPanel("phone"), FieldPanel("email"), FieldPanel("website")], heading=_("Contact")),
        FieldPanel("boundaries"),
        FieldPanel("accessibility"),
        MultiFieldPanel(
            [FieldPanel("last_reviewed"), FieldPanel("review_due"), FieldPanel("owner_email")],
            heading=_("Review"),
        ),
    ]

    search_fields = Page.search_fields + [
        *translated("title", boost=3),
        *translated("summary", boost=2),
        *translated("description"),
        *translated("eligibility"),
        *translated_autocomplete("title"),
        index.RelatedFields("needs", [*translated("name", boost=2), *translated("description")]),
        index.RelatedFields("organisation", [index.SearchField("name")]),
        index.FilterField("level"),
        index.FilterField("status"),
        index.FilterField("minimum_age"),
        index.FilterField("maximum_age"),
        index.FilterField("is_free"),
    ]

    parent_page_types = ["directory.ServiceIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("service")

    def clean(self):
        super().clean()
        if self.minimum_age > self.maximum_age:
            raise ValidationError({"maximum_age": _("The oldest age must be at least the youngest age.")})
        if self.maximum_age > 25:
            raise ValidationError({"maximum_age": _("Services on this site are for ages up to 25.")})

    def save(self, *args, **kwargs):
        if self.review_due is None and self.last_reviewed:
            self.review_due = self.last_reviewed + datetime.timedelta(days=365)
        super().save(*args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from directory.schedules import next_session
        from directory.views import shortlist_ids

        context = super().get_context(request, *args, **kwargs)
        today = timezone.localdate()
        schedules = list(self.schedules.select_related("place", "venue"))
        for schedule in schedules:
            schedule.next_date = next_session(schedule, today)
        context.update(
            {
                "schedules": schedules,
                "out_of_date": self.is_out_of_date(settings.SERVICE_REVIEW_GRACE_DAYS),
                "shortlist_ids": shortlist_ids(request),
            }
        )
        return context

    def is_out_of_date(self, grace_days):
        """True when the listing is past its review date by more than the grace period."""
        return bool(self.review_due) and timezone.localdate() > self.review_due + datetime.timedelta(days=grace_days)


class CostOption(Orderable):
    """A price, for a service that is not free (ORUK cost_option)."""

    page = ParentalKey(ServicePage, on_delete=models.CASCADE, related_name="cost_options")
    option = models.CharField(_("what it is for"), max_length=120, help_text=_("For example: per session, per child"))
    amount = models.DecimalField(
        _("amount (£)"), max_digits=7, decimal_places=2, help_text=_("In pounds and pence, such as 2.50.")
    )
    amount_description = models.CharField(
        _("more about the cost"),
        max_length=200,
        blank=True,
        help_text=_("Anything else about paying, such as 'Free for families on Universal Credit'."),
    )

    panels = [FieldRowPanel([FieldPanel("option"), FieldPanel("amount")]), FieldPanel("amount_description")]

    def __str__(self):
        return f"£{self.amount} {self.option}"


class ScheduleKind(models.TextChoices):
    WEEKLY = "weekly", _("Every week (or every few weeks)")
    MONTHLY = "monthly", _("Once a month")
    ONCE = "once", _("One date")
    COURSE = "course", _("A course: starts on a date, runs for some weeks")
    APPOINTMENT = "appointment", _("By appointment")


class WeekOfMonth(models.IntegerChoices):
    FIRST = 1, _("First")
    SECOND = 2, _("Second")
    THIRD = 3, _("Third")
    FOURTH = 4, _("Fourth")
    LAST = -1, _("Last")


WEEKDAY_CHOICES = [
    (0, _("Monday")),
    (1, _("Tuesday")),
    (2, _("Wednesday")),
    (3, _("Thursday")),
    (4, _("Friday")),
    (5, _("Saturday")),
    (6, _("Sunday")),
]


class Schedule(Orderable):
    """Where a service happens and when: at a hub, an outreach base or another venue
    (ORUK service_at_location with its schedule)."""

    page = ParentalKey(ServicePage, on_delete=models.CASCADE, related_name="schedules")
    place = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="service_schedules",
        verbose_name=_("hub or outreach base"),
        help_text=_("Where it happens. For anywhere else, leave this empty and choose another venue."),
    )
    venue = models.ForeignKey(
        "hubs.Venue",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="schedules",
        verbose_name=_("or another venue"),
        help_text=_("A school, library or other place. Add new venues in the Places menu."),
    )
    kind = models.CharField(
        _("how often"),
        max_length=12,
        choices=ScheduleKind.choices,
        default=ScheduleKind.WEEKLY,
        help_text=_(
            "Choose this first, then fill in only what applies: the day for weekly sessions, the dates for a course."
        ),
    )
    weekday = models.PositiveSmallIntegerField(
        _("day"),
        choices=WEEKDAY_CHOICES,
        null=True,
        blank=True,
        help_text=_("Needed for weekly and monthly sessions."),
    )
    week_of_month = models.SmallIntegerField(
        _("which week of the month"),
        choices=WeekOfMonth.choices,
        null=True,
        blank=True,
        help_text=_("For monthly sessions, such as the first Tuesday of the month."),
    )
    interval = models.PositiveSmallIntegerField(
        _("every how many weeks"), default=1, help_text=_("1 for every week, 2 for every other week.")
    )
    start_date = models.DateField(
        _("date, or first date"),
        null=True,
        blank=True,
        help_text=_("For one date or a course. For sessions every few weeks, the date of one session."),
    )
    end_date = models.DateField(
        _("last date"),
        null=True,
        blank=True,
        help_text=_("Optional. No sessions are shown after this date."),
    )
    weeks = models.PositiveSmallIntegerField(
        _("number of weeks (courses)"), null=True, blank=True, help_text=_("For courses only.")
    )
    starts_at = models.TimeField(_("starts"), null=True, blank=True, help_text=_("For example 10:00."))
    ends_at = models.TimeField(_("ends"), null=True, blank=True, help_text=_("For example 12:30."))
    bookable = models.BooleanField(
        _("booking needed"), default=False, help_text=_("Tick if families must book a place before they come.")
    )
    note = models.CharField(
        _("note"),
        max_length=200,
        blank=True,
        help_text=_("Anything families need to know about this time, such as 'Term time only'."),
    )
    # Copied from the place when saved, so distance can be sorted in the database. Empty for
    # confidential venues: their position is never used or shown.
    latitude = models.FloatField(null=True, blank=True, editable=False)
    longitude = models.FloatField(null=True, blank=True, editable=False)

    panels = [
        PageChooserPanel("place", ["hubs.HubPage", "hubs.OutreachBasePage"]),
        FieldPanel("venue"),
        FieldPanel("kind"),
        FieldRowPanel([FieldPanel("weekday"), FieldPanel("week_of_month"), FieldPanel("interval")]),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date"), FieldPanel("weeks")]),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at"), FieldPanel("bookable")]),
        FieldPanel("note"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("place and time")

    def __str__(self):
        return f"{self.page.title}: {self.get_kind_display()}"

    @property
    def location(self):
        if self.place_id:
            return self.place.specific
        return self.venue

    def clean(self):
        if not self.place_id and not self.venue_id:
            raise ValidationError(_("Choose a hub or outreach base, or another venue."))
        if self.kind in {ScheduleKind.ONCE, ScheduleKind.COURSE} and not self.start_date:
            raise ValidationError({"start_date": _("Give the date.")})
        if self.kind == ScheduleKind.COURSE and not self.weeks:
            raise ValidationError({"weeks": _("Say how many weeks the course runs.")})
        if self.kind in {ScheduleKind.WEEKLY, ScheduleKind.MONTHLY} and self.weekday is None:
            raise ValidationError({"weekday": _("Choose the day.")})
        if self.kind == ScheduleKind.MONTHLY and self.week_of_month is None:
            raise ValidationError({"week_of_month": _("Choose which week of the month.")})
        if self.starts_at and self.ends_at and self.starts_at >= self.ends_at:
            raise ValidationError({"ends_at": _("The end time must be after the start time.")})

    def save(self, *args, **kwargs):
        if self.start_date and self.kind in {ScheduleKind.ONCE, ScheduleKind.COURSE}:
            self.weekday = self.start_date.weekday()
        self.latitude = self.longitude = None
        location = self.location
        if location is not None and not getattr(location, "confidential", False):
            self.latitude, self.longitude = location.latitude, location.longitude
        super().save(*args, **kwargs)
