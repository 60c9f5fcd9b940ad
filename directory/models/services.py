"""The service menu: one page per early help service, mapped field by field to the Open
Referral UK (ORUK) v3 service profile, so the API can be a view of these models."""

import datetime
from functools import cached_property

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import prefetch_related_objects
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.fast_pages import CachedViewRestrictions
from core.page_views import mark_for_counting
from core.phone_numbers import format_uk, normalise_uk_phone, tel_href, validate_uk_phone
from core.search_fields import analysed, analysed_fields, translated, translated_autocomplete
from directory.models.taxonomy import AccessRoute, DeliveryMode, Need, Organisation, ServiceLevel

CHECKBOXES = forms.CheckboxSelectMultiple
# What a service page's views are counted as (core/page_views.py).
SERVICE_VIEWS = "directory.servicepage"


class ServiceStatus(models.TextChoices):
    # The values are ORUK's.
    ACTIVE = "active", _("Running")
    TEMPORARILY_CLOSED = "temporarily closed", _("Paused for now")


class Audience(models.TextChoices):
    """Who takes part: the age fields are always the children's ages, so a parenting course for
    parents of 2 to 11 year olds says so instead of "children aged 2 to 11"."""

    CHILDREN = "children", _("Children and young people")
    PARENTS = "parents", _("Parents and carers")
    FAMILY = "family", _("The whole family")


# The access route of services a family reaches through the early help desk (reference_data.py).
EARLY_HELP_DESK_ROUTE = "early-help-desk"


