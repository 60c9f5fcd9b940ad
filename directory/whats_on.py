"""What's on: the sessions of every service, by place and by date, and as iCalendar."""

import datetime
from dataclasses import dataclass

from django.db.models import Q
from django.utils import timezone

from directory.models import Schedule, ScheduleKind
from directory.models.services import PLACE_SELECT
from directory.schedules import dates, held_dates, in_time_order, running_periods, sessions
from hubs.closures import PlaceCalendar
from hubs.models import HubEventPage

TIMED_KINDS = [ScheduleKind.WEEKLY, ScheduleKind.MONTHLY, ScheduleKind.COURSE, ScheduleKind.ONCE]


def timed_schedules(place_ids=None):
    schedules = (
        Schedule.objects.filter(kind__in=TIMED_KINDS, page__live=True)
        .select_related("page", "page__level", "place", "venue", *PLACE_SELECT)
        # Sessions at the same time keep the order their editor gave them, whatever the database.
        .order_by("starts_at", "page_id", "sort_order", "pk")
    )
    if place_ids is not None:
        schedules = schedules.filter(place_id__in=place_ids)
    return schedules


@dataclass(frozen=True)
class EventSession:
    """A hub event, answering to the same names as a service's Session."""

    page: HubEventPage

    @property
    def date(self):
        return self.page.date

    @property
    def starts_at(self):
        return self.page.starts_at

    @property
    def ends_at(self):
        return self.page.ends_at

    @property
    def place_id(self):
        return self.page.place_id

    @property
    def place(self):
        return self.page.venue

    @property
    def location(self):
        return self.page.venue

    @property
    def bookable(self):
        return self.page.booking_needed


def hub_events(start, end, place_ids=None, age=None):
    """Live hub events between two dates; with an age, those for that age or for everyone."""
    events = HubEventPage.objects.live().filter(date__range=(start, end))
    if place_ids is not None:
        events = events.filter(place_id__in=place_ids)
    if age is not None:
        events = events.filter(Q(minimum_age__isnull=True) | Q(minimum_age__lte=age)).filter(
            Q(maximum_age__isnull=True) | Q(maximum_age__gte=age)
        )
    return [EventSession(event) for event in HubEventPage.with_venues(events)]


def sessions_between(start, end, place_ids=None, age=None, weekday=None, calendar=None):
    """Every session and hub event between two dates, leaving out any at a place shut that day."""
    calendar = calendar or PlaceCalendar.load(start, end, place_ids)
    schedules = timed_schedules(place_ids)
    if age is not None:
        schedules = schedules.filter(page__minimum_age__lte=age, page__maximum_age__gte=age)
    events = [
        event for event in hub_events(start, end, place_ids, age) if not calendar.closure_on(event.place_id, event.date)
    ]
    found = sorted(sessions(schedules, start, end, calendar) + events, key=in_time_order)
    if weekday is not None:
        found = [session for session in found if session.date.weekday() == weekday]
    return found


def this_week_and_next(place_ids, today=None):
    """Sessions from today to the end of next week, grouped by date, with the closures then."""
    today = today or timezone.localdate()
    monday = today - datetime.timedelta(days=today.weekday())
    start, end = max(today, monday), monday + datetime.timedelta(days=13)
    calendar = PlaceCalendar.load(start, end, place_ids)
    found = sessions_between(start, end, place_ids, calendar=calendar)
    return group_by_date(found, calendar.closures, start)


def group_by_date(found, closures=(), start=None):
    """[(date, sessions, closures)] for the days with either. A closure that began before the
    first day listed is shown on that day."""
    days = {}
    for session in found:
        days.setdefault(session.date, ([], []))[0].append(session)
    for closure in closures:
        day = max(closure.first_day, start) if start else closure.first_day
        days.setdefault(day, ([], []))[1].append(closure)
    return [(day, *days[day]) for day in sorted(days)]


