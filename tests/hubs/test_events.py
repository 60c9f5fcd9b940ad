"""A hub's own events: on the hub page, in the city's what's on, in the hub's calendar feed.
Each test builds its hub (and outreach base) on a site of its own."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from hubs.hub_managers import group_name
from hubs.models import HubEventPage
from tests.factories import member_of
from tests.hubs.factories import (
    HubEventPageFactory,
    HubIndexPageFactory,
    HubPageFactory,
    LocalityFactory,
    OutreachBasePageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def hubs(empty_site):
    return HubIndexPageFactory(parent=empty_site)


@pytest.fixture
def hub(hubs):
    return HubPageFactory(parent=hubs, title="Eastfield Campus", slug="eastfield", locality=LocalityFactory(number=1))


@pytest.fixture
def base(hub):
    return OutreachBasePageFactory(parent=hub, title="The St Chads Parish Centre")


def add_event(hub, days_ahead=2, **fields):
    """An event published as an editor publishes it: that also moves cached pages on."""
    date = timezone.localdate() + datetime.timedelta(days=days_ahead)
    event = HubEventPageFactory(parent=hub, date=date, live=False, **fields)
    event.save_revision().publish()
    event.refresh_from_db()
    return event


def test_a_new_event_is_at_its_own_hub_unless_a_base_is_chosen(hub, base):
    assert add_event(hub).place_id == hub.pk
    assert add_event(hub, place=base).place_id == base.pk


def test_events_show_on_the_hub_page_and_their_own_page(client, hub):
    event = add_event(hub, booking_needed=True, how_to_book="Ring the hub.", cost="£1 per family")
    hub_page = BeautifulSoup(client.get(hub.url).content, "html.parser")
    assert "Baby bank drop-in" in hub_page.select_one("#whats-on").find_parent().get_text()
    assert "Baby bank drop-in" in hub_page.select_one(".hub-events").get_text()

    own_page = client.get(event.url).content.decode()
    assert "Clothes, nappies and equipment" in own_page
    assert "You need to book." in own_page and "Ring the hub." in own_page and "£1 per family" in own_page


def test_events_are_in_the_city_timetable_filtered_by_hub_and_age(client, hubs, hub):
    HubPageFactory(parent=hubs, slug="graiseley", locality=LocalityFactory(number=3))
    add_event(hub, minimum_age=0, maximum_age=2)
    assert "Baby bank drop-in" in client.get("/whats-on/?hub=eastfield").content.decode()
    assert "Baby bank drop-in" not in client.get("/whats-on/?hub=graiseley").content.decode()
    assert "Baby bank drop-in" in client.get("/whats-on/?age=1").content.decode()
    assert "Baby bank drop-in" not in client.get("/whats-on/?age=9").content.decode()


def test_draft_and_past_events_are_not_listed(client, hub):
    # Titles without apostrophes: the page escapes them.
    past = add_event(hub, days_ahead=-3, title="Picnic last week")
    draft = add_event(hub, title="A draft party")
    add_event(hub, title="Picnic next week", days_ahead=7)
    draft.unpublish()
    page = client.get(hub.url).content.decode()
    assert "A draft party" not in page and "Picnic last week" not in page
    assert "Picnic next week" in page
    assert "This event has already happened." in client.get(past.url).content.decode()


def test_events_are_in_the_hubs_calendar_feed(client, hub):
    event = add_event(hub)
    feed = client.get("/whats-on/eastfield.ics").content.decode()
    assert f"UID:event-{event.pk}@" in feed
    assert f"DTSTART;TZID=Europe/London:{event.date:%Y%m%d}T100000" in feed
    assert "SUMMARY:Baby bank drop-in" in feed


def test_an_event_can_only_be_at_its_own_hub_or_bases(client, hubs, hub):
    other = HubPageFactory(parent=hubs, slug="graiseley", locality=LocalityFactory(number=3))
    manager = member_of(group_name(hub), "manager")
    client.force_login(manager)
    date = timezone.localdate() + datetime.timedelta(days=4)
    response = client.post(
        f"/admin/pages/add/hubs/hubeventpage/{hub.pk}/",
        {
            "title_en": "Stay and play",
            "slug": "stay-and-play-special",
            "summary_en": "Play together.",
            "description_en": '{"blocks": [], "entityMap": {}}',
            "date": date.isoformat(),
            "starts_at": "10:00",
            "ends_at": "11:00",
            "place": other.pk,
            "how_to_book": "",
            "cost": "",
        },
    )
    assert response.status_code == 200
    assert "Choose this hub or one of its own outreach bases." in response.content.decode()
    assert not HubEventPage.objects.filter(slug="stay-and-play-special").exists()


def test_events_at_a_closed_outreach_base_stay_listed_at_the_hub(client, hub, base):
    event = add_event(hub, place=base)
    base.delete()
    event.refresh_from_db()
    assert event.place_id == hub.pk
    assert "Baby bank drop-in" in client.get("/whats-on/?hub=eastfield").content.decode()
    assert hub.title in client.get(event.url).content.decode()


def test_more_events_do_not_mean_more_queries(client, hub, base, settings):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    # Each page is rendered, not answered from the page cache (which needs no query at all).
    settings.PAGE_CACHE_SECONDS = 0

    def queries(url):
        client.get(url)  # fills the caches
        with CaptureQueriesContext(connection) as captured:
            client.get(url)
        return len(captured.captured_queries)

    add_event(hub, place=base)
    urls = ("/whats-on/", "/whats-on/?hub=eastfield", "/whats-on/eastfield.ics")
    for url in urls:
        queries(url)  # the first requests also fill caches of their own (content types, the site)
    before = {url: queries(url) for url in urls}
    for number in range(5):
        add_event(hub, place=base if number % 2 else None)
    after = {url: queries(url) for url in before}
    assert after == before


def test_an_event_may_be_at_an_outreach_base_still_waiting_for_approval(client, hub, base):
    base.unpublish()
    manager = member_of(group_name(hub), "manager")
    client.force_login(manager)
    date = timezone.localdate() + datetime.timedelta(days=4)
    response = client.post(
        f"/admin/pages/add/hubs/hubeventpage/{hub.pk}/",
        {
            "title_en": "Stay and play",
            "slug": "stay-and-play-special",
            "summary_en": "Play together.",
            "description_en": '{"blocks": [], "entityMap": {}}',
            "date": date.isoformat(),
            "starts_at": "10:00",
            "ends_at": "11:00",
            "place": base.pk,
            "how_to_book": "",
            "cost": "",
        },
    )
    assert "Choose this hub or one of its own outreach bases." not in response.content.decode()
    assert HubEventPage.objects.filter(slug="stay-and-play-special", place=base).exists()