class ServiceIndexPage(CachedViewRestrictions, Page):
    """/services/: every live service, with filters and search."""

    intro = models.TextField(
        _("introduction"),
        max_length=500,
        blank=True,
        help_text=_("One or two sentences above the search and filters, saying what families can find here."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["directory.ServicePage"]
    max_count = 1

    class Meta:
        verbose_name = _("service listing")

    def serve(self, request, *args, **kwargs):
        from directory.views import service_listing

        return service_listing(request, self)


class ServicePageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user, listing = self.for_user, self.parent_page
        if user is None or listing is None or listing.permissions_for_user(user).can_edit():
            return
        # An organisation editor (directory/organisation_editors.py) may only name their own
        # organisation, so that no draft hands a service to someone else by mistake.
        own = Organisation.objects.filter(editors__user=user)
        if self.instance.organisation_id:
            own = own | Organisation.objects.filter(pk=self.instance.organisation_id)
        self.fields["organisation"].queryset = own.distinct()


class ServicePage(CachedViewRestrictions, Page):
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
    audience = models.CharField(
        _("who takes part"),
        max_length=12,
        choices=Audience.choices,
        default=Audience.CHILDREN,
        help_text=_(
            "Who comes to it or talks to the worker. For a course for parents choose 'Parents and carers': "
            "the ages below are then their children's ages."
        ),
    )
    for_pregnancy = models.BooleanField(
        _("for expectant parents too"),
        default=False,
        help_text=_("Tick if parents can use it before their baby is born."),
    )
    minimum_age = models.PositiveSmallIntegerField(
        _("youngest age (years)"),
        default=0,
        help_text=_("The youngest child's age, in whole years. Use 0 if it starts from birth."),
    )
    maximum_age = models.PositiveSmallIntegerField(
        _("oldest age (years)"),
        default=18,
        help_text=_("The oldest child's age, in whole years. Up to 25 for young people with SEND."),
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
        "core.SpokenLanguage",
        blank=True,
        related_name="services",
        verbose_name=_("languages it is delivered in"),
        help_text=_("Tick every language it can be delivered in, including English."),
    )

    # Cost: free, or the options below.
    is_free = models.BooleanField(
        _("free"), default=True, help_text=_("Untick if families pay anything, and add the prices under Cost.")
    )

    # Contact: phone numbers and named contacts are rows below (ServicePhone, ServiceContact).
    email = models.EmailField(
        _("email"), blank=True, help_text=_("An address families can write to about this service.")
    )
    website = models.URLField(
        _("website"), blank=True, help_text=_("The service's own web page, starting with https://")
    )
    booking_url = models.URLField(
        _("book online"),
        blank=True,
        help_text=_(
            "Where families book a place online, starting with https://. Leave empty if they book by phone: "
            "sessions marked 'booking needed' then point to the first phone number."
        ),
    )

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
                FieldPanel("audience"),
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
        MultiFieldPanel(
            [
                InlinePanel("phones", label=_("Phone number")),
                InlinePanel("contacts", label=_("Who to ask for")),
                FieldPanel("email"),
                FieldPanel("website"),
                FieldPanel("booking_url"),
            ],
            heading=_("Contact this service"),
        ),
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
        analysed(),
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
    base_form_class = ServicePageForm
    # Loaded with the page when it is found by its address (core/fast_pages.py).
    route_select_related = ("level", "organisation")

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

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        # Counted for the Insight area's most-viewed services (directory/page_views.py), when a
        # reader gets the page: an editor's preview is not a read.
        if not getattr(request, "is_preview", False):
            mark_for_counting(response, SERVICE_VIEWS, self.pk, translation.get_language())
        return response

    def get_context(self, request, *args, **kwargs):
        from directory.schedules import next_session
        from directory.views import shortlist_ids
        from hubs.closures import PlaceCalendar

        context = super().get_context(request, *args, **kwargs)
        # Read by the page and by its safety answers, "how to get it" and "how to book": once each.
        prefetch_related_objects([self], "needs", "access_routes", "phones__languages")
        today = timezone.localdate()
        schedules = list(self.schedules.select_related("place", "venue", *PLACE_SELECT))
        # Closures and school terms, read once for every schedule's "next" date.
        calendar = PlaceCalendar.load(
            today, today + NEXT_SESSION_DAYS, {schedule.place_id for schedule in schedules if schedule.place_id}
        )
        for schedule in schedules:
            schedule.next_date = next_session(schedule, today, NEXT_SESSION_DAYS.days, calendar)
        context.update(
            {
                "schedules": schedules,
                "out_of_date": self.is_out_of_date(settings.SERVICE_REVIEW_GRACE_DAYS),
                "shortlist_ids": shortlist_ids(request),
                "phones": list(self.phones.all()),
                "service_contacts": list(self.contacts.all()),
                "through_desk": self.through_early_help_desk,
            }
        )
        return context

    def analysed_text(self):
        """What search matches in each language's own forms (see core/search_fields.py)."""
        needs = list(self.needs.all())
        return analysed_fields(
            self,
            ["title", "summary", "description", "eligibility"],
            extra=lambda code: " ".join(getattr(need, f"name_{code}") or "" for need in needs),
        )

    @property
    def who_it_is_for(self):
        """ "Parents and carers of children aged 2 to 11": in the reader's language."""
        from directory.audience import who_it_is_for

        return who_it_is_for(self)

    @cached_property
    def first_phone(self):
        """The number to call: the first voice line, or the first line of any kind."""
        phones = list(self.phones.all())
        voice = [phone for phone in phones if phone.kind == PhoneKind.VOICE]
        return (voice or phones or [None])[0]

    @property
    def through_early_help_desk(self):
        return any(route.slug == EARLY_HELP_DESK_ROUTE for route in self.access_routes.all())

    @cached_property
    def how_to_book(self):
        """How a family books a session that needs booking: {"url", "phone"}, or None when the page
        shows neither (and so must not say that booking is needed)."""
        phone = self.first_phone
        if not self.booking_url and phone is None:
            return None
        return {"url": self.booking_url, "phone": phone}

    def is_out_of_date(self, grace_days):
        """True when the listing is past its review date by more than the grace period."""
        return bool(self.review_due) and timezone.localdate() > self.review_due + datetime.timedelta(days=grace_days)


class PhoneKind(models.TextChoices):
    # The values are HSDS 3.0's phone types.
    VOICE = "voice", _("Phone")
    TEXT = "text", _("Text message")
    TEXTPHONE = "textphone", _("Textphone")


class ServicePhone(Orderable, ClusterableModel):
    """A number families can use about a service (ORUK phone): a voice line, a text number or a
    textphone, with when it is answered and the languages spoken on it."""

    page = ParentalKey(ServicePage, on_delete=models.CASCADE, related_name="phones")
    number = models.CharField(
        _("number"),
        max_length=20,
        validators=[validate_uk_phone],
        help_text=_("A UK number with its area code, such as 01902 555 555. It is shown the same way on every page."),
    )
    kind = models.CharField(
        _("kind"),
        max_length=10,
        choices=PhoneKind.choices,
        default=PhoneKind.VOICE,
        help_text=_("Whether families call it, text it, or use it with a textphone."),
    )
    note = models.CharField(
        _("when it is answered"),
        max_length=120,
        blank=True,
        help_text=_("When the line is answered or what it is for, such as 'Monday to Friday, 9am to 5pm'."),
    )
    languages = ParentalManyToManyField(
        "core.SpokenLanguage",
        blank=True,
        related_name="service_phones",
        verbose_name=_("languages spoken on this line"),
        help_text=_("Tick the languages someone on this line speaks. Leave empty for English only."),
    )

    panels = [
        FieldRowPanel([FieldPanel("number"), FieldPanel("kind")]),
        FieldPanel("note"),
        FieldPanel("languages", widget=CHECKBOXES),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("phone number")

    def __str__(self):
        return self.display

    def clean(self):
        super().clean()
        if self.number:
            try:
                self.number = normalise_uk_phone(self.number)
            except ValidationError:
                pass  # the number field's own validator says what is wrong, beside the field

    def save(self, *args, **kwargs):
        if self.number:
            try:
                self.number = normalise_uk_phone(self.number)
            except ValidationError:
                pass  # saved as typed; the admin's check has already refused it
        super().save(*args, **kwargs)

    @property
    def display(self):
        """ "01902 551 199": the number as families write it."""
        return format_uk(self.number)

    @property
    def href(self):
        """ "tel:+441902551199", or "sms:+447700900123" for a text number."""
        href = tel_href(self.number)
        return "sms:" + href.removeprefix("tel:") if self.kind == PhoneKind.TEXT else href


class ServiceContact(Orderable):
    """A team or person families can ask for about a service (ORUK contact)."""

    page = ParentalKey(ServicePage, on_delete=models.CASCADE, related_name="contacts")
    name = models.CharField(
        _("name"),
        max_length=120,
        help_text=_("A team, such as 'Health visiting duty desk', or a person's first name, such as 'Sam'."),
    )
    title = models.CharField(
        _("role"),
        max_length=120,
        blank=True,
        help_text=_("What they do, such as 'Family support worker'. Shown after the name."),
    )
    email = models.EmailField(
        _("email"), blank=True, help_text=_("Their own address, if families may write to them directly.")
    )

    panels = [FieldRowPanel([FieldPanel("name"), FieldPanel("title")]), FieldPanel("email")]

    class Meta(Orderable.Meta):
        verbose_name = _("who to ask for")

    def __str__(self):
        return f"{self.name} ({self.title})" if self.title else self.name


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


# How far ahead a service page looks for a session's next date.
NEXT_SESSION_DAYS = datetime.timedelta(days=120)


class ScheduleKind(models.TextChoices):
    WEEKLY = "weekly", _("Every week (or every few weeks)")
    MONTHLY = "monthly", _("Once a month")
    ONCE = "once", _("One date")
    COURSE = "course", _("A course: starts on a date, runs for some weeks")
    APPOINTMENT = "appointment", _("By appointment")


# Shown before a weekday ("First Monday of the month"): the context lets languages whose
# ordinals agree with the day's gender translate them for it (written out each time, as
# makemessages reads only literal strings).


class WeekOfMonth(models.IntegerChoices):
    FIRST = 1, pgettext_lazy("week of the month, before a weekday", "First")
    SECOND = 2, pgettext_lazy("week of the month, before a weekday", "Second")
    THIRD = 3, pgettext_lazy("week of the month, before a weekday", "Third")
    FOURTH = 4, pgettext_lazy("week of the month, before a weekday", "Fourth")
    LAST = -1, pgettext_lazy("week of the month, before a weekday", "Last")


WEEKDAY_CHOICES = [
    (0, _("Monday")),
    (1, _("Tuesday")),
    (2, _("Wednesday")),
    (3, _("Thursday")),
    (4, _("Friday")),
    (5, _("Saturday")),
    (6, _("Sunday")),
]


# The page types a session can be at, as select_related names from a schedule: a list of
# sessions loads each place as its own type in the same query.
PLACE_TYPES = ("hubpage", "outreachbasepage")
PLACE_SELECT = tuple(f"place__{name}" for name in PLACE_TYPES)


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
    term_time_only = models.BooleanField(
        _("term time only"),
        default=False,
        help_text=_("Tick if it stops in the school holidays. The school term dates are kept under Places."),
    )
    note = models.CharField(
        _("note"),
        max_length=200,
        blank=True,
        help_text=_("Anything families need to know about this time, such as 'Bring a packed lunch'."),
    )
    # No copy of the place's position is kept here: distances are worked out from the hub,
    # outreach base or venue as it is now (directory/nearest.py), so a venue
    # made confidential or moved is never answered with an old position.

    panels = [
        PageChooserPanel("place", ["hubs.HubPage", "hubs.OutreachBasePage"]),
        FieldPanel("venue"),
        FieldPanel("kind"),
        FieldRowPanel([FieldPanel("weekday"), FieldPanel("week_of_month"), FieldPanel("interval")]),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date"), FieldPanel("weeks")]),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at"), FieldPanel("bookable")]),
        FieldPanel("term_time_only"),
        FieldPanel("note"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("place and time")

    def __str__(self):
        return f"{self.page.title}: {self.get_kind_display()}"

    @property
    def location(self):
        if self.place_id:
            # Loaded with the schedule (select_related(*PLACE_SELECT)), or asked for.
            loaded = self.place._state.fields_cache
            for name in PLACE_TYPES:
                if loaded.get(name) is not None:
                    return loaded[name]
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
        super().save(*args, **kwargs)
