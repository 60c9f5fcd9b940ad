"""Places where families get help: localities, Strengthening Families Hubs and outreach bases."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.fast_pages import CachedViewRestrictions
from core.search_fields import translated
from hubs import postcodes

# Where a place is on the map, for the hub finder and "nearest first" lists.
LATITUDE_HELP = _("The map position, such as 52.5862. Right-click the place on an online map to copy it.")
LONGITUDE_HELP = _("The map position, such as -2.1288 (in Wolverhampton it starts with a minus sign).")


class Locality(models.Model):
    """One of the city's eight early help areas, each with one Strengthening Families Hub."""

    number = models.PositiveSmallIntegerField(
        _("area number"), unique=True, help_text=_("The area's number, 1 to 8. Sets the order in lists.")
    )
    name = models.CharField(_("name"), max_length=60, help_text=_("The name families know, such as Eastfield."))
    area_name = models.CharField(
        _("area"), max_length=120, help_text=_("The neighbourhoods it covers, such as East Park and Bilston North.")
    )
    local_priorities = RichTextField(
        _("local priorities"),
        blank=True,
        features=["ul", "bold"],
        help_text=_("What families and partners in this area most need help with."),
    )

    panels = [FieldPanel("number"), FieldPanel("name"), FieldPanel("area_name"), FieldPanel("local_priorities")]

    class Meta:
        ordering = ["number"]
        verbose_name = _("locality")
        verbose_name_plural = _("localities")

    def __str__(self):
        return f"{self.name} ({self.area_name})"

    def postcode_sectors(self):
        """The postcode sectors with at least one address in this locality's wards."""
        return postcodes.sectors_in_wards({ward.code for ward in self.wards.all()})


