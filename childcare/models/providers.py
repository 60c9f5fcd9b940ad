"""Registered childcare providers (childminders, nurseries, pre-schools, school nurseries), as
Ofsted lists them, with the funded places and vacancies the early years team keeps true."""

import datetime

from django.core.validators import MaxValueValidator, RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.search import index

from hubs.models import Locality

# A vacancy not confirmed for this long is shown with a warning that it may have gone.
VACANCY_FRESH_DAYS = 60

URN_VALIDATOR = RegexValidator(
    r"^(EY|SC|CA)?\d{6,7}$", _("An Ofsted reference number: 6 or 7 digits, sometimes after EY, like EY123456.")
)


class ProviderType(models.TextChoices):
    CHILDMINDER = "childminder", _("Childminder")
    DAY_NURSERY = "day_nursery", _("Day nursery")
    PRE_SCHOOL = "pre_school", _("Pre-school")
    SCHOOL_NURSERY = "school_nursery", _("School nursery")


class OfstedOutcome(models.TextChoices):
    """Ofsted's judgements: graded inspections of the early years register, and the met / not
    met outcomes of the childcare register (which has no grades)."""

    OUTSTANDING = "outstanding", _("Outstanding")
    GOOD = "good", _("Good")
    REQUIRES_IMPROVEMENT = "requires_improvement", _("Requires improvement")
    INADEQUATE = "inadequate", _("Inadequate")
    MET = "met", _("Met")
    NOT_MET = "not_met", _("Not met")


class OpeningDays(models.TextChoices):
    WEEKDAYS = "weekdays", _("Monday to Friday")
    WEEKDAYS_SATURDAY = "weekdays_saturday", _("Monday to Saturday")
    SCHOOL_DAYS = "school_days", _("School days")
    SOME_WEEKDAYS = "some_weekdays", _("Some weekdays")


class AgeGroup(models.TextChoices):
    """The age groups families ask about, each with the ages in it (months, inclusive)."""

    UNDER_TWO = "under_two", _("Under 2")
    TWO = "two", _("2 year olds")
    THREE_FOUR = "three_four", _("3 and 4 year olds")
    SCHOOL_AGE = "school_age", _("5 and over")


AGE_GROUP_MONTHS = {
    AgeGroup.UNDER_TWO: (0, 23),
    AgeGroup.TWO: (24, 35),
    AgeGroup.THREE_FOUR: (36, 59),
    AgeGroup.SCHOOL_AGE: (60, 12 * 14),
}


def unnamed_childminder(district):
    """The name kept for a childminder Ofsted does not name: stored in English, like the rest of
    the register, and shown in the reader's language (`ChildcareProvider.shown_name`)."""
    return f"Childminder ({district})"


