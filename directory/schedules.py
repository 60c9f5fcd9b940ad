"""When sessions happen: the dates a schedule produces in a date range.

One place for the rules (every week, every other week, the second Tuesday of the month, a
course of six weeks), so the service page, "What's on" and the iCalendar feeds agree.
"""

import calendar
import datetime
from dataclasses import dataclass

from directory.models import Schedule, ScheduleKind


@dataclass(frozen=True)
class Session:
    """One date of a service's schedule. Hub events (hubs.HubEventPage) answer to the same
    names, so what's on lists and calendars show both."""

    schedule: Schedule
    date: datetime.date

    @property
    def page(self):
        return self.schedule.page

    @property
    def starts_at(self):
        return self.schedule.starts_at

    @property
    def ends_at(self):
        return self.schedule.ends_at

    @property
    def place_id(self):
        return self.schedule.place_id

    @property
    def place(self):
        return self.schedule.place

    @property
    def location(self):
        return self.schedule.location

    @property
    def bookable(self):
        return self.schedule.bookable


def nth_weekday(year, month, weekday, nth):
    """The date of the nth (1-4, or -1 for last) weekday of a month, or None."""
    days = [week[weekday] for week in calendar.monthcalendar(year, month) if week[weekday]]
    try:
        return datetime.date(year, month, days[nth - 1 if nth > 0 else nth])
    except IndexError:
        return None


def dates(schedule, start, end):
    """Every date in [start, end] on which the schedule has a session."""
    kind = schedule.kind
    if kind == ScheduleKind.APPOINTMENT:
        return []
    if kind in {ScheduleKind.WEEKLY, ScheduleKind.MONTHLY} and schedule.weekday is None:
        return []
    first = max(start, schedule.start_date) if schedule.start_date else start
    last = min(end, schedule.end_date) if schedule.end_date else end
    if kind == ScheduleKind.ONCE:
        return [schedule.start_date] if schedule.start_date and start <= schedule.start_date <= end else []
    if kind == ScheduleKind.COURSE:
        if not schedule.start_date or not schedule.weeks:
            return []
        course = [schedule.start_date + datetime.timedelta(weeks=week) for week in range(schedule.weeks)]
        return [day for day in course if first <= day <= last]
    if kind == ScheduleKind.MONTHLY:
        found, year, month = [], first.year, first.month
        while (year, month) <= (last.year, last.month):
            day = nth_weekday(year, month, schedule.weekday, schedule.week_of_month or 1)
            if day and first <= day <= last:
                found.append(day)
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return found
    # Weekly, or every `interval` weeks counted from the first date.
    anchor = schedule.start_date or first
    day = first + datetime.timedelta(days=(schedule.weekday - first.weekday()) % 7)
    found = []
    while day <= last:
        if ((day - anchor).days // 7) % max(schedule.interval, 1) == 0:
            found.append(day)
        day += datetime.timedelta(weeks=1)
    return found


def sessions(schedules, start, end):
    """Sessions of many schedules between two dates, in time order."""
    found = [Session(schedule, day) for schedule in schedules for day in dates(schedule, start, end)]
    return sorted(found, key=in_time_order)


def in_time_order(session):
    return (session.date, session.starts_at or datetime.time.min)


def next_session(schedule, today, horizon_days=120):
    upcoming = dates(schedule, today, today + datetime.timedelta(days=horizon_days))
    return upcoming[0] if upcoming else None
