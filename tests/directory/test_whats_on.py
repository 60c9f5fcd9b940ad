"""Schedules, the timetable, what's on at a hub and its iCalendar feed."""

import datetime

import pytest
from bs4 import BeautifulSoup

from directory.models import Schedule, ScheduleKind
from directory.schedules import dates, nth_weekday
from directory.whats_on import calendar, fold
from tests.directory.factories import ScheduleFactory, ServiceIndexPageFactory, ServicePageFactory
from tests.hubs.factories import HubIndexPageFactory, HubPageFactory, LocalityFactory, OutreachBasePageFactory

MONDAY = datetime.date(2026, 11, 23)


def make(**fields):
    return Schedule(**fields)


def test_weekly_fortnightly_monthly_course_and_single_dates():
    weekly = make(kind=ScheduleKind.WEEKLY, weekday=2)
    assert dates(weekly, MONDAY, MONDAY + datetime.timedelta(days=13)) == [
        datetime.date(2026, 11, 25),
        datetime.date(2026, 12, 2),
    ]
    fortnightly = make(kind=ScheduleKind.WEEKLY, weekday=0, interval=2, start_date=MONDAY)
    assert len(dates(fortnightly, MONDAY, MONDAY + datetime.timedelta(days=27))) == 2
    monthly = make(kind=ScheduleKind.MONTHLY, weekday=1, week_of_month=2)
    assert dates(monthly, datetime.date(2026, 12, 1), datetime.date(2027, 1, 31)) == [
        datetime.date(2026, 12, 8),
        datetime.date(2027, 1, 12),
    ]
    last_friday = make(kind=ScheduleKind.MONTHLY, weekday=4, week_of_month=-1)
    assert dates(last_friday, datetime.date(2026, 12, 1), datetime.date(2026, 12, 31)) == [datetime.date(2026, 12, 25)]
    course = make(kind=ScheduleKind.COURSE, start_date=MONDAY, weeks=3)
    assert dates(course, MONDAY, MONDAY + datetime.timedelta(days=60)) == [
        MONDAY,
        MONDAY + datetime.timedelta(weeks=1),
        MONDAY + datetime.timedelta(weeks=2),
    ]
    once = make(kind=ScheduleKind.ONCE, start_date=MONDAY)
    assert dates(once, MONDAY, MONDAY) == [MONDAY]
    assert dates(make(kind=ScheduleKind.APPOINTMENT), MONDAY, MONDAY + datetime.timedelta(days=30)) == []


def test_schedule_end_date_stops_sessions():
    weekly = make(kind=ScheduleKind.WEEKLY, weekday=0, end_date=MONDAY + datetime.timedelta(days=7))
    assert dates(weekly, MONDAY, MONDAY + datetime.timedelta(days=30)) == [MONDAY, MONDAY + datetime.timedelta(7)]


def test_nth_weekday():
    assert nth_weekday(2026, 2, 0, 5) is None
    assert nth_weekday(2026, 2, 0, -1) == datetime.date(2026, 2, 23)