class Ward(models.Model):
    """A City of Wolverhampton electoral ward (2023 boundaries), placed in one locality."""

    code = models.CharField(_("ONS code"), max_length=9, unique=True)
    name = models.CharField(_("name"), max_length=80)
    locality = models.ForeignKey(
        Locality,
        on_delete=models.PROTECT,
        related_name="wards",
        verbose_name=_("locality"),
        help_text=_("The early help area this ward is in. Families with a postcode in the ward are shown its hub."),
    )

    panels = [FieldPanel("name", read_only=True), FieldPanel("code", read_only=True), FieldPanel("locality")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("ward")

    def __str__(self):
        return self.name


class Facility(models.Model):
    """Something a place has that a family may need to know before going: baby change, a hearing loop."""

    name = models.CharField(
        _("name"),
        max_length=60,
        unique=True,
        help_text=_("Something families may want to know before going, such as 'Baby changing' or 'Hearing loop'."),
    )
    sort_order = models.PositiveSmallIntegerField(
        default=100, help_text=_("Sets the order in lists: lower numbers come first.")
    )

    panels = [FieldPanel("name"), FieldPanel("sort_order")]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("facility")
        verbose_name_plural = _("facilities")

    def __str__(self):
        return self.name


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")


class OpeningHours(models.Model):
    """When a place is open on one day of the week."""

    weekday = models.PositiveSmallIntegerField(
        _("day"), choices=Weekday.choices, help_text=_("Add one row for each day of the week.")
    )
    opens = models.TimeField(_("opens"), null=True, blank=True, help_text=_("For example 9:00."))
    closes = models.TimeField(_("closes"), null=True, blank=True, help_text=_("For example 17:00."))
    closed = models.BooleanField(
        _("closed all day"), default=False, help_text=_("Tick for days it is shut, such as Sundays.")
    )
    note = models.CharField(_("note"), max_length=120, blank=True, help_text=_("For example: appointments only"))

    panels = [
        FieldRowPanel([FieldPanel("weekday"), FieldPanel("opens"), FieldPanel("closes"), FieldPanel("closed")]),
        FieldPanel("note"),
    ]

    class Meta:
        abstract = True

    def __str__(self):
        return self.get_weekday_display()

    def clean(self):
        if not self.closed and (self.opens is None or self.closes is None):
            raise ValidationError(_("Give opening and closing times, or tick 'closed all day'."))
        if not self.closed and self.opens >= self.closes:
            raise ValidationError(_("The closing time must be after the opening time."))


class TeamBlock(blocks.StructBlock):
    """A team based at a hub, such as the Strengthening Families Workers or health visitors."""

    name = blocks.CharBlock(max_length=80, help_text=_("The team's name, such as 'Health visitors'."))
    description = blocks.TextBlock(
        required=False, max_length=300, help_text=_("Optional. What the team does for families, in one sentence.")
    )

    class Meta:
        icon = "group"
        template = "components/blocks/team.html"
        preview_value = {"name": "Health visitors", "description": "Visits for every new baby."}


class PlacePage(CachedViewRestrictions, Page):
    """What every place shares: where it is, how to get there, when it is open, what it has."""

    summary = models.TextField(
        _("summary"),
        max_length=300,
        blank=True,
        help_text=_("One or two plain sentences under the title: what families can do here."),
    )
    address_line_1 = models.CharField(
        _("address line 1"), max_length=120, help_text=_("The building and street, such as '12 High Street'.")
    )
    address_line_2 = models.CharField(
        _("address line 2"), max_length=120, blank=True, help_text=_("Optional. The area, such as Bilston.")
    )
    town = models.CharField(_("town"), max_length=60, default="Wolverhampton", help_text=_("Usually Wolverhampton."))
    postcode = models.CharField(_("postcode"), max_length=10, help_text=_("For example WV1 1SH."))
    latitude = models.FloatField(
        _("latitude"), validators=[MinValueValidator(52.4), MaxValueValidator(52.8)], help_text=LATITUDE_HELP
    )
    longitude = models.FloatField(
        _("longitude"), validators=[MinValueValidator(-2.4), MaxValueValidator(-1.9)], help_text=LONGITUDE_HELP
    )
    phone = models.CharField(_("phone"), max_length=40, blank=True, help_text=_("A number families can call."))
    email = models.EmailField(_("email"), blank=True, help_text=_("An address families can write to."))
    how_to_get_there = RichTextField(
        _("how to get there"), blank=True, features=["bold", "link", "ul"], help_text=_("Buses, parking, the entrance.")
    )
    accessibility = models.TextField(
        _("access"),
        max_length=600,
        blank=True,
        help_text=_("Step-free access, lifts, accessible toilets, quiet rooms."),
    )
    facilities = ParentalManyToManyField(
        Facility,
        blank=True,
        verbose_name=_("facilities"),
        help_text=_("Tick what the place has, so families know before they go."),
    )
    is_demo_data = models.BooleanField(
        _("demo data"),
        default=False,
        help_text=_("Ticked for the demonstration site: the address is plausible, not real."),
    )

    place_panels = [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("address_line_1"),
                FieldPanel("address_line_2"),
                FieldPanel("town"),
                FieldPanel("postcode"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("is_demo_data"),
            ],
            heading=_("Address"),
        ),
        MultiFieldPanel([FieldPanel("phone"), FieldPanel("email")], heading=_("Contact")),
        InlinePanel("opening_hours", heading=_("Opening hours"), label=_("Day")),
        InlinePanel(
            "closures",
            heading=_("Closures"),
            label=_("Closure"),
            help_text=_("Bank holidays, building work or snow: days it is shut. Its sessions are not shown then."),
        ),
        FieldPanel("how_to_get_there"),
        FieldPanel("accessibility"),
        FieldPanel("facilities", widget=forms.CheckboxSelectMultiple),
    ]

    search_fields = Page.search_fields + [
        *translated("title", boost=3),
        *translated("summary"),
        index.SearchField("address_line_1"),
        index.SearchField("postcode"),
        index.FilterField("latitude"),
        index.FilterField("longitude"),
    ]

    class Meta:
        abstract = True

    @property
    def address_lines(self):
        return [line for line in (self.address_line_1, self.address_line_2, self.town, self.postcode) if line]

    def place_ids(self):
        """This place and any it runs sessions at: what "what's on here" covers."""
        return [self.pk]

    def distance_from(self, latitude, longitude):
        return postcodes.distance_km(self.latitude, self.longitude, latitude, longitude)


