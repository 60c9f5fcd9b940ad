"""Closures and term-time sessions: every place a family reads when a session happens leaves
out the days a hub or outreach base is shut, and term-time sessions in the holidays."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from directory.models import Schedule, ScheduleKind, ServicePage
from directory.schedules import held_dates, running_periods
from directory.whats_on import calendar
from hubs.closures import PlaceCalendar
from hubs.models import ClosureReason, HubClosure, SchoolTerm
from openreferral.records import load_calendar, schedule_documents
from tests.directory.factories import ScheduleFactory, ServiceIndexPageFactory, ServicePageFactory
from tests.hubs.factories import HubIndexPageFactory, HubPageFactory, LocalityFactory

D = datetime.date
MONDAY = D(2027, 3, 1)
WEEK = datetime.timedelta(weeks=1)


def weekly(**fields):
    return Schedule(kind=ScheduleKind.WEEKLY, weekday=0, place_id=7, **fields)


def test_a_closure_and_the_school_holidays_remove_sessions():
    start, end = MONDAY, MONDAY + 5 * WEEK
    shut = HubClosure(page_id=7, first_day=MONDAY + WEEK, reason=ClosureReason.BANK_HOLIDAY)
    term = SchoolTerm(first_day=MONDAY, last_day=MONDAY + 2 * WEEK + datetime.timedelta(days=4))
    days = PlaceCalendar(start, end, closures=[shut], terms=[term])
    mondays = [MONDAY + n * WEEK for n in range(6)]
    assert held_dates(weekly(), start, end, days) == [day for day in mondays if day != MONDAY + WEEK]
    # Term time only: the two Mondays of the term that are not the closure.
    assert held_dates(weekly(term_time_only=True), start, end, days) == [MONDAY, MONDAY + 2 * WEEK]
    # Another place's closure changes nothing here.
    assert len(held_dates(Schedule(kind=ScheduleKind.WEEKLY, weekday=0, place_id=8), start, end, days)) == 6


def test_running_periods_split_around_closures_and_follow_terms():
    start, end = MONDAY, MONDAY + 20 * WEEK
    shut = HubClosure(page_id=7, first_day=MONDAY + 2 * WEEK, last_day=MONDAY + 3 * WEEK)
    autumn = SchoolTerm(first_day=MONDAY, last_day=MONDAY + 5 * WEEK)
    spring = SchoolTerm(first_day=MONDAY + 8 * WEEK, last_day=MONDAY + 12 * WEEK)
    days = PlaceCalendar(start, end, closures=[shut], terms=[autumn, spring])
    day_before = datetime.timedelta(days=1)
    assert running_periods(weekly(), days) == [
        (MONDAY, MONDAY + 2 * WEEK - day_before),
        (MONDAY + 4 * WEEK, None),  # runs on past the calendar
    ]
    assert running_periods(weekly(term_time_only=True), days) == [
        (MONDAY, MONDAY + 2 * WEEK - day_before),
        (MONDAY + 4 * WEEK, MONDAY + 5 * WEEK),
        (MONDAY + 8 * WEEK, MONDAY + 12 * WEEK),
    ]


def test_open_referral_writes_a_broken_schedule_as_one_per_stretch():
    start, end = MONDAY, MONDAY + 20 * WEEK
    shut = HubClosure(page_id=7, first_day=MONDAY + WEEK, reason=ClosureReason.SNOW)
    schedule = weekly(pk=1, page=ServicePage(title="Stay and play"), starts_at=datetime.time(10))
    documents = schedule_documents("svc", schedule, PlaceCalendar(start, end, closures=[shut]))
    assert [(d["valid_from"], d["valid_to"]) for d in documents] == [
        ("2027-03-01", "2027-03-07"),
        ("2027-03-15", None),
    ]
    assert len({d["id"] for d in documents}) == 2
    assert all("2027-03-08 (snow or bad weather)" in d["notes"] for d in documents)
    # Nothing shut: the one schedule as before.
    assert len(schedule_documents("svc", schedule, PlaceCalendar(start, end))) == 1


# Pages: a hub shut today, with a session every weekday.


@pytest.fixture
def hub(empty_site):
    hubs = HubIndexPageFactory(parent=empty_site)
    return HubPageFactory(parent=hubs, title="Eastfield Campus", slug="eastfield", locality=LocalityFactory(number=1))


@pytest.fixture
def today():
    return timezone.localdate()


@pytest.fixture
def stay_and_play(empty_site, hub, today):
    listing = ServiceIndexPageFactory(parent=empty_site)
    page = ServicePageFactory(parent=listing, title="Stay and play")
    return ScheduleFactory(page=page, place=hub, weekday=today.weekday())


@pytest.fixture
def closed_today(hub, today):
    return HubClosure.objects.create(page=hub, first_day=today, reason=ClosureReason.BANK_HOLIDAY)


def main(client, url):
    return BeautifulSoup(client.get(url).content, "html.parser").find("main")


@pytest.mark.django_db
def test_hub_page_says_closed_today_and_whats_on_leaves_the_session_out(client, hub, stay_and_play, closed_today):
    page = main(client, "/hubs/eastfield/")
    assert "Closed today: bank holiday." in page.select_one(".place-closures").get_text()
    today_listed = page.select_one(".whats-on__day")
    assert "Eastfield Campus is closed: bank holiday." in today_listed.find_next("p").get_text()
    # Next week's session is still there; today's is not.
    times = [h.get_text() for h in page.select(".whats-on__day")]
    assert len(times) == 2


@pytest.mark.django_db
def test_closure_is_in_the_readers_language(client, hub, stay_and_play, closed_today):
    page = main(client, "/ar/hubs/eastfield/")
    assert "مغلق اليوم: عطلة رسمية." in page.select_one(".place-closures").get_text()


@pytest.mark.django_db
def test_service_page_next_session_skips_the_closure(client, stay_and_play, closed_today, today):
    next_week = today + WEEK
    text = main(client, stay_and_play.page.url).select_one(".schedule-next").get_text()
    assert f"{next_week:%A} {next_week.day} " in text


@pytest.mark.django_db
def test_city_timetable_leaves_the_session_out_and_names_the_closure(client, stay_and_play, closed_today, today):
    page = main(client, "/whats-on/")
    rows = page.select("table.whats-on__table td:nth-of-type(2) a")
    assert len(rows) == 1  # next week's only (the timetable shows two weeks from today)
    assert "Eastfield Campus is closed: bank holiday." in page.select_one(".whats-on__closure").get_text()


@pytest.mark.django_db
def test_calendar_feed_never_puts_a_session_on_a_closed_day(hub, stay_and_play, closed_today, today):
    body = calendar("Eastfield", [stay_and_play], [], "http://testserver", today=today)
    assert f"DTSTART;TZID=Europe/London:{today:%Y%m%d}" not in body
    assert f"DTSTART;TZID=Europe/London:{today + WEEK:%Y%m%d}T100000" in body
    assert body.count("BEGIN:VEVENT") == 1  # nothing shut after today within the feed


@pytest.mark.django_db
def test_term_time_session_in_the_feeds_follows_the_terms(hub, stay_and_play, today):
    SchoolTerm.objects.all().delete()
    first = SchoolTerm.objects.create(school_year="x", name="a", first_day=today, last_day=today + 2 * WEEK)
    SchoolTerm.objects.create(school_year="x", name="b", first_day=today + 5 * WEEK, last_day=today + 9 * WEEK)
    stay_and_play.term_time_only = True
    stay_and_play.save()
    body = calendar("Eastfield", [stay_and_play], [], "http://testserver", today=today)
    assert body.count("BEGIN:VEVENT") == 2
    assert f"UNTIL={first.last_day:%Y%m%d}T235959Z" in body
    service = type(stay_and_play.page).objects.prefetch_related("schedules").get(pk=stay_and_play.page_id)
    documents = schedule_documents("svc", stay_and_play, load_calendar([service]))
    assert [d["valid_to"] for d in documents] == [first.last_day.isoformat(), (today + 9 * WEEK).isoformat()]
    assert all("Term time only" in d["notes"] for d in documents)


@pytest.mark.django_db
def test_school_terms_are_seeded_unconfirmed():
    terms = SchoolTerm.objects.all()
    assert {term.school_year for term in terms} >= {"2026-2027", "2027-2028"}
    assert not any(term.confirmed for term in terms)


@pytest.mark.django_db
def test_demo_has_a_bank_holiday_closure_and_a_term_time_session(client, demo_site):
    closures = HubClosure.objects.filter(page__slug="bradley-rocket-pool", first_day__gte=timezone.localdate())
    assert [closure.reason for closure in closures] == [ClosureReason.BANK_HOLIDAY] * 2  # the next two
    assert Schedule.objects.get(page__slug="english-classes", place__slug="graiseley").term_time_only
    page = main(client, "/pl/hubs/bradley-rocket-pool/")
    assert "dzień wolny od pracy" in page.select_one(".place-closures").get_text()
