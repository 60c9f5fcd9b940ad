"""Finding childcare providers: the one place that turns the finder's filters into a list.

The public finder (childcare/finder_views.py), the two-year-old offer's "nearest providers with
funded places" and the benchmark all call `find_providers`, so they cannot drift apart.

Nearest first is worked out in the database, so only the page shown is loaded. Squared
distances in degrees, with longitude scaled for how far north the city is (hubs/postcodes.py),
order places without trigonometry (SQLite has none), as the service listing does.
"""

from dataclasses import dataclass, field

from django.db.models import Case, ExpressionWrapper, F, FloatField, IntegerField, Prefetch, Value, When
from django.utils.translation import gettext as _

from childcare.models.providers import AgeGroup, ChildcareProvider, ProviderType, ProviderVacancy
from core.typed_text import clean_typed_text
from hubs import postcodes
from hubs.finder import place_from_coordinates

TRUE_VALUES = {"1", "on", "true", "yes"}


@dataclass
class ProviderFilters:
    """The finder's filters, as read from plain GET parameters (shareable, no JavaScript).

    A filter that cannot be read is left out of the search and explained in `errors`, keyed by
    the form field it belongs to."""

    postcode: str = ""
    latitude: str = ""
    longitude: str = ""
    funded_two: bool = False
    age: str = ""
    vacancies: bool = False
    types: list = field(default_factory=list)
    pickups: bool = False
    errors: dict = field(default_factory=dict)
    place: object = None

    @classmethod
    def from_request(cls, params):
        filters = cls(
            postcode=clean_typed_text(params.get("postcode", "")).strip()[:12],
            latitude=params.get("lat", "")[:20],
            longitude=params.get("lon", "")[:20],
            funded_two=params.get("funded_two", "").lower() in TRUE_VALUES,
            age=params.get("age", "").strip().lower()[:20],
            vacancies=params.get("vacancies", "").lower() in TRUE_VALUES,
            types=list(dict.fromkeys(value.strip().lower() for value in params.getlist("type") if value.strip()))[:10],
            pickups=params.get("pickups", "").lower() in TRUE_VALUES,
        )
        filters.validate(located="lat" in params or "lon" in params)
        return filters

    def validate(self, located=False):
        if self.age and self.age not in AgeGroup.values:
            self.errors["age"] = _("Choose an age from the list.")
        if any(value not in ProviderType.values for value in self.types):
            self.errors["type"] = _("Choose the types of childcare from the list.")
            self.types = [value for value in self.types if value in ProviderType.values]
        try:
            if self.postcode:
                self.place = postcodes.lookup(self.postcode)
            elif located:
                self.place = place_from_coordinates(self.latitude, self.longitude)
        except postcodes.PostcodeError as error:
            self.errors["postcode"] = str(error)

    @property
    def age_group(self):
        """The chosen age group, or None when none (or a wrong one) was chosen."""
        return AgeGroup(self.age) if self.age in AgeGroup.values else None

    @property
    def active(self):
        return any([self.place, self.funded_two, self.age_group, self.vacancies, self.types, self.pickups])


def squared_distance(latitude, longitude):
    """A provider's squared distance from a point, in degrees (None where it has no position)."""
    north = F("latitude") - Value(latitude)
    east = F("longitude") - Value(longitude)
    return ExpressionWrapper(
        north * north + east * east * Value(postcodes.LONGITUDE_SCALE**2), output_field=FloatField()
    )


def miles_from_squared_degrees(value):
    if value is None:
        return None
    return postcodes.km_to_miles(postcodes.km_from_squared_degrees(value))


def age_group_order():
    """Youngest first, the order the age groups are listed in (their codes sort otherwise)."""
    return Case(
        *[When(age_group=value, then=Value(rank)) for rank, value in enumerate(AgeGroup.values)],
        default=Value(len(AgeGroup.values)),
        output_field=IntegerField(),
    )


def find_providers(filters):
    """Listed providers matching the filters: nearest first when a place is known (those with
    no position last), otherwise by name. Each has `distance` (squared degrees, or None) and
    its vacancies loaded, youngest first, for the rows a page shows."""
    providers = ChildcareProvider.objects.listed()
    if filters.funded_two:
        providers = providers.filter(funded_two_year_olds=True)
    age_group = filters.age_group
    if age_group:
        providers = providers.caring_for(age_group)
    if filters.types:
        providers = providers.filter(provider_type__in=filters.types)
    if filters.pickups:
        providers = providers.exclude(school_pickups="")
    if filters.vacancies:
        free = ProviderVacancy.objects.filter(places__gt=0)
        if age_group:
            free = free.filter(age_group=age_group)
        providers = providers.filter(pk__in=free.values("provider_id"))

    if filters.place:
        providers = providers.annotate(
            distance=squared_distance(filters.place.latitude, filters.place.longitude)
        ).order_by(F("distance").asc(nulls_last=True), "name", "pk")
    else:
        providers = providers.annotate(distance=Value(None, output_field=FloatField())).order_by("name", "pk")
    vacancies = ProviderVacancy.objects.order_by(age_group_order())
    return providers.prefetch_related(Prefetch("vacancies", queryset=vacancies))
