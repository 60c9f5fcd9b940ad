"""Finding services: the one place that turns filters and search words into a list.

The listing page, the search page, the shortlist and (later) the Open Referral API all call
these functions, so they cannot drift apart.
"""

from dataclasses import dataclass, field

from django.core.cache import cache
from django.db.models import Case, F, Q, Value, When
from django.db.models.functions import Coalesce, Lower, NullIf
from django.utils import translation
from django.utils.translation import gettext as _
from modelsearch.backends.elasticsearchbase import ElasticsearchBaseSearchBackend
from wagtail.search.backends import get_search_backend

from core import fulltext
from core.fast_pages import public
from core.languages import SOURCE_LANGUAGE, get_language_info
from core.models import SpokenLanguage
from core.pagination import PagedById, PagedIds
from core.typed_text import clean_typed_text, whole_number
from directory import safety
from directory.models import (
    AccessRoute,
    DeliveryMode,
    Need,
    PhoneKind,
    Schedule,
    ScheduleKind,
    ServiceLevel,
    ServicePage,
    ServicePhone,
)
from directory.nearest import nearest_distance
from directory.search import plan_search
from hubs import postcodes

# Relevance is taken from the best this many matches; filters then narrow them.
MAX_SEARCH_HITS = 500
DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


@dataclass
class ServiceFilters:
    """The listing's filters, as read from plain GET parameters (shareable, no JavaScript)."""

    q: str = ""
    needs: list = field(default_factory=list)
    age: str = ""
    level: str = ""
    access: str = ""
    free: bool = False
    day: str = ""
    mode: str = ""
    language: str = ""
    postcode: str = ""
    errors: dict = field(default_factory=dict)
    place: object = None

    @classmethod
    def from_request(cls, params):
        filters = cls(
            q=clean_typed_text(params.get("q", ""))[:200],
            needs=[slug for slug in params.getlist("need") if slug][:20],
            age=params.get("age", "").strip().lower()[:10],
            level=params.get("level", "")[:40],
            access=params.get("access", "")[:40],
            free=params.get("free") in {"1", "on", "true"},
            day=params.get("day", "").lower()[:10],
            mode=params.get("mode", "")[:40],
            language=params.get("language", "")[:12],
            postcode=clean_typed_text(params.get("postcode", ""))[:12],
        )
        filters.validate()
        return filters

    def validate(self):
        if self.age and self.age != "pregnancy":
            if whole_number(self.age, 25) is None:
                self.errors["age"] = _("Enter an age from 0 to 25, like 2, or choose 'Expecting a baby'.")
        if self.day and self.day not in DAYS:
            self.errors["day"] = _("Choose a day of the week.")
        if self.postcode.strip():
            try:
                self.place = postcodes.lookup(self.postcode)
            except postcodes.PostcodeError as error:
                self.errors["postcode"] = str(error)

    @property
    def active(self):
        return any(
            [
                self.q,
                self.needs,
                self.age,
                self.level,
                self.access,
                self.free,
                self.day,
                self.mode,
                self.language,
                self.place,
            ]
        )


def need_slugs_with_narrower(slugs):
    """A broad need ("young people at risk") also finds its narrower needs ("going missing")."""
    return list(Need.objects.filter(Q(slug__in=slugs) | Q(parent__slug__in=slugs)).values_list("slug", flat=True))


def title_order():
    """Alphabetical by the title a reader sees: their language's, or English where it is not
    translated yet, ignoring capitals ("SEND support" sorts with "School", not before "A")."""
    localised = F(f"title_{get_language_info(translation.get_language()).code}")
    return Lower(Coalesce(NullIf(localised, Value("")), F(f"title_{SOURCE_LANGUAGE}"))).asc()


def language_fields(language):
    """On Elasticsearch, search the reader's language (with its analyser) and English."""
    codes = dict.fromkeys([language, SOURCE_LANGUAGE])
    fields = [f"{name}_{code}" for code in codes for name in ("title", "summary", "description", "eligibility")]
    return [*fields, "analysed_text"]


