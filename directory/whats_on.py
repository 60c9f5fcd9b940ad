"""What's on: the sessions of every service, by place and by date, and as iCalendar."""

import datetime
from dataclasses import dataclass

from django.db.models import Q
from django.utils import timezone

from directory.models import Schedule, ScheduleKind
from directory.models.services import PLACE_SELECT
from directory.schedules import dates, in_time_order, sessions
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


def sessions_between(start, end, place_ids=None, age=None, weekday=None):
    schedules = timed_schedules(place_ids)
    if age is not None:
        schedules = schedules.filter(page__minimum_age__lte=age, page__maximum_age__gte=age)
    found = sorted(sessions(schedules, start, end) + hub_events(start, end, place_ids, age), key=in_time_order)
    if weekday is not None:
        found = [session for session in found if session.date.weekday() == weekday]
    return found


def this_week_and_next(place_ids, today=None):
    """Sessions from the start of this week to the end of next week, grouped by date."""
    today = today or timezone.localdate()
    monday = today - datetime.timedelta(days=today.weekday())
    found = sessions_between(max(today, monday), monday + datetime.timedelta(days=13), place_ids)
    return group_by_date(found)


def group_by_date(found):
    days = {}
    for session in found:
        days.setdefault(session.date, []).append(session)
    return sorted(days.items())


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


def recurrence(schedule, first_date):
    if schedule.kind == ScheduleKind.WEEKLY:
        rule = f"RRULE:FREQ=WEEKLY;INTERVAL={max(schedule.interval, 1)};BYDAY={ICAL_DAYS[schedule.weekday]}"
    elif schedule.kind == ScheduleKind.MONTHLY:
        rule = f"RRULE:FREQ=MONTHLY;BYDAY={schedule.week_of_month or 1}{ICAL_DAYS[schedule.weekday]}"
    elif schedule.kind == ScheduleKind.COURSE:
        rule = f"RRULE:FREQ=WEEKLY;COUNT={schedule.weeks}"
    else:
        return None
    if schedule.end_date and schedule.kind != ScheduleKind.COURSE:
        rule += f";UNTIL={schedule.end_date:%Y%m%d}T235959Z"
    return rule


def calendar(name, schedules, events, site_url, today=None):
    """An iCalendar feed of the sessions and events at a place, for a family's phone calendar."""
    today = today or timezone.localdate()
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
        upcoming = dates(schedule, today, today + datetime.timedelta(days=400))
        if not upcoming:
            continue
        first = schedule.start_date if schedule.kind == ScheduleKind.COURSE else upcoming[0]
        location = schedule.location
        where = location.title if location is not None else ""
        if schedule.place_id:
            where = f"{location.title}, {location.address_line_1}, {location.postcode}"
        event = vevent(f"schedule-{schedule.pk}@{host}", stamp, first, schedule, schedule.page, where, site_url)
        rule = recurrence(schedule, first)
        lines += event[:-1] + ([rule] if rule else []) + event[-1:]
    for page in events:
        if page.date < today:
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
