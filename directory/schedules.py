"""When sessions happen: the dates a schedule produces in a date range.

One place for the rules (every week, every other week, the second Tuesday of the month, a
course of six weeks) and their exceptions (a hub shut for a bank holiday, a session that stops
in the school holidays), so the service page, "What's on", the iCalendar feeds and the Open
Referral schedules agree.
"""

import calendar
import datetime
from dataclasses import dataclass

from directory.models import Schedule, ScheduleKind
from hubs.closures import PlaceCalendar


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


def happens(schedule, day, calendar):
    """Whether a session the rules give really happens: not while its place is shut, and,
    for a term-time session, only on a school day."""
    if calendar.closure_on(schedule.place_id, day):
        return False
    return calendar.in_term(day) if schedule.term_time_only else True


def held_dates(schedule, start, end, calendar=None):
    """Every date in [start, end] on which the schedule's session really happens."""
    calendar = calendar or PlaceCalendar.load(start, end, [schedule.place_id] if schedule.place_id else [])
    return [day for day in dates(schedule, start, end) if happens(schedule, day, calendar)]


def sessions(schedules, start, end, calendar=None):
    """Sessions of many schedules between two dates, in time order, closures and holidays left out."""
    schedules = list(schedules)
    if calendar is None:
        calendar = PlaceCalendar.load(start, end, {schedule.place_id for schedule in schedules if schedule.place_id})
    found = [Session(schedule, day) for schedule in schedules for day in held_dates(schedule, start, end, calendar)]
    return sorted(found, key=in_time_order)


def in_time_order(session):
    return (session.date, session.starts_at or datetime.time.min)


def next_session(schedule, today, horizon_days=120, calendar=None):
    end = today + datetime.timedelta(days=horizon_days)
    upcoming = held_dates(schedule, today, end, calendar)
    return upcoming[0] if upcoming else None


def running_periods(schedule, calendar):
    """The stretches of days, within the calendar's dates, in which the session runs without a
    break: the school terms for a term-time session, split around its place's closures. Each
    is (first session, last day of the stretch); the last stretch of a session that runs on
    past the calendar is (first session, None). For feeds that can only say "from, to"
    (Open Referral) or "every week until" (iCalendar)."""
    start, end = calendar.start, calendar.end
    if schedule.start_date and schedule.kind != ScheduleKind.COURSE:
        start = max(start, schedule.start_date)
    stretches = calendar.term_periods() if schedule.term_time_only else [(start, None)]
    closed = calendar.closed_days(schedule.place_id) if schedule.place_id else set()
    one_day = datetime.timedelta(days=1)
    periods = []
    for first, last in stretches:
        first = max(first, start)
        until = min(last or end, schedule.end_date or end)
        open_from = first
        for shut in sorted(day for day in closed if first <= day <= until):
            if open_from < shut:
                periods.append((open_from, shut - one_day))
            open_from = max(open_from, shut + one_day)
        if open_from <= until:
            runs_on = last is None and not schedule.end_date
            periods.append((open_from, None if runs_on else until))
    found = []
    for first, last in periods:
        upcoming = dates(schedule, first, last or end)
        if upcoming:
            found.append((upcoming[0], last))
    return found
