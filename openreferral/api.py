"""The read-only Open Referral UK API at /api/openreferral/ (see openreferral.py for the mapping).

Open as the profile requires: no key, `Access-Control-Allow-Origin: *`, ETags and a short
public cache lifetime, page sizes capped, and a fixed number of queries per page.
"""

import datetime
import hashlib
import json
import math
import uuid
from pathlib import Path

from django.db.models import Count, F, Min
from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.dateparse import parse_datetime, parse_time

from core.languages import LANGUAGES_BY_CODE, SOURCE_LANGUAGE
from core.typed_text import whole_number
from directory.models import Schedule
from directory.nearest import distance_expression
from directory.search import plan_search
from directory.selectors import search_ranked_ids
from hubs import postcodes
from hubs.postcodes import KM_PER_DEGREE
from openreferral import records as openreferral

DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 100
# Far beyond any real page (a million services), and small enough for any database's offsets.
MAX_PAGE_NUMBER = 10_000
MAX_AGE = 150
OPENAPI_FILE = Path(__file__).resolve().parent / "schema" / "openapi.json"
PROFILE_URL = "https://github.com/openreferraluk/uk-profile"
DAYS = {code: index for index, code in enumerate(openreferral.RRULE_DAYS)}


def compact(value):
    """Leave out empty optional fields: the schemas type them as strings, not null."""
    if isinstance(value, dict):
        return {key: compact(item) for key, item in value.items() if item is not None}
    if isinstance(value, list):
        return [compact(item) for item in value]
    return value


