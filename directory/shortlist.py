"""A shortlist of services and childcare providers to share, print or copy, without an account.

The list lives in one cookie, "<time changed>:<entries>", kept only while the browser is open
and at most a day after the last change (see SHORTLIST_HOURS); a shared link carries the same
entries in the address (?ids=). An entry is a service's number ("12") or a childcare
provider's number after a "c" ("c5"): "12,34,c5". Lists made before providers could be added
hold service numbers only, and read as they always did. Nothing about the person is stored
anywhere. "Clear shortlist" and "Exit this page" delete it.

The buttons are forms without Django's CSRF token, which would set a cookie on every page
showing one: the browser's own word on where a form came from is checked instead
(core/same_site.py).
"""

import time
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.http import require_GET

from childcare.finder_views import provider_urls
from childcare.models import ChildcareProvider
from core.same_site import same_site_only
from directory.models import ServicePage
from directory.views import (
    MAX_SHORTLIST,
    SHORTLIST_COOKIE,
    SHORTLIST_HOURS,
    Shortlist,
    provider_number,
    service_number,
    shortlist_for,
)


def safe_next(request):
    """Where to go after a button: a path on this site, with the result's #fragment so the
    family lands back on the service they pressed it for; the shortlist otherwise."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    parts = urlsplit(target)
    if (
        target.startswith("/")
        and not target.startswith("//")
        and not parts.scheme
        and not parts.netloc
        and not any(ord(char) < 33 or char == "\\" for char in target)
    ):
        return target
    return reverse("shortlist")


def _store(response, shortlist):
    if shortlist:
        # No max_age: the cookie ends with the browser session. The time in it lets the
        # site forget a list left alone for SHORTLIST_HOURS.
        response.set_cookie(
            SHORTLIST_COOKIE,
            f"{int(time.time())}:{shortlist.entries()}",
            samesite="Lax",
            secure=getattr(settings, "SESSION_COOKIE_SECURE", False),
            httponly=True,
        )
    else:
        response.delete_cookie(SHORTLIST_COOKIE, samesite="Lax")
    return response


def _pressed(request):
    """What a button is for: ("service", number) or ("provider", number); a number that
    cannot be one is None."""
    if "provider" in request.POST:
        return "provider", provider_number(request.POST.get("provider"))
    return "service", service_number(request.POST.get("service"))


@same_site_only
def add(request):
    current = shortlist_for(request)
    shortlist = Shortlist(list(current.services), list(current.providers))
    kind, number = _pressed(request)
    if number is not None and len(shortlist) < MAX_SHORTLIST:
        if kind == "provider":
            if number not in shortlist.providers and ChildcareProvider.objects.listed().filter(pk=number).exists():
                shortlist.providers.append(number)
        elif number not in shortlist.services and ServicePage.objects.live().filter(pk=number).exists():
            shortlist.services.append(number)
    return _store(HttpResponseRedirect(safe_next(request)), shortlist)


@same_site_only
def remove(request):
    current = shortlist_for(request)
    kind, number = _pressed(request)
    shortlist = Shortlist(
        [pk for pk in current.services if kind != "service" or pk != number],
        [pk for pk in current.providers if kind != "provider" or pk != number],
    )
    return _store(HttpResponseRedirect(safe_next(request)), shortlist)


@same_site_only
def clear(request):
    """Clear shortlist: forget everything on it."""
    return _store(HttpResponseRedirect(safe_next(request)), Shortlist())


@same_site_only
def keep_shared(request):
    """Save a list someone shared as your own shortlist."""
    return _store(HttpResponseRedirect(safe_next(request)), shortlist_for(request, request.POST.get("ids", "")))


@require_GET
def show(request):
    """Your shortlist, or one shared with you by link (?ids=12,34,c5)."""
    shared = "ids" in request.GET
    wanted = shortlist_for(request, request.GET["ids"]) if shared else shortlist_for(request)
    services = {
        page.pk: page
        for page in ServicePage.objects.live()
        .filter(pk__in=wanted.services)
        .select_related("level", "organisation")
        .prefetch_related("schedules")
    }
    providers = {
        provider.pk: provider for provider in ChildcareProvider.objects.listed().filter(pk__in=wanted.providers)
    }
    shown = Shortlist(
        [pk for pk in wanted.services if pk in services], [pk for pk in wanted.providers if pk in providers]
    )
    share_path = f"{request.path}?ids={shown.entries()}" if shown else ""
    response = TemplateResponse(
        request,
        "directory/shortlist.html",
        {
            "services": [services[pk] for pk in shown.services],
            "providers": provider_urls([providers[pk] for pk in shown.providers], request),
            "shared": shared,
            "share_entries": shown.entries(),
            "share_url": request.build_absolute_uri(share_path) if share_path else "",
            "shortlist_ids": shortlist_for(request).services,
            "visitor_shortlist": shortlist_for(request),
            "shortlist_hours": SHORTLIST_HOURS,
        },
    )
    if SHORTLIST_COOKIE in request.COOKIES and not shortlist_for(request):
        # Out of date, or not one this site wrote: dropped rather than carried around.
        response.delete_cookie(SHORTLIST_COOKIE, samesite="Lax")
    return response
