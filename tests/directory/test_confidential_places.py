"""A confidential place (a refuge) never gives away where it is: no coordinates and no distance
in any public answer, even when it was an ordinary venue when its sessions were entered, so
nobody can find it by asking for distances from several postcodes. Distances always follow
where a place is now."""

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.db.models import Count

from directory.models import Schedule, ServicePage
from hubs import postcodes

pytestmark = pytest.mark.django_db
API = "/api/openreferral"
POSTCODE = "WV10 9SG"


@pytest.fixture
def refuge(demo_site):
    """The demo's refuge service, whose venue was an ordinary venue, with a position right at
    POSTCODE, when its session was saved."""
    service = ServicePage.objects.get(slug="refuge")
    schedule = service.schedules.get()
    here = postcodes.lookup(POSTCODE)
    venue = schedule.venue
    venue.confidential = False
    venue.latitude, venue.longitude = here.latitude, here.longitude
    venue.save()
    schedule.save()
    return service, venue


def listing_card(client, service, **params):
    """The service's card in the listing nearest POSTCODE, on whichever page of results it is."""
    cache.clear()  # a fresh answer, not a page kept from the request before
    for page in range(1, 10):
        response = client.get("/services/", {"postcode": POSTCODE, "page": page, **params})
        html = BeautifulSoup(response.content, "html.parser")
        card = html.find(id=f"service-{service.slug}")
        if card is not None or not html.select(".service-card"):
            return card
    return None


def listing_distance(client, service):
    card = listing_card(client, service, q=service.title)
    assert card is not None
    distance = card.find(class_="service-card__distance")
    return distance.get_text(strip=True) if distance else None


def api_links(client, service, **params):
    cache.clear()
    response = client.get(f"{API}/service_at_locations", {"postcode": POSTCODE, "per_page": 100, **params})
    assert response.status_code == 200
    return [link for link in response.json()["contents"] if link["service"]["id"] == str(service.translation_key)]


def api_locations(client, service):
    document = client.get(f"{API}/services/{service.translation_key}").json()
    return [link["location"] for link in document["service_at_locations"]]


def test_a_venue_made_confidential_after_its_sessions_gives_no_position_or_distance(client, refuge):
    service, venue = refuge
    # While it is an ordinary venue, families see how far it is and the API finds it nearby.
    assert listing_distance(client, service) == "0.0 miles away"
    assert api_links(client, service, proximity=500)
    assert [location["latitude"] for location in api_locations(client, service)] == [venue.latitude]

    venue.confidential = True
    venue.save()  # nothing else: its sessions are not saved again

    assert listing_distance(client, service) is None
    assert api_links(client, service, proximity=500) == []
    assert api_links(client, service, proximity=100_000) == []
    # The service is still published, with its place but without a position or an address.
    for location in api_locations(client, service):
        assert location.get("latitude") is None and location.get("longitude") is None
        assert location["addresses"] == []
    assert "The address is private" in client.get(f"/services/{service.slug}/").content.decode()


def test_distances_follow_a_venue_that_moves(client, refuge):
    service, venue = refuge
    assert listing_distance(client, service) == "0.0 miles away"
    # About three miles south of the postcode.
    venue.latitude -= 0.045
    venue.save()
    assert listing_distance(client, service) == "3.1 miles away"
    assert api_links(client, service, proximity=1000) == []
    assert api_links(client, service, proximity=10_000)


def test_distances_follow_a_hub_that_moves(client, demo_site):
    at_one_place = Schedule.objects.values("page").annotate(places=Count("pk")).filter(places=1).values("page")
    schedule = Schedule.objects.filter(page__in=at_one_place, page__live=True, place__isnull=False).first()
    here = postcodes.lookup(POSTCODE)
    place = type(schedule.place.specific)
    place.objects.filter(pk=schedule.place_id).update(latitude=here.latitude - 0.045, longitude=here.longitude)
    assert listing_distance(client, schedule.page.specific) == "3.1 miles away"