# iCalendar (RFC 5545). Written by hand: it is a small text format, and every phone reads it.
VTIMEZONE = [
    "BEGIN:VTIMEZONE",
    "TZID:Europe/London",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0000",
    "TZOFFSETTO:+0100",
    "TZNAME:BST",
    "DTSTART:19700329T010000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0000",
    "TZNAME:GMT",
    "DTSTART:19701025T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
]
ICAL_DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def escape(text):
    return (
        str(text)
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def fold(line):
    """Lines longer than 75 octets continue on the next line after a space."""
    encoded = line.encode("utf-8")
    if len(encoded) <= 75:
        return line
    parts, current = [], b""
    for char in line:
        piece = char.encode("utf-8")
        if len(current) + len(piece) > (75 if not parts else 74):
            parts.append(current.decode("utf-8"))
            current = b""
        current += piece
    parts.append(current.decode("utf-8"))
    return "\r\n ".join(parts)


def recurrence(schedule, until=None):
    """The RRULE of a schedule's sessions; with `until`, only up to that day (a stretch
    between closures, or a school term)."""
    if schedule.kind == ScheduleKind.WEEKLY:
        rule = f"RRULE:FREQ=WEEKLY;INTERVAL={max(schedule.interval, 1)};BYDAY={ICAL_DAYS[schedule.weekday]}"
    elif schedule.kind == ScheduleKind.MONTHLY:
        rule = f"RRULE:FREQ=MONTHLY;BYDAY={schedule.week_of_month or 1}{ICAL_DAYS[schedule.weekday]}"
    elif schedule.kind == ScheduleKind.COURSE:
        if until is not None:
            return f"RRULE:FREQ=WEEKLY;UNTIL={until:%Y%m%d}T235959Z"
        return f"RRULE:FREQ=WEEKLY;COUNT={schedule.weeks}"
    else:
        return None
    last = min(filter(None, [until, schedule.end_date]), default=None)
    if last:
        rule += f";UNTIL={last:%Y%m%d}T235959Z"
    return rule


CALENDAR_DAYS = 400


def calendar(name, schedules, events, site_url, today=None):
    """An iCalendar feed of the sessions and events at a place, for a family's phone calendar.
    A session broken by closures or school holidays is one event for each stretch it runs,
    so phones never show a session on a day it does not happen."""
    today = today or timezone.localdate()
    schedules = list(schedules)
    events = list(events)
    place_ids = {schedule.place_id for schedule in schedules if schedule.place_id}
    place_ids |= {event.place_id for event in events if event.place_id}
    place_calendar = PlaceCalendar.load(today, today + datetime.timedelta(days=CALENDAR_DAYS), place_ids)
    host = site_url.split("://", 1)[-1]
    stamp = timezone.now().strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Wolverhampton Family Information//What's on//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape(name)}",
        "X-WR-TIMEZONE:Europe/London",
        *VTIMEZONE,
    ]
    for schedule in schedules:
        if not schedule.starts_at or not schedule.ends_at:
            continue
        upcoming = held_dates(schedule, today, place_calendar.end, place_calendar)
        if not upcoming:
            continue
        location = schedule.location
        where = location.title if location is not None else ""
        if schedule.place_id:
            where = f"{location.title}, {location.address_line_1}, {location.postcode}"
        if len(upcoming) == len(dates(schedule, today, place_calendar.end)):
            # No exceptions: one event with its rule, as the service's page describes it.
            first = schedule.start_date if schedule.kind == ScheduleKind.COURSE else upcoming[0]
            stretches = [(f"schedule-{schedule.pk}", first, None)]
        else:
            stretches = [
                (f"schedule-{schedule.pk}-{first:%Y%m%d}", first, until or place_calendar.end)
                for first, until in running_periods(schedule, place_calendar)
            ]
        for uid, first, until in stretches:
            event = vevent(f"{uid}@{host}", stamp, first, schedule, schedule.page, where, site_url)
            rule = recurrence(schedule, until)
            lines += event[:-1] + ([rule] if rule else []) + event[-1:]
    for page in events:
        if page.date < today or place_calendar.closure_on(page.place_id, page.date):
            continue
        location = page.venue
        where = f"{location.title}, {location.address_line_1}, {location.postcode}"
        lines += vevent(f"event-{page.pk}@{host}", stamp, page.date, page, page, where, site_url)
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(line) for line in lines) + "\r\n"


def vevent(uid, stamp, day, times, page, where, site_url):
    return [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;TZID=Europe/London:{day:%Y%m%d}T{times.starts_at:%H%M%S}",
        f"DTEND;TZID=Europe/London:{day:%Y%m%d}T{times.ends_at:%H%M%S}",
        f"SUMMARY:{escape(page.title)}",
        f"DESCRIPTION:{escape(page.summary)}",
        f"LOCATION:{escape(where)}",
        f"URL:{site_url}{page.url}",
        "END:VEVENT",
    ]