class ProviderQuerySet(models.QuerySet):
    def listed(self):
        return self.filter(listed=True)

    def caring_for(self, age_group):
        youngest, oldest = AGE_GROUP_MONTHS[age_group]
        return self.filter(youngest_months__lte=oldest, oldest_years__gte=youngest // 12)


class ChildcareProvider(index.Indexed, ClusterableModel):
    urn = models.CharField(
        _("Ofsted URN"),
        max_length=10,
        unique=True,
        validators=[URN_VALIDATOR],
        help_text=_("The unique reference number on the provider's Ofsted registration and reports."),
    )
    provider_type = models.CharField(
        _("type"),
        max_length=20,
        choices=ProviderType.choices,
        help_text=_("Childcare in someone's home counts as a childminder: only its postcode district is shown."),
    )
    name = models.CharField(
        _("name"),
        max_length=200,
        help_text=_("As registered with Ofsted. A childminder is shown by the name they trade under, or their own."),
    )
    address_line_1 = models.CharField(
        _("address line 1"),
        max_length=120,
        blank=True,
        help_text=_("The building and street. Leave empty for a childminder: their home is never shown."),
    )
    address_line_2 = models.CharField(
        _("address line 2"), max_length=120, blank=True, help_text=_("Optional: the area, such as Penn.")
    )
    town = models.CharField(_("town"), max_length=60, blank=True, help_text=_("Usually Wolverhampton."))
    postcode = models.CharField(
        _("postcode"),
        max_length=8,
        blank=True,
        help_text=_("Leave empty for a childminder: like Ofsted, we show only the first part of their postcode."),
    )
    postcode_district = models.CharField(
        _("postcode district"), max_length=4, help_text=_("The first part of the postcode, such as WV10.")
    )
    latitude = models.FloatField(_("latitude"), null=True, blank=True, editable=False)
    longitude = models.FloatField(_("longitude"), null=True, blank=True, editable=False)
    locality = models.ForeignKey(
        Locality,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="childcare_providers",
        verbose_name=_("locality"),
    )
    youngest_months = models.PositiveSmallIntegerField(
        _("youngest age cared for (months)"),
        default=0,
        validators=[MaxValueValidator(12 * 14)],
        help_text=_("In months: 0 if they take babies, 24 if they start at two."),
    )
    oldest_years = models.PositiveSmallIntegerField(
        _("oldest age cared for (years)"),
        default=4,
        validators=[MaxValueValidator(14)],
        help_text=_("In years: 4 for a nursery that cares for children until they start school."),
    )
    funded_two_year_olds = models.BooleanField(
        _("funded places for 2 year olds"), default=False, help_text=_("The two-year-old offer: 15 hours a week.")
    )
    funded_universal = models.BooleanField(
        _("funded places for 3 and 4 year olds (universal 15 hours)"),
        default=False,
        help_text=_("The 15 hours a week every 3 and 4 year old can have."),
    )
    funded_extended = models.BooleanField(
        _("funded places for working families (extended hours)"),
        default=False,
        help_text=_("The hours working parents apply for with a code."),
    )
    opening_days = models.CharField(
        _("open on"),
        max_length=20,
        choices=OpeningDays.choices,
        blank=True,
        help_text=_("Leave empty if you do not know."),
    )
    opens_at = models.TimeField(_("opens at"), null=True, blank=True, help_text=_("Such as 08:00."))
    closes_at = models.TimeField(_("closes at"), null=True, blank=True, help_text=_("Such as 18:00."))
    all_year = models.BooleanField(
        _("open all year"), default=False, help_text=_("Untick if they are open in school term time only.")
    )
    school_pickups = models.CharField(
        _("picks up from"),
        max_length=300,
        blank=True,
        help_text=_("The schools they take children to and collect them from, separated by commas."),
    )
    holiday_care = models.BooleanField(
        _("holiday care for school-age children"),
        default=False,
        help_text=_("Tick if they look after school-age children in the school holidays."),
    )
    special_needs_experience = models.BooleanField(
        _("experience with special educational needs and disabilities"),
        default=False,
        help_text=_("Tick if they have cared for children with special educational needs or disabilities."),
    )
    phone = models.CharField(
        _("phone"), max_length=40, blank=True, help_text=_("The number families call to ask about a place.")
    )
    email = models.EmailField(_("email"), blank=True, help_text=_("Where families can write to ask about a place."))
    website = models.URLField(_("website"), blank=True, help_text=_("Their own website, starting https://."))
    inspection_outcome = models.CharField(
        _("latest Ofsted outcome"),
        max_length=24,
        choices=OfstedOutcome.choices,
        blank=True,
        help_text=_("From their latest full inspection. The Ofsted import keeps it up to date."),
    )
    inspection_date = models.DateField(
        _("latest inspection date"), null=True, blank=True, help_text=_("The day of that inspection.")
    )
    report_url = models.URLField(
        _("Ofsted report"), blank=True, help_text=_("The link to their page on Ofsted's reports website.")
    )
    listed = models.BooleanField(
        _("shown on the site"),
        default=True,
        help_text=_("Untick to hide a provider who has closed or asked not to be listed."),
    )
    is_demo = models.BooleanField(
        _("demo data"), default=False, editable=False, help_text=_("Made up for the demonstration site.")
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ProviderQuerySet.as_manager()

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("urn"),
        index.FilterField("provider_type"),
        index.FilterField("listed"),
    ]

    panels = [
        MultiFieldPanel(
            [FieldPanel("urn"), FieldPanel("provider_type"), FieldPanel("name"), FieldPanel("listed")],
            heading=_("Registration"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("address_line_1"),
                FieldPanel("address_line_2"),
                FieldRowPanel([FieldPanel("town"), FieldPanel("postcode"), FieldPanel("postcode_district")]),
            ],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("youngest_months"), FieldPanel("oldest_years")]),
                FieldPanel("funded_two_year_olds"),
                FieldPanel("funded_universal"),
                FieldPanel("funded_extended"),
            ],
            heading=_("Ages and funded places"),
        ),
        InlinePanel(
            "vacancies",
            heading=_("Vacancies"),
            label=_("Vacancy"),
            help_text=_("Places free now, by age. Change the date each time the provider confirms them."),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("opening_days"), FieldPanel("opens_at"), FieldPanel("closes_at")]),
                FieldPanel("all_year"),
                FieldPanel("school_pickups"),
                FieldPanel("holiday_care"),
                FieldPanel("special_needs_experience"),
            ],
            heading=_("Opening and care"),
        ),
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("email"), FieldPanel("website")],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [FieldPanel("inspection_outcome"), FieldPanel("inspection_date"), FieldPanel("report_url")],
            heading=_("Latest Ofsted inspection"),
        ),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("childcare provider")
        verbose_name_plural = _("childcare providers")
        indexes = [models.Index(fields=["listed", "funded_two_year_olds"])]

    def __str__(self):
        return self.name

    @property
    def slug(self):
        return slugify(self.name)[:60] or "provider"

    @property
    def shown_name(self):
        if self.is_childminder and self.name == unnamed_childminder(self.postcode_district):
            from django.utils.translation import gettext

            return gettext("Childminder (%(district)s)") % {"district": self.postcode_district}
        return self.name

    @property
    def is_childminder(self):
        return self.provider_type == ProviderType.CHILDMINDER

    @property
    def shown_address(self):
        """What the site shows of where they are: a childminder works from home, so only the
        postcode district, as on Ofsted's register."""
        if self.is_childminder:
            return [self.postcode_district]
        return [part for part in (self.address_line_1, self.address_line_2, self.town, self.postcode) if part]

    @property
    def pickup_schools(self):
        return [name.strip() for name in self.school_pickups.split(",") if name.strip()]

    def clean(self):
        from childcare.places import place_provider

        place_provider(self)

    def save(self, *args, **kwargs):
        from childcare.places import place_provider

        if self.latitude is None:
            place_provider(self, quiet=True)
        super().save(*args, **kwargs)


class ProviderVacancy(models.Model):
    provider = ParentalKey(ChildcareProvider, on_delete=models.CASCADE, related_name="vacancies")
    age_group = models.CharField(
        _("age"), max_length=12, choices=AgeGroup.choices, help_text=_("The ages these places are for.")
    )
    places = models.PositiveSmallIntegerField(_("places free"), help_text=_("0 if they are full."))
    confirmed_on = models.DateField(
        _("last confirmed"), default=datetime.date.today, help_text=_("When the provider last told us.")
    )

    panels = [FieldRowPanel([FieldPanel("age_group"), FieldPanel("places"), FieldPanel("confirmed_on")])]

    class Meta:
        ordering = ["provider", "age_group"]
        verbose_name = _("vacancy")
        verbose_name_plural = _("vacancies")
        constraints = [models.UniqueConstraint(fields=["provider", "age_group"], name="one_vacancy_per_age_group")]

    def __str__(self):
        return f"{self.get_age_group_display()}: {self.places}"

    @property
    def is_fresh(self):
        return (timezone.localdate() - self.confirmed_on).days <= VACANCY_FRESH_DAYS
