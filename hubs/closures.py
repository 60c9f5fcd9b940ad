"""The exceptions to a regular timetable, read once for a stretch of days: which places are
shut on which days, and which days are school days. directory/schedules.py asks this whether a
session happens; the hub page asks it what to say under the opening hours."""

import datetime
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils import timezone

from hubs.models import HubClosure, OutreachBaseClosure, SchoolTerm

CLOSURE_MODELS = (HubClosure, OutreachBaseClosure)


def closures_between(start, end, place_ids=None):
    """Closures overlapping [start, end], at the given places (all places if None), by first day."""
    overlapping = Q(first_day__lte=end) & (Q(last_day__gte=start) | Q(last_day__isnull=True, first_day__gte=start))
    found = []
    for model in CLOSURE_MODELS:
        rows = model.objects.filter(overlapping, page__live=True).select_related("page")
        if place_ids is not None:
            rows = rows.filter(page_id__in=place_ids)
        found += rows
    return sorted(found, key=lambda closure: (closure.first_day, closure.page_id))


def terms_between(start, end):
    return list(SchoolTerm.objects.filter(first_day__lte=end, last_day__gte=start).order_by("first_day"))


@dataclass
class PlaceCalendar:
    """Closures and school terms between two dates, loaded in two or three queries."""

    start: datetime.date
    end: datetime.date
    closures: list = field(default_factory=list)
    terms: list = field(default_factory=list)

    @classmethod
    def load(cls, start, end, place_ids=None):
        return cls(start, end, closures_between(start, end, place_ids), terms_between(start, end))

    def closure_on(self, place_id, day):
        """The closure shutting the place on that day, or None."""
        if place_id is None:
            return None
        return next((c for c in self.closures if c.page_id == place_id and c.covers(day)), None)

    def in_term(self, day):
        return any(term.first_day <= day <= term.last_day for term in self.terms)

    def term_periods(self):
        """The school terms as (first day, last day), clipped to this calendar's dates."""
        return [(max(t.first_day, self.start), min(t.last_day, self.end)) for t in self.terms]

    def closed_days(self, place_id):
        """Every day in this calendar's dates the place is shut."""
        return {
            day
            for closure in self.closures
            if closure.page_id == place_id
            for day in closure_days(closure, self.start, self.end)
        }


def closure_days(closure, start, end):
    """The days of a closure between two dates."""
    day = max(closure.first_day, start)
    while day <= min(closure.until, end):
        yield day
        day += datetime.timedelta(days=1)


def upcoming_closures(place, today=None, days_ahead=60):
    """A place's closures from today for the next weeks, soonest first: for its page."""
    today = today or timezone.localdate()
    return closures_between(today, today + datetime.timedelta(days=days_ahead), [place.pk])