def test_long_calendar_lines_are_folded_at_75_octets():
    folded = fold("DESCRIPTION:" + "ਪੰਜਾਬੀ " * 30)
    assert all(len(line.encode()) <= 75 for line in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == "DESCRIPTION:" + "ਪੰਜਾਬੀ " * 30


# The pages below are built for each test on a site of its own (tests/*/factories.py).


@pytest.fixture
def hubs(empty_site):
    return HubIndexPageFactory(parent=empty_site)


@pytest.fixture
def eastfield(hubs):
    return HubPageFactory(
        parent=hubs,
        title="Eastfield Campus",
        slug="eastfield",
        locality=LocalityFactory(number=1),
        address_line_1="Hickman Avenue",
        postcode="WV1 2GZ",
    )


@pytest.fixture
def bingley(hubs):
    return HubPageFactory(parent=hubs, title="Bingley Centre", slug="bingley", locality=LocalityFactory(number=4))


@pytest.fixture
def listing(empty_site):
    return ServiceIndexPageFactory(parent=empty_site)


def session(listing, title, place, **fields):
    """A service with one session at `place` (every Monday, 10am, unless told otherwise)."""
    ages = {name: fields.pop(name) for name in ("minimum_age", "maximum_age") if name in fields}
    return ScheduleFactory(page=ServicePageFactory(parent=listing, title=title, **ages), place=place, **fields)


@pytest.mark.django_db
def test_hub_page_shows_whats_on_this_week_and_next(client, eastfield, bingley, listing):
    base = OutreachBasePageFactory(parent=eastfield, title="The St Chads Parish Centre")
    session(listing, "Stay and play", eastfield)
    session(listing, "Money and work café", base, weekday=2)
    session(listing, "Dads' group", bingley)
    main = BeautifulSoup(client.get("/hubs/eastfield/").content, "html.parser").find("main")
    assert main.find(id="whats-on") is not None
    sessions = [a.get_text(strip=True) for a in main.select(".whats-on__sessions a")]
    assert "Stay and play" in sessions  # at the hub
    assert "Money and work café" in sessions  # at its outreach base
    assert "Dads' group" not in sessions  # at another hub
    assert main.find("a", href="/whats-on/eastfield.ics")


@pytest.mark.django_db
def test_calendar_feed_is_valid_icalendar(client, eastfield, listing):
    session(listing, "Stay and play", eastfield)
    session(listing, "Dads' group", eastfield, kind=ScheduleKind.MONTHLY, weekday=5, week_of_month=1)
    session(listing, "Speech and language clinic", eastfield, kind=ScheduleKind.APPOINTMENT, weekday=None)
    response = client.get("/whats-on/eastfield.ics")
    assert response["Content-Type"].startswith("text/calendar")
    body = response.content.decode()
    assert body.startswith("BEGIN:VCALENDAR\r\n") and body.endswith("END:VCALENDAR\r\n")
    # One event for each session with times; none for appointments.
    assert body.count("BEGIN:VEVENT") == body.count("END:VEVENT") == 2
    assert "SUMMARY:Stay and play" in body and "SUMMARY:Speech and language" not in body
    assert "RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=MO" in body
    assert "RRULE:FREQ=MONTHLY;BYDAY=1SA" in body
    assert "DTSTART;TZID=Europe/London:" in body and "BEGIN:VTIMEZONE" in body
    assert "LOCATION:Eastfield Campus\\, Hickman Avenue\\, WV1 2GZ" in body
    assert client.get("/whats-on/nowhere.ics").status_code == 404


@pytest.mark.django_db
def test_calendar_course_uses_a_count(eastfield, listing):
    schedule = session(
        listing, "Positive parenting", eastfield, kind=ScheduleKind.COURSE, start_date=MONDAY, weeks=10, weekday=None
    )
    body = calendar("Test", [schedule], [], "http://testserver", today=schedule.start_date)
    assert "RRULE:FREQ=WEEKLY;COUNT=10" in body


@pytest.mark.django_db
def test_city_timetable_filters_by_day_age_and_hub(client, eastfield, bingley, listing):
    session(listing, "Stay and play", eastfield, minimum_age=0, maximum_age=4)
    session(listing, "Infant feeding support group", eastfield, weekday=3, minimum_age=0, maximum_age=1)
    session(listing, "Feeling good group for young people", bingley, weekday=2, minimum_age=11, maximum_age=18)

    def sessions(query):
        page = BeautifulSoup(client.get(f"/whats-on/{query}").content, "html.parser")
        return page, [a.get_text(strip=True) for a in page.select("table.whats-on__table td:nth-of-type(2) a")]

    _, everything = sessions("")
    assert set(everything) == {"Stay and play", "Infant feeding support group", "Feeling good group for young people"}
    _, teenagers = sessions("?age=15")
    assert set(teenagers) == {"Feeling good group for young people"}
    page, mondays = sessions("?day=monday")
    assert set(mondays) == {"Stay and play"}
    assert all("Monday" in h.get_text() for h in page.select("h2.whats-on__day"))
    _, at_bingley = sessions("?hub=bingley")
    assert set(at_bingley) == {"Feeling good group for young people"}
    page, _ = sessions("?age=old")
    assert page.find(class_="govuk-error-summary")
