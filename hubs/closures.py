"""The exceptions to a regular timetable, read once for a stretch of days: which places are
shut on which days, and which days are school days. directory/schedules.py asks this whether a
session happens; the hub page asks it what to say under the opening hours."""

import datetime
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils import timezone
from wagtail.models import Page

from hubs.models import HubClosure, OutreachBaseClosure, SchoolTerm

CLOSURE_MODELS = (HubClosure, OutreachBaseClosure)


def closures_between(start, end, place_ids=None):
    """Closures overlapping [start, end], at the given places (all places if None), by first day.

    Hubs' and outreach bases' closures share their columns, so both come in one query (as
    HubClosure rows: only the page they belong to differs), then their pages in one more if
    any were found: a service page is built within its budget of queries."""
    overlapping = Q(first_day__lte=end) & (Q(last_day__gte=start) | Q(last_day__isnull=True, first_day__gte=start))
    if place_ids is not None:
        overlapping &= Q(page_id__in=list(place_ids))
    hub_rows, base_rows = (model.objects.filter(overlapping, page__live=True).order_by() for model in CLOSURE_MODELS)
    found = list(hub_rows.union(base_rows, all=True))
    if found:
        pages = Page.objects.in_bulk({closure.page_id for closure in found})
        for closure in found:
            closure.place = pages[closure.page_id]  # the hub or outreach base, as a plain page
    return sorted(found, key=lambda closure: (closure.first_day, closure.page_id))


def terms_between(start, end):
    return list(SchoolTerm.objects.filter(first_day__lte=end, last_day__gte=start).order_by("first_day"))


@dataclass
class PlaceCalendar:
    """Closures and school terms between two dates. Closures are read at once; the terms
    only when a term-time session asks (most pages have none)."""

    start: datetime.date
    end: datetime.date
    closures: list = field(default_factory=list)
    terms: list | None = None

    @classmethod
    def load(cls, start, end, place_ids=None):
        return cls(start, end, closures_between(start, end, place_ids))

    def school_terms(self):
        if self.terms is None:
            self.terms = terms_between(self.start, self.end)
        return self.terms

    def closure_on(self, place_id, day):
        """The closure shutting the place on that day, or None."""
        if place_id is None:
            return None
        return next((c for c in self.closures if c.page_id == place_id and c.covers(day)), None)

    def in_term(self, day):
        return any(term.first_day <= day <= term.last_day for term in self.school_terms())

    def term_periods(self):
        """The school terms as (first day, last day), clipped to this calendar's dates."""
        return [(max(t.first_day, self.start), min(t.last_day, self.end)) for t in self.school_terms()]

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