class HubIndexPage(CachedViewRestrictions, Page):
    """The hub finder: every hub, or the nearest to a postcode."""

    intro = models.TextField(
        _("introduction"),
        max_length=500,
        blank=True,
        help_text=_("One or two sentences above the postcode search, saying what a hub is."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["hubs.HubPage"]
    max_count = 1

    class Meta:
        verbose_name = _("hub finder")

    def get_context(self, request, *args, **kwargs):
        from hubs.finder import hub_finder_context

        context = super().get_context(request, *args, **kwargs)
        context.update(hub_finder_context(request, self))
        return context


class HubPage(RoutablePageMixin, PlacePage):
    """A Strengthening Families Hub: the home of early help in one locality."""

    locality = models.OneToOneField(
        Locality,
        on_delete=models.PROTECT,
        related_name="hub",
        verbose_name=_("locality"),
        help_text=_("The early help area this hub serves. Each area has one hub."),
    )
    teams = StreamField(
        [("team", TeamBlock())],
        blank=True,
        verbose_name=_("teams based here"),
        help_text=_("Teams families can meet here, such as health visitors or Strengthening Families Workers."),
    )

    content_panels = Page.content_panels + [FieldPanel("locality")] + PlacePage.place_panels + [FieldPanel("teams")]

    parent_page_types = ["hubs.HubIndexPage"]
    subpage_types = ["hubs.OutreachBasePage", "hubs.HubEventPage"]
    # Loaded with the page when it is found by its address (core/fast_pages.py).
    route_select_related = ("locality",)

    class Meta:
        verbose_name = _("Strengthening Families Hub")

    def outreach_bases(self):
        # Read once for the page (what's on, the list, the map), not once for each.
        if not hasattr(self, "_outreach_bases"):
            self._outreach_bases = list(OutreachBasePage.objects.child_of(self).live())
        return self._outreach_bases

    def place_ids(self):
        return [self.pk, *(base.pk for base in self.outreach_bases())]

    def upcoming_events(self):
        from hubs.models.events import HubEventPage

        today = timezone.localdate()
        return HubEventPage.objects.child_of(self).live().filter(date__gte=today).order_by("date", "starts_at")

    def map_places(self):
        return [self, *self.outreach_bases()]

    @path("")
    def hub(self, request):
        return self.render(request)

    @path("leaflet/")
    def leaflet(self, request):
        """An A4 leaflet to print: opening times, contacts and a QR code to this page."""
        from hubs.leaflet import qr_code_svg

        page_url = request.build_absolute_uri(self.url)
        return self.render(
            request,
            template="hubs/hub_leaflet.html",
            context_overrides={
                "qr_code": qr_code_svg(page_url),
                "page_url": page_url,
            },
        )


class OutreachBasePage(PlacePage):
    """A community venue where a hub's services are also delivered."""

    content_panels = Page.content_panels + PlacePage.place_panels

    parent_page_types = ["hubs.HubPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("outreach base")

    @property
    def hub(self):
        return self.get_parent().specific


class HubOpeningHours(Orderable, OpeningHours):
    page = ParentalKey(HubPage, on_delete=models.CASCADE, related_name="opening_hours")


class OutreachBaseOpeningHours(Orderable, OpeningHours):
    page = ParentalKey(OutreachBasePage, on_delete=models.CASCADE, related_name="opening_hours")


class Venue(models.Model):
    """Anywhere else a service meets: a school, a library, a GP surgery, or a confidential
    address such as a refuge, whose address is never shown."""

    name = models.CharField(
        _("name"), max_length=120, help_text=_("The name families know, such as 'Central Library'.")
    )
    address = models.TextField(
        _("address"),
        max_length=300,
        blank=True,
        help_text=_(
            "Everything but the postcode, each part on its own line. Never shown if the address is confidential."
        ),
    )
    postcode = models.CharField(
        _("postcode"), max_length=10, blank=True, help_text=_("Never shown if the address is confidential.")
    )
    latitude = models.FloatField(_("latitude"), null=True, blank=True, help_text=LATITUDE_HELP)
    longitude = models.FloatField(_("longitude"), null=True, blank=True, help_text=LONGITUDE_HELP)
    confidential = models.BooleanField(
        _("confidential address"),
        default=False,
        help_text=_("Never show the address or map position, for example for a refuge. Families are told how to ask."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("confidential"),
        FieldPanel("address"),
        FieldPanel("postcode"),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("other venue")

    def __str__(self):
        return f"{self.name} (confidential)" if self.confidential else self.name

    @property
    def title(self):
        return self.name
