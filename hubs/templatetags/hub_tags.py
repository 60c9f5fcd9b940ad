"""Template helpers other pages use to point families at their nearest hub."""

from urllib.parse import urlsplit

from django import template
from django.conf import settings
from django.utils import timezone

from core.fast_pages import first_live
from hubs.closures import upcoming_closures
from hubs.models import HubIndexPage, HubPage

register = template.Library()


@register.simple_tag
def hub_finder_url():
    """The hub finder's address in the current language, or "" before one is published."""
    finder = first_live(HubIndexPage)
    return finder.url if finder else ""


@register.inclusion_tag("components/place_map.html", takes_context=True)
def place_map(context, places, label):
    """A map of places that stays empty until the visitor asks for it (privacy: no tiles
    are fetched from the tile server before then). Without JavaScript it is not shown at all."""
    return {
        "label": label,
        "places": [
            {
                "name": place.title,
                "url": place.url,
                "lat": place.latitude,
                "lon": place.longitude,
                "kind": "hub" if isinstance(place, HubPage) else "outreach",
            }
            for place in places
        ],
        "tile_url": settings.MAP_TILE_URL,
        "attribution": settings.MAP_TILE_ATTRIBUTION,
        "tile_host": urlsplit(settings.MAP_TILE_URL).netloc,
    }


@register.simple_tag
def closures_at(place):
    """A hub's or outreach base's closures from today for the next few weeks, soonest first,
    each marked `today` if it shuts the place today."""
    today = timezone.localdate()
    found = upcoming_closures(place, today) if hasattr(place, "closures") else []
    for closure in found:
        closure.today = closure.covers(today)
    return found
