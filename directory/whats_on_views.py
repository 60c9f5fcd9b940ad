"""The city's timetable of sessions, and a calendar feed per hub."""

import datetime

from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from core.typed_text import whole_number
from directory import whats_on
from directory.selectors import DAYS
from hubs.closures import PlaceCalendar, closure_days
from hubs.models import HubEventPage, HubPage

DAYS_SHOWN = 14


@require_GET
def timetable(request):
    """/whats-on/: every session in the next two weeks, filterable by day, age and hub."""
    errors = {}
    age = request.GET.get("age", "").strip()
    day = request.GET.get("day", "").strip().lower()
    hub_slug = request.GET.get("hub", "")
    if age and whole_number(age, 25) is None:
        errors["age"] = _("Enter an age from 0 to 25, like 2.")
    hubs = HubPage.objects.live().select_related("locality").order_by("locality__number")
    hub = hubs.filter(slug=hub_slug).first() if hub_slug else None
    place_ids = None
    if hub:
        place_ids = hub.place_ids()
    today = timezone.localdate()
    last = today + datetime.timedelta(days=DAYS_SHOWN - 1)
    weekday = DAYS.index(day) if day in DAYS else None
    calendar = PlaceCalendar.load(today, last, place_ids)
    found = whats_on.sessions_between(
        today,
        last,
        place_ids=place_ids,
        age=whole_number(age, 25) if age and "age" not in errors else None,
        weekday=weekday,
        calendar=calendar,
    )
    # Closures are news whatever the filters, except a day filter they fall outside of.
    closures = [
        closure
        for closure in calendar.closures
        if weekday is None or any(day.weekday() == weekday for day in closure_days(closure, today, last))
    ]
    return TemplateResponse(
        request,
        "directory/whats_on.html",
        {
            "days": whats_on.group_by_date(found, closures, today),
            "hubs": hubs,
            "chosen": {"age": age, "day": day, "hub": hub_slug},
            "errors": errors,
            "day_choices": list(
                zip(
                    DAYS,
                    [_("Monday"), _("Tuesday"), _("Wednesday"), _("Thursday"), _("Friday"), _("Saturday"), _("Sunday")],
                    strict=True,
                )
            ),
        },
        status=400 if errors else 200,  # bad input, answered with the page and its message
    )


@require_GET
def hub_calendar(request, slug):
    """An iCalendar feed of a hub's sessions (and its outreach bases'), to add to a phone."""
    hub = HubPage.objects.live().filter(slug=slug).first()
    if hub is None:
        raise Http404
    place_ids = hub.place_ids()
    events = HubEventPage.with_venues(HubEventPage.objects.live().filter(place_id__in=place_ids))
    body = whats_on.calendar(
        hub.title, whats_on.timed_schedules(place_ids), events, request.build_absolute_uri("/").rstrip("/")
    )
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{slug}.ics"'
    return response
