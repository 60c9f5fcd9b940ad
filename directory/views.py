"""The service listing, the shortlist and the site search's service part."""

import time
from dataclasses import dataclass, field

from django.conf import settings
from django.template.response import TemplateResponse

from core.pagination import paginate
from core.typed_text import whole_number
from directory.cards import listing_cards
from directory.nearest import nearest_session
from directory.search import record_unmet_search
from directory.selectors import (
    ServiceFilters,
    filter_choices,
    find_services,
    listing_safety_answers,
)
from hubs.finder import locality_for

SERVICES_PER_PAGE = 20


def service_listing(request, index_page):
    """/services/: every live service, filtered and searched with plain GET parameters."""
    filters = ServiceFilters.from_request(request.GET)
    services, plan = find_services(filters)
    page = paginate(request, services.only_ids(), SERVICES_PER_PAGE)
    shown = list(page.object_list)
    distances = nearest_session(shown, filters.place.latitude, filters.place.longitude) if filters.place else {}
    page.object_list = listing_cards(request, services, shown, distances)
    if plan and page.paginator.count == 0:
        district = filters.place.label.split(" ")[0] if filters.place else ""
        locality = locality_for(filters.place) if filters.place else None
        record_unmet_search(plan, district, locality, filters.needs)
    context = index_page.get_context(request)
    context.update(
        {
            "filters": filters,
            "plan": plan,
            "services": page,
            "paginator": page.paginator,
            "choices": filter_choices(),
            "shortlist_ids": shortlist_ids(request),
            "age_choices": range(0, 26),
            "safety_answers": listing_safety_answers(filters, plan),
        }
    )
    # A filter that could not be read is bad input (400), answered with the page and its message.
    status = 400 if filters.errors else 200
    return TemplateResponse(request, "directory/service_index_page.html", context, status=status)


SHORTLIST_COOKIE = settings.SHORTLIST_COOKIE_NAME
MAX_SHORTLIST = 50
# A shortlist is kept only while a family needs it: the cookie goes when the browser closes,
# and a list left alone for a day is forgotten even if the browser never closes (phones keep
# the same browser session for weeks). Sharing the list's link keeps it for longer.
SHORTLIST_HOURS = 24


# Service numbers are page ids, provider numbers row ids: database integers. Anything longer is
# neither.
MAX_SERVICE_NUMBER = 2**31 - 1
# A childcare provider's entry on a shortlist is its number after this letter ("c12"); a bare
# number is a service, as every entry was before providers could be shortlisted.
PROVIDER_PREFIX = "c"
# The longest entry, with its comma: what to read of a list before splitting it.
_ENTRY_CHARACTERS = len(PROVIDER_PREFIX) + len(str(MAX_SERVICE_NUMBER)) + 1


def kept_shortlist(cookie):
    """The entries in the shortlist cookie ("<time changed>:<entries>"), or "" when the list
    was last changed more than SHORTLIST_HOURS ago, or the cookie is not one this site wrote
    (a time in the future, say): such a cookie is ignored, never an error."""
    changed, _, raw = (cookie or "").partition(":")
    changed_at = whole_number(changed, 2**40)
    if changed_at is None or not -SHORTLIST_HOURS * 3600 <= time.time() - changed_at <= SHORTLIST_HOURS * 3600:
        return ""
    return raw


def service_number(text):
    """A service number as sent by a button or a shared link, or None if it cannot be one."""
    number = whole_number(text, MAX_SERVICE_NUMBER)
    return number or None


def provider_number(text):
    """A childcare provider's number as a button sends it ("12"), or None if it cannot be one."""
    return service_number(text)


@dataclass
class Shortlist:
    """What is on a shortlist: numbers only, nothing about the person."""

    services: list = field(default_factory=list)
    providers: list = field(default_factory=list)

    def __len__(self):
        return len(self.services) + len(self.providers)

    def entries(self):
        """The list as the cookie and a shared link carry it: "12,34,c5"."""
        return ",".join([str(pk) for pk in self.services] + [f"{PROVIDER_PREFIX}{pk}" for pk in self.providers])


def read_shortlist(raw):
    """A shortlist from its entries ("12,34,c5"): anything that cannot be a service or a
    provider number is left out, and so are repeats, past MAX_SHORTLIST entries in all."""
    shortlist = Shortlist()
    for part in str(raw)[: MAX_SHORTLIST * _ENTRY_CHARACTERS].replace(" ", "").split(","):
        if len(shortlist) >= MAX_SHORTLIST:
            break
        if part[:1].lower() == PROVIDER_PREFIX:
            kind, number = shortlist.providers, provider_number(part[1:])
        else:
            kind, number = shortlist.services, service_number(part)
        if number is not None and number not in kind:
            kind.append(number)
    return shortlist


def shortlist_for(request, raw=None):
    """This visitor's shortlist (from its cookie), or the one in `raw` (a shared link's)."""
    if raw is not None:
        return read_shortlist(raw)
    # Every button on a page asks: the cookie is read once a request.
    if not hasattr(request, "_shortlist"):
        request._shortlist = read_shortlist(kept_shortlist(request.COOKIES.get(SHORTLIST_COOKIE)))
    return request._shortlist


def shortlist_ids(request, raw=None):
    """The services on a shortlist, by number."""
    return list(shortlist_for(request, raw).services)


SUGGESTIONS = 8


def suggest(request):
    """Autocomplete for the search boxes: service and need names starting with what was typed.

    Progressive enhancement: the search works without it. Nothing typed is stored.
    """
    from django.http import JsonResponse
    from django.utils import translation

    from core.search_terms import clean_query
    from directory.models import Need, ServicePage

    typed = clean_query(request.GET.get("q", ""))[:50]
    if len(typed) < 2:
        return JsonResponse({"suggestions": []})
    title_field = f"title_{translation.get_language()}"
    name_field = f"name_{translation.get_language()}"
    needs = Need.objects.filter(**{f"{name_field}__istartswith": typed}).values_list(name_field, flat=True)
    services = (
        ServicePage.objects.live()
        .filter(**{f"{title_field}__icontains": typed})
        .order_by(title_field)
        .values_list(title_field, flat=True)
    )
    suggestions = list(dict.fromkeys([*needs[:SUGGESTIONS], *services[:SUGGESTIONS]]))[:SUGGESTIONS]
    response = JsonResponse({"suggestions": suggestions})
    response["Cache-Control"] = "public, max-age=300"
    return response
