"""Where feedback happened: the hub a response counts towards, for figures by hub and locality.

A hub's page counts for that hub, an outreach base's for the hub it belongs to. A service runs
at one or more places: a sign-in sheet printed for one of them carries that place in its QR code
(`?at=<place>`); otherwise a service whose places all belong to one hub counts for it, and one
run across hubs counts for none (it still has its own figures).
"""

from wagtail.models import Page

from core.typed_text import whole_number
from directory.models import ServicePage
from hubs.models import HubPage, OutreachBasePage

LARGEST_PAGE_ID = 2**31 - 1


def hub_of_place(place):
    if isinstance(place, HubPage):
        return place
    if isinstance(place, OutreachBasePage):
        parent = place.get_parent().specific
        return parent if isinstance(parent, HubPage) else None
    return None


def places_of(service):
    """The live hubs and outreach bases a service runs at, in the order of its sessions."""
    place_ids = list(dict.fromkeys(service.schedules.exclude(place=None).values_list("place_id", flat=True)))
    places = {page.pk: page for page in Page.objects.live().filter(pk__in=place_ids).specific()}
    return [places[pk] for pk in place_ids if pk in places]


def chosen_place(page, at):
    """The place named by `?at=` if the service really runs there, else None. Anything else sent
    (a word, a huge number, another service's place) is ignored, never an error."""
    place_id = whole_number(at, LARGEST_PAGE_ID)
    if place_id is None or not isinstance(page, ServicePage):
        return None
    return next((place for place in places_of(page) if place.pk == place_id), None)


def hub_for(page, place=None):
    """The hub a response about `page` counts towards, or None."""
    if isinstance(page, HubPage | OutreachBasePage):
        return hub_of_place(page)
    if place is not None:
        return hub_of_place(place)
    if isinstance(page, ServicePage):
        hubs = {hub.pk: hub for hub in map(hub_of_place, places_of(page)) if hub is not None}
        if len(hubs) == 1:
            return next(iter(hubs.values()))
    return None
