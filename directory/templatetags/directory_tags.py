"""What the directory lends other pages: a hub page's "What's on" and services list."""

from django import template

from core.fast_pages import first_live
from directory import whats_on
from directory.models import ScheduleKind, ServicePage

register = template.Library()


@register.inclusion_tag("components/whats_on_place.html", takes_context=True)
def whats_on_for(context, place):
    """This week's and next week's sessions at a hub (and its outreach bases) or a base."""
    return {
        "place": place,
        "days": whats_on.this_week_and_next(place.place_ids()),
        "request": context.get("request"),
        "is_hub": place.specific_class.__name__ == "HubPage",
    }


@register.simple_tag
def services_at(place):
    """Live services with a session or appointments at a place."""
    return ServicePage.objects.live().filter(schedules__place=place).distinct().order_by("title")


@register.inclusion_tag("components/regular_sessions.html")
def regular_sessions_for(place):
    """Weekly and monthly sessions at a hub and its outreach bases, by day: for printed leaflets."""
    schedules = [
        schedule
        for schedule in whats_on.timed_schedules(place.place_ids())
        if schedule.kind in {ScheduleKind.WEEKLY, ScheduleKind.MONTHLY} and schedule.weekday is not None
    ]
    schedules.sort(key=lambda schedule: (schedule.weekday, schedule.starts_at))
    return {"schedules": schedules, "place": place}


@register.simple_tag
def need_routes():
    """Every broad need with the address of its filtered service listing."""
    from urllib.parse import urlencode

    from directory.models import Need, ServiceIndexPage

    listing = first_live(ServiceIndexPage)
    if listing is None:
        return []
    return [
        (need, f"{listing.url}?{urlencode({'need': need.slug})}") for need in Need.objects.filter(parent__isnull=True)
    ]
