"""The cards of the service listing, each rendered once per language until content changes.

A listing page shows twenty cards; rendering them and loading their rows cost more than the
rest of the page. What a card shows of the service is the same for every family, so it is
kept with the other content caches (forgotten whenever an editor changes anything). What
belongs to one request (how far away, whether it is on this family's shortlist, the address
to come back to) is added around it in `components/service_card.html`.
"""

from dataclasses import dataclass

from django.template.loader import get_template
from django.utils import translation

from core.page_cache import cached_contents
from directory.selectors import prefetch_for_listing
from hubs.postcodes import km_from_squared_degrees, km_to_miles


@dataclass
class ServiceCard:
    pk: int
    slug: str
    title: str
    heading: str
    details: str
    distance_miles: float | None = None


def listing_cards(request, results, ids, distances):
    """The cards for these service ids, in order; `distances` {id: squared degrees} from
    the family's postcode, if they gave one."""
    language = translation.get_language()
    names = {pk: f"service-card:{language}:{pk}" for pk in ids}

    def build(missing):
        wanted = {name: pk for pk, name in names.items() if name in missing}
        services = prefetch_for_listing(results.load(list(wanted.values())))
        return {names[service.pk]: render_card(request, service) for service in services}

    found = cached_contents(list(names.values()), build, request)
    cards = []
    for pk in ids:
        if names[pk] not in found:
            continue  # unpublished since the ids were found
        card = ServiceCard(**found[names[pk]])
        km = km_from_squared_degrees(distances.get(pk))
        card.distance_miles = km_to_miles(km) if km is not None else None
        cards.append(card)
    return cards


def render_card(request, service):
    # A plain context: running the context processors twenty times would cost more than
    # the cards themselves.
    context = {"service": service, "request": request}
    return {
        "pk": service.pk,
        "slug": service.slug,
        "title": service.title,
        # Rendered templates are safe strings, and stay so through the cache.
        "heading": get_template("components/service_card_heading.html").render(context),
        "details": get_template("components/service_card_details.html").render(context),
    }
