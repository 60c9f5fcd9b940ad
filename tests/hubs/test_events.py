"""A hub's own events: on the hub page, in the city's what's on, in the hub's calendar feed."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from hubs.models import HubEventPage, HubPage, OutreachBasePage
from tests.factories import member_of

pytestmark = pytest.mark.django_db


def add_event(hub, days_ahead=2, **fields):
    values = {
        "title": "Baby bank drop-in",
        "slug": "baby-bank-drop-in",
        "summary": "Clothes, nappies and equipment for babies, free.",
        "date": timezone.localdate() + datetime.timedelta(days=days_ahead),
        "starts_at": datetime.time(10),
        "ends_at": datetime.time(12),
    }
    event = HubEventPage(**(values | fields))
    hub.add_child(instance=event)
    event.save_revision().publish()
    return event


def test_a_new_event_is_at_its_own_hub_unless_a_base_is_chosen(demo_site):
    hub = HubPage.objects.get(slug="eastfield")
    assert add_event(hub).place_id == hub.pk
    base = OutreachBasePage.objects.child_of(hub).first()
    assert add_event(hub, slug="at-a-base", place=base).place_id == base.pk


def test_events_show_on_the_hub_page_and_their_own_page(client, demo_site):
    hub = HubPage.objects.get(slug="eastfield")
    event = add_event(hub, booking_needed=True, how_to_book="Ring the hub.", cost="£1 per family")
    hub_page = BeautifulSoup(client.get(hub.url).content, "html.parser")
    assert "Baby bank drop-in" in hub_page.select_one("#whats-on").find_parent().get_text()
    assert "Baby bank drop-in" in hub_page.select_one(".hub-events").get_text()

    own_page = client.get(event.url).content.decode()
    assert "Clothes, nappies and equipment" in own_page
    assert "You need to book." in own_page and "Ring the hub." in own_page and "£1 per family" in own_page


def test_events_are_in_the_city_timetable_filtered_by_hub_and_age(client, demo_site):
    hub = HubPage.objects.get(slug="eastfield")
    add_event(hub, minimum_age=0, maximum_age=2)
    assert "Baby bank drop-in" in client.get("/whats-on/?hub=eastfield").content.decode()
    assert "Baby bank drop-in" not in client.get("/whats-on/?hub=graiseley").content.decode()
    assert "Baby bank drop-in" in client.get("/whats-on/?age=1").content.decode()
    assert "Baby bank drop-in" not in client.get("/whats-on/?age=9").content.decode()


def test_draft_and_past_events_are_not_listed(client, demo_site):
    hub = HubPage.objects.get(slug="eastfield")
    past = add_event(hub, days_ahead=-3, slug="past", title="Last week's picnic")
    draft = add_event(hub, slug="draft", title="A draft party")
    draft.unpublish()
    page = client.get(hub.url).content.decode()
    assert "A draft party" not in page and "Last week's picnic" not in page
    assert "This event has already happened." in client.get(past.url).content.decode()


def test_events_are_in_the_hubs_calendar_feed(client, demo_site):
    hub = HubPage.objects.get(slug="eastfield")
    event = add_event(hub)
    feed = client.get("/whats-on/eastfield.ics").content.decode()
    assert f"UID:event-{event.pk}@" in feed
    assert f"DTSTART;TZID=Europe/London:{event.date:%Y%m%d}T100000" in feed
    assert "SUMMARY:Baby bank drop-in" in feed


def test_an_event_can_only_be_at_its_own_hub_or_bases(client, demo_site):
    hub, other = HubPage.objects.get(slug="eastfield"), HubPage.objects.get(slug="graiseley")
    manager = member_of("Hub managers: Eastfield", "manager")
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


def test_events_at_a_closed_outreach_base_stay_listed_at_the_hub(client, demo_site):
    hub = HubPage.objects.get(slug="eastfield")
    base = OutreachBasePage.objects.child_of(hub).first()
    event = add_event(hub, place=base)
    base.delete()
    event.refresh_from_db()
    assert event.place_id == hub.pk
    assert "Baby bank drop-in" in client.get("/whats-on/?hub=eastfield").content.decode()
    assert hub.title in client.get(event.url).content.decode()


def test_more_events_do_not_mean_more_queries(client, demo_site):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    hub = HubPage.objects.get(slug="eastfield")
    base = OutreachBasePage.objects.child_of(hub).first()

    def queries(url):
        client.get(url)  # fills the caches
        with CaptureQueriesContext(connection) as captured:
            client.get(url)
        return len(captured.captured_queries)

    add_event(hub, slug="first", place=base)
    before = {url: queries(url) for url in ("/whats-on/", "/whats-on/?hub=eastfield", "/whats-on/eastfield.ics")}
    for number in range(5):
        add_event(hub, slug=f"more-{number}", place=base if number % 2 else None)
    after = {url: queries(url) for url in before}
    assert after == before


def test_an_event_may_be_at_an_outreach_base_still_waiting_for_approval(client, demo_site):
    hub = HubPage.objects.get(slug="eastfield")
    base = OutreachBasePage.objects.child_of(hub).first()
    base.unpublish()
    manager = member_of("Hub managers: Eastfield", "manager")
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