def search_ranked_ids(plan, within=None, language=None):
    """Service ids in order of relevance for a search plan; with `within` (a queryset of
    services), only those it holds."""
    if fulltext.fast_path_available():
        return fulltext.ranked_ids(plan.text, [ServicePage], MAX_SEARCH_HITS, within=within, preferred=plan.preferred)
    options = {"operator": "or"}
    if isinstance(get_search_backend(), ElasticsearchBaseSearchBackend):
        options["fields"] = language_fields(language or translation.get_language())
    ids = [page.pk for page in ServicePage.objects.live().search(plan.text, **options)[:MAX_SEARCH_HITS]]
    if within is not None:
        # Elasticsearch cannot apply the listing's subquery filters itself.
        matching = set(within.filter(pk__in=ids).order_by().values_list("pk", flat=True))
        ids = [pk for pk in ids if pk in matching]
    return ids


def find_services(filters):
    """Live services matching the filters: nearest first with a postcode, most relevant first
    with search words, otherwise by name. Returns (results paged by id, search plan)."""
    services = public(ServicePage.objects.live())
    # Only the page shown is loaded in full, by id: see PagedById.
    rows = ServicePage.objects.select_related("level", "organisation")
    # Many-to-many filters go through id subqueries rather than joins, so no row is repeated
    # and no DISTINCT over wide page rows is needed: that keeps big listings fast.
    if filters.needs:
        slugs = need_slugs_with_narrower(filters.needs)
        services = services.filter(
            pk__in=ServicePage.needs.through.objects.filter(need__slug__in=slugs).values("servicepage_id")
        )
    if filters.age == "pregnancy":
        services = services.filter(for_pregnancy=True)
    elif filters.age and "age" not in filters.errors:
        age = int(filters.age)
        services = services.filter(minimum_age__lte=age, maximum_age__gte=age)
    if filters.level:
        services = services.filter(level__slug=filters.level)
    if filters.access:
        services = services.filter(
            pk__in=ServicePage.access_routes.through.objects.filter(accessroute__slug=filters.access).values(
                "servicepage_id"
            )
        )
    if filters.free:
        services = services.filter(is_free=True)
    if filters.day in DAYS:
        services = services.filter(
            pk__in=Schedule.objects.filter(
                weekday=DAYS.index(filters.day),
                kind__in=[ScheduleKind.WEEKLY, ScheduleKind.MONTHLY, ScheduleKind.COURSE, ScheduleKind.ONCE],
            ).values("page_id")
        )
    if filters.mode:
        services = services.filter(
            pk__in=ServicePage.delivery_modes.through.objects.filter(deliverymode__slug=filters.mode).values(
                "servicepage_id"
            )
        )
    if filters.language:
        services = services.filter(
            pk__in=ServicePage.languages.through.objects.filter(spokenlanguage__code=filters.language).values(
                "servicepage_id"
            )
        )

    plan = plan_search(filters.q)
    asked = safety.rules_for_plan(plan)
    promote, demote = safety.harm_services(asked)
    ranked = search_ranked_ids(plan, within=services) if plan else None
    if ranked is not None:
        ranked = safety.safety_order(ranked, services_first(asked, services), promote, demote)
        services = ServicePage.objects.filter(pk__in=ranked)  # the ranked ids passed every filter
    # Programmes for people who harm after every other service, unless the words asked for them.
    safety_rank = Case(When(pk__in=promote, then=0), When(pk__in=demote, then=2), default=1)

    if filters.place:
        distance = nearest_distance(filters.place.latitude, filters.place.longitude)
        # Nearest first; services with no session anywhere near (by phone, online, at a
        # confidential venue) last.
        order = [safety_rank, F("distance").asc(nulls_last=True), title_order()]
        services = PagedById(services.annotate(distance=distance).order_by(*order), rows, counted=services)
    elif ranked:
        # Relevance order is applied to one page of ids at a time: a CASE expression with
        # hundreds of branches would cost more than the whole query.
        services = PagedIds(ranked, rows)
    else:
        services = PagedById(services.order_by(safety_rank, title_order()), rows)
    return services, plan


