"""Schedules, the timetable, what's on at a hub and its iCalendar feed."""

import datetime

import pytest
from bs4 import BeautifulSoup

from directory.models import Schedule, ScheduleKind
from directory.schedules import dates, nth_weekday
from directory.whats_on import calendar, fold

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


@pytest.mark.django_db
def test_hub_page_shows_whats_on_this_week_and_next(client, demo_site):
    main = BeautifulSoup(client.get("/hubs/eastfield/").content, "html.parser").find("main")
    section = main.find(id="whats-on")
    assert section is not None
    sessions = [a.get_text(strip=True) for a in main.select(".whats-on__sessions a")]
    assert "Stay and play" in sessions  # every Monday at Eastfield
    assert "Money and work café" in sessions  # at the St Chads outreach base
    assert main.find("a", href="/whats-on/eastfield.ics")


@pytest.mark.django_db
def test_calendar_feed_is_valid_icalendar(client, demo_site):
    response = client.get("/whats-on/eastfield.ics")
    assert response["Content-Type"].startswith("text/calendar")
    body = response.content.decode()
    assert body.startswith("BEGIN:VCALENDAR\r\n") and body.endswith("END:VCALENDAR\r\n")
    assert body.count("BEGIN:VEVENT") == body.count("END:VEVENT") > 3
    assert "SUMMARY:Stay and play" in body
    assert "RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=MO" in body
    assert "DTSTART;TZID=Europe/London:" in body and "BEGIN:VTIMEZONE" in body
    assert "LOCATION:Eastfield Campus\\, Hickman Avenue\\, WV1 2GZ" in body
    assert client.get("/whats-on/nowhere.ics").status_code == 404


@pytest.mark.django_db
def test_calendar_course_uses_a_count(demo_site):
    schedule = Schedule.objects.filter(kind=ScheduleKind.COURSE, page__slug="positive-parenting").first()
    body = calendar("Test", [schedule], [], "http://testserver", today=schedule.start_date)
    assert "RRULE:FREQ=WEEKLY;COUNT=10" in body


@pytest.mark.django_db
def test_city_timetable_filters_by_day_age_and_hub(client, demo_site):
    def sessions(query):
        page = BeautifulSoup(client.get(f"/whats-on/{query}").content, "html.parser")
        return page, [a.get_text(strip=True) for a in page.select("table.whats-on__table td:nth-of-type(2) a")]

    _, everything = sessions("")
    assert "Stay and play" in everything
    _, teenagers = sessions("?age=15")
    assert "Stay and play" not in teenagers and "Feeling good group for young people" in teenagers
    page, mondays = sessions("?day=monday")
    assert all("Monday" in h.get_text() for h in page.select("h2.whats-on__day"))
    _, at_bingley = sessions("?hub=bingley")
    assert "Infant feeding support group" not in at_bingley
    page, _ = sessions("?age=old")
    assert page.find(class_="govuk-error-summary")