def json_response(request, data, status=200):
    body = json.dumps(compact(data), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
    if status == 200:
        conditional = get_conditional_response(request, etag=etag)
        if conditional is not None:
            return with_cors(conditional)
    response = HttpResponse(body, status=status, content_type="application/json; charset=utf-8")
    response["ETag"] = etag
    patch_cache_control(response, public=True, max_age=300)
    return with_cors(response)


def with_cors(response):
    response["Access-Control-Allow-Origin"] = "*"
    response["Vary"] = "Accept-Encoding"
    return response


def error(request, status, message):
    return json_response(request, {"error": message, "status": status}, status=status)


def language_of(request):
    code = request.GET.get("lang", SOURCE_LANGUAGE)
    return code if code in LANGUAGES_BY_CODE else SOURCE_LANGUAGE


def api_view(view):
    """Every endpoint: GET (and HEAD, OPTIONS) only, in the asked-for language, CORS headers."""

    def wrapped(request, *args, **kwargs):
        if request.method == "OPTIONS":
            response = HttpResponse(status=204)
            response["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
            response["Access-Control-Allow-Headers"] = "*"
            return with_cors(response)
        if request.method not in ("GET", "HEAD"):
            return error(request, 405, "Only GET is supported: this API is read-only.")
        with translation.override(language_of(request)):
            return view(request, *args, **kwargs)

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return wrapped


class BadRequest(ValueError):
    pass


def page_numbers(request):
    page = whole_number(request.GET.get("page", "1"), MAX_PAGE_NUMBER)
    raw_size = request.GET.get("per_page", str(DEFAULT_PAGE_SIZE)).strip()
    if page is None or page < 1:
        raise BadRequest(f"page must be a whole number from 1 to {MAX_PAGE_NUMBER}.")
    if not (raw_size.isascii() and raw_size.isdigit()) or int(raw_size) < 1:
        raise BadRequest(f"per_page must be a whole number from 1 (at most {MAX_PAGE_SIZE} are sent).")
    # A page size over the cap is answered with the cap.
    return page, min(int(raw_size), MAX_PAGE_SIZE)


def age_filter(params, name):
    """An age filter as a number of years, or None when not asked for."""
    raw = params.get(name, "").strip()
    if not raw:
        return None
    try:
        age = float(raw)
    except ValueError:
        age = math.nan
    if not math.isfinite(age) or not 0 <= age <= MAX_AGE:
        raise BadRequest(f"{name} must be an age in years from 0 to {MAX_AGE}, such as 5.")
    return age


def time_filter(params, name):
    """A time of day from a filter, such as 09:30 (hours 0-23, minutes 0-59), or None."""
    raw = params.get(name, "").strip()
    if not raw:
        return None
    try:
        value = parse_time(raw)
    except ValueError:  # well formed, but no such time: 25:99
        value = None
    if value is None:
        raise BadRequest(f"{name} must be a time of day such as 09:30 (hours 00 to 23, minutes 00 to 59).")
    return value


def date_filter(params, name):
    """A date, or a date and time, from a filter (UTC unless it says otherwise), or None."""
    raw = params.get(name, "").strip()
    if not raw:
        return None
    try:
        moment = parse_datetime(raw) or parse_datetime(raw + "T00:00:00+00:00")
    except ValueError:  # well formed, but no such date or time: 2026-02-30
        moment = None
    if moment is None:
        raise BadRequest(f"{name} must be a real date, or date and time, such as 2026-01-31 or 2026-01-31T09:30:00Z.")
    return timezone.make_aware(moment, datetime.UTC) if timezone.is_naive(moment) else moment


def envelope(items, total, page, size):
    pages = max(1, math.ceil(total / size))
    return {
        "total_items": total,
        "total_pages": pages,
        "page_number": page,
        "size": len(items),
        "first_page": page == 1,
        "last_page": page >= pages,
        "empty": not items,
        "contents": items,
    }


def terms_by_id():
    """Every published term by its ORUK id (the lists are short: one query each)."""
    terms = {}
    for slug, (model, _name, _description) in openreferral.TAXONOMIES.items():
        for term in model.objects.all():
            terms[openreferral.term_id(slug, term)] = (slug, term)
    return terms


def filtered_services(request):
    """Live services matching the profile's filters, in a stable order."""
    services = openreferral.live_services()
    params = request.GET
    if params.get("taxonomy_term_id"):
        found = terms_by_id().get(params["taxonomy_term_id"])
        services = services.filter(**term_filter(*found)) if found else services.none()
    if params.get("taxonomy_id"):
        slug = next(
            (slug for slug in openreferral.TAXONOMIES if openreferral.taxonomy_id(slug) == params["taxonomy_id"]), None
        )
        if slug is None:
            services = services.none()
    minimum_age, maximum_age = age_filter(params, "minimum_age"), age_filter(params, "maximum_age")
    if minimum_age is not None:
        services = services.filter(minimum_age__gte=minimum_age)
    if maximum_age is not None:
        services = services.filter(maximum_age__lte=maximum_age)
    sessions = Schedule.objects.all()
    timed = False
    if params.get("day"):
        day = params["day"].strip().upper()[:2]
        if day not in DAYS:
            raise BadRequest("day must be a day of the week, such as MO or Monday.")
        sessions, timed = sessions.filter(weekday=DAYS[day]), True
    for name, lookup in (("start_time", "starts_at__gte"), ("end_time", "ends_at__lte")):
        value = time_filter(params, name)
        if value is not None:
            sessions, timed = sessions.filter(**{lookup: value}), True
    if timed:
        services = services.filter(pk__in=sessions.values("page_id"))
    moment = date_filter(params, "modified_after")
    if moment is not None:
        services = services.filter(last_published_at__gte=moment)
    search = params.get("search") or params.get("text")
    if search:
        plan = plan_search(search)
        ranked = search_ranked_ids(plan, within=services) if plan else []
        return services.filter(pk__in=ranked), ranked
    return services.order_by("pk"), None


def term_filter(slug, term):
    field = {"needs": "needs", "levels": "level", "access-routes": "access_routes", "delivery-modes": "delivery_modes"}
    return {field[slug]: term}


def flat_service(document):
    """A service as the list endpoint returns it: one-to-one fields only."""
    keep = {key for key in document if not isinstance(document[key], list)}
    return {key: document[key] for key in keep}


@api_view
def root(request):
    return json_response(
        request,
        {"version": "3.0", "profile": PROFILE_URL, "openapi_url": request.build_absolute_uri(reverse("oruk_openapi"))},
    )


@api_view
def openapi(request):
    document = json.loads(OPENAPI_FILE.read_text(encoding="utf-8"))
    document["servers"] = [
        {"url": request.build_absolute_uri(reverse("oruk_root")).rstrip("/"), "description": "This site"}
    ]
    document["info"]["x-publisher"] = "City of Wolverhampton Council Early Help (Wolverhampton Family Information)"
    # What this site adds to the profile: a language choice and a modified-since filter.
    document.setdefault("components", {}).setdefault("parameters", {})["lang"] = {
        "name": "lang",
        "in": "query",
        "description": "A site language (en, pa, pl, ro, ur, ar) for translated text; English by default.",
        "schema": {"type": "string"},
    }
    for route in document.get("paths", {}).values():
        parameters = route.get("get", {}).setdefault("parameters", [])
        parameters.append({"$ref": "#/components/parameters/lang"})
    document["paths"].get("/services", {}).get("get", {}).get("parameters", []).append(
        {"$ref": "#/components/parameters/modified_after"}
    )
    return json_response(request, document)


def page_of_documents(request, services, ranked, page, size):
    """One page of service documents: by relevance for a search, otherwise by id."""
    if ranked is not None:
        ids = ranked[(page - 1) * size : page * size]
        found = {row.pk: row for row in openreferral.services_for_documents(services.filter(pk__in=ids))}
        rows = [found[pk] for pk in ids if pk in found]
    else:
        rows = list(openreferral.services_for_documents(services)[(page - 1) * size : page * size])
    places, calendar = openreferral.load_places(rows), openreferral.load_calendar(rows)
    return [openreferral.service_document(service, request, places, calendar) for service in rows]


@api_view
def services(request):
    try:
        page, size = page_numbers(request)
        matching, ranked = filtered_services(request)
    except BadRequest as problem:
        return error(request, 400, str(problem))
    total = len(ranked) if ranked is not None else matching.count()
    documents = page_of_documents(request, matching, ranked, page, size)
    return json_response(request, envelope([flat_service(document) for document in documents], total, page, size))


@api_view
def service(request, service_id):
    found = openreferral.services_for_documents(openreferral.live_services().filter(translation_key=_uuid(service_id)))
    found = list(found)
    if not found:
        return error(request, 404, "No live service has this id.")
    return json_response(request, openreferral.service_document(found[0], request))


def _uuid(value):
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None


def location_pairs(services):
    """Each (service, place) pair once, from the sessions, with the place's position: the rows
    of /service_at_locations, counted and paged in the database."""
    return (
        Schedule.objects.filter(page__in=services.values("pk"))
        .values("page_id", "page__translation_key", "place_id", "venue_id")
        .annotate(sessions=Count("pk"))  # an aggregate: one row per pair
    )


def pair_location_id(pair):
    return (
        openreferral.uid("place", pair["place_id"]) if pair["place_id"] else openreferral.uid("venue", pair["venue_id"])
    )


def pair_id(pair):
    return openreferral.service_at_location_id(str(pair["page__translation_key"]), pair_location_id(pair))


def links_for(request, pairs):
    """The service_at_location documents for these pairs, loading only their services."""
    rows = list(
        openreferral.services_for_documents(openreferral.live_services().filter(pk__in={p["page_id"] for p in pairs}))
    )
    places, calendar = openreferral.load_places(rows), openreferral.load_calendar(rows)
    documents = {row.pk: openreferral.service_document(row, request, places, calendar) for row in rows}
    links = []
    for pair in pairs:
        document = documents.get(pair["page_id"])
        location_id = pair_location_id(pair)
        for link in document["service_at_locations"] if document else []:
            if link["location_id"] == location_id:
                links.append({**link, "service": flat_service(document)})
    return links


@api_view
def service_at_locations(request):
    try:
        page, size = page_numbers(request)
        matching, _ranked = filtered_services(request)
        place = postcodes.lookup(request.GET["postcode"]) if request.GET.get("postcode") else None
        proximity = float(request.GET.get("proximity") or 0)
        if not math.isfinite(proximity) or proximity < 0:
            raise ValueError(proximity)
    except BadRequest as problem:
        return error(request, 400, str(problem))
    except postcodes.PostcodeError as problem:
        return error(request, 400, str(problem))
    except ValueError:
        return error(request, 400, "proximity must be a number of metres.")
    pairs = location_pairs(matching)
    if place:
        pairs = pairs.annotate(distance=Min(distance_expression(place.latitude, place.longitude)))
        if proximity:
            limit = (proximity / 1000 / KM_PER_DEGREE) ** 2
            pairs = pairs.filter(distance__lte=limit)
        pairs = pairs.order_by(F("distance").asc(nulls_last=True), "page_id", "place_id", "venue_id")
    else:
        pairs = pairs.order_by("page_id", "place_id", "venue_id")
    total = pairs.count()
    chosen = list(pairs[(page - 1) * size : page * size])
    return json_response(request, envelope(links_for(request, chosen), total, page, size))


@api_view
def service_at_location(request, link_id):
    for pair in location_pairs(openreferral.live_services()).order_by():
        if pair_id(pair) == str(link_id):
            return json_response(request, links_for(request, [pair])[0])
    return error(request, 404, "No service at a location has this id.")


@api_view
def taxonomies(request):
    try:
        page, size = page_numbers(request)
    except BadRequest as problem:
        return error(request, 400, str(problem))
    items = [openreferral.taxonomy_document(slug) for slug in openreferral.TAXONOMIES]
    return json_response(request, envelope(items[(page - 1) * size : page * size], len(items), page, size))


@api_view
def taxonomy(request, taxonomy_id):
    for slug in openreferral.TAXONOMIES:
        if openreferral.taxonomy_id(slug) == str(taxonomy_id):
            return json_response(request, openreferral.taxonomy_document(slug))
    return error(request, 404, "No taxonomy has this id.")


@api_view
def taxonomy_terms(request):
    try:
        page, size = page_numbers(request)
    except BadRequest as problem:
        return error(request, 400, str(problem))
    terms = [
        openreferral.term_document(slug, term)
        for slug, (model, _name, _description) in openreferral.TAXONOMIES.items()
        for term in model.objects.all()
    ]
    if request.GET.get("taxonomy_id"):
        terms = [term for term in terms if term["taxonomy_id"] == request.GET["taxonomy_id"]]
    return json_response(request, envelope(terms[(page - 1) * size : page * size], len(terms), page, size))


@api_view
def taxonomy_term(request, term_id):
    found = terms_by_id().get(str(term_id))
    if not found:
        return error(request, 404, "No taxonomy term has this id.")
    return json_response(request, openreferral.term_document(*found))