def listing_safety_answers(filters, plan):
    """The safety answers and signposts a listing shows: those its words ask for, and those
    of the needs it lists (or of the broader needs they belong to)."""
    rules = safety.rules_for_plan(plan)
    if filters.needs:
        need_ids = set()
        for pk, parent_id in Need.objects.filter(slug__in=filters.needs).values_list("pk", "parent_id"):
            need_ids.update({pk, parent_id} - {None})
        rules += safety.rules_for_needs(need_ids)
    return safety.answers(rules)


def services_first(rules, within):
    """The services a search's safety answers or signposts put first: their own services, then
    their needs' services, each alphabetically; only those `within` (the listing's filters)."""
    service_ids = set().union(*[rule.service_ids for rule in rules])
    need_ids = set().union(*[rule.need_ids for rule in rules])
    if not service_ids and not need_ids:
        return []
    chosen = list(within.filter(pk__in=service_ids).order_by(title_order()).values_list("pk", flat=True))
    if need_ids:
        narrower = Need.objects.filter(Q(pk__in=need_ids) | Q(parent__in=need_ids)).values("pk")
        with_needs = within.filter(
            pk__in=ServicePage.needs.through.objects.filter(need__in=narrower).values("servicepage_id")
        )
        chosen += list(with_needs.order_by(title_order()).values_list("pk", flat=True))
    return list(dict.fromkeys(chosen))


def prefetch_for_listing(page_of_services):
    """Attach how to get each listed service (`listed_access_routes`) in one query, whatever
    the page size. The routes themselves come from the cached filter choices."""
    routes = {route.pk: route for route in filter_choices()["access_routes"]}
    links = ServicePage.access_routes.through.objects.filter(
        servicepage_id__in=[service.pk for service in page_of_services]
    ).values_list("servicepage_id", "accessroute_id")
    by_service = {}
    for service_id, route_id in links:
        if route_id in routes:
            by_service.setdefault(service_id, []).append(routes[route_id])
    for service in page_of_services:
        service.listed_access_routes = sorted(by_service.get(service.pk, []), key=lambda route: route.sort_order)
    attach_listed_phones(page_of_services)
    return page_of_services


def attach_listed_phones(page_of_services):
    """Each listed service's number to call (`listed_phone`, the first voice line or else the
    first line), for the card's "Call 01632 960 123", in one query."""
    first = {}
    for phone in ServicePhone.objects.filter(page_id__in=[service.pk for service in page_of_services]).order_by(
        "page_id", "sort_order", "pk"
    ):
        current = first.get(phone.page_id)
        if current is None or (current.kind != PhoneKind.VOICE and phone.kind == PhoneKind.VOICE):
            first[phone.page_id] = phone
    for service in page_of_services:
        service.listed_phone = first.get(service.pk)


def languages_in_use():
    """Languages some service is delivered in, for the filter. Cached briefly: it changes
    only when editors publish, and the lookup scans every service's languages."""
    ids = cache.get("directory:languages-in-use")
    if ids is None:
        ids = list(ServicePage.languages.through.objects.values_list("spokenlanguage_id", flat=True).distinct())
        cache.set("directory:languages-in-use", ids, 300)
    return SpokenLanguage.objects.filter(pk__in=ids)


CHOICES_CACHE_SECONDS = 300


def filter_choices():
    """The options of the listing's filters. Cached for five minutes: they change only when
    editors edit the lists, and rebuilding them costs six queries on every listing."""
    choices = cache.get("directory:filter-choices")
    if choices is None:
        choices = {
            "needs": list(Need.objects.filter(parent__isnull=True).prefetch_related("children")),
            "levels": list(ServiceLevel.objects.all()),
            "access_routes": list(AccessRoute.objects.all()),
            "delivery_modes": list(DeliveryMode.objects.all()),
            "languages": list(languages_in_use()),
        }
        cache.set("directory:filter-choices", choices, CHOICES_CACHE_SECONDS)
    days = [_("Monday"), _("Tuesday"), _("Wednesday"), _("Thursday"), _("Friday"), _("Saturday"), _("Sunday")]
    return {**choices, "days": list(zip(DAYS, days, strict=True))}
