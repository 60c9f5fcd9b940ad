"""A shortlist of services to share, print or copy, without an account.

The list lives in one cookie of service numbers, kept only while the browser is open and at
most a day after the last change (see SHORTLIST_HOURS); a shared link carries the numbers in
the address. Nothing about the person is stored anywhere. "Clear shortlist" and "Exit this
page" delete it.

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

from core.same_site import same_site_only
from directory.models import ServicePage
from directory.views import MAX_SHORTLIST, SHORTLIST_COOKIE, SHORTLIST_HOURS, service_number, shortlist_ids


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


def _store(response, ids):
    if ids:
        # No max_age: the cookie ends with the browser session. The time in it lets the
        # site forget a list left alone for SHORTLIST_HOURS.
        response.set_cookie(
            SHORTLIST_COOKIE,
            f"{int(time.time())}:{','.join(str(pk) for pk in ids[:MAX_SHORTLIST])}",
            samesite="Lax",
            secure=getattr(settings, "SESSION_COOKIE_SECURE", False),
            httponly=True,
        )
    else:
        response.delete_cookie(SHORTLIST_COOKIE, samesite="Lax")
    return response


@same_site_only
def add(request):
    ids = shortlist_ids(request)
    service_id = service_number(request.POST.get("service"))
    if service_id is not None and ServicePage.objects.live().filter(pk=service_id).exists():
        if service_id not in ids:
            ids.append(service_id)
    return _store(HttpResponseRedirect(safe_next(request)), ids)


@same_site_only
def remove(request):
    service_id = service_number(request.POST.get("service"))
    ids = [pk for pk in shortlist_ids(request) if pk != service_id]
    return _store(HttpResponseRedirect(safe_next(request)), ids)


@same_site_only
def clear(request):
    """Clear shortlist: forget every service on it."""
    return _store(HttpResponseRedirect(safe_next(request)), [])


@same_site_only
def keep_shared(request):
    """Save a list someone shared as your own shortlist."""
    ids = shortlist_ids(request, request.POST.get("ids", ""))
    return _store(HttpResponseRedirect(safe_next(request)), ids)


@require_GET
def show(request):
    """Your shortlist, or one shared with you by link (?ids=12,34)."""
    shared = "ids" in request.GET
    ids = shortlist_ids(request, request.GET["ids"]) if shared else shortlist_ids(request)
    services = {
        page.pk: page
        for page in ServicePage.objects.live()
        .filter(pk__in=ids)
        .select_related("level", "organisation")
        .prefetch_related("schedules")
    }
    ordered = [services[pk] for pk in ids if pk in services]
    share_path = f"{request.path}?ids={','.join(str(page.pk) for page in ordered)}" if ordered else ""
    response = TemplateResponse(
        request,
        "directory/shortlist.html",
        {
            "services": ordered,
            "shared": shared,
            "share_url": request.build_absolute_uri(share_path) if share_path else "",
            "shortlist_ids": shortlist_ids(request),
            "shortlist_hours": SHORTLIST_HOURS,
        },
    )
    if SHORTLIST_COOKIE in request.COOKIES and not shortlist_ids(request):
        # Out of date, or not one this site wrote: dropped rather than carried around.
        response.delete_cookie(SHORTLIST_COOKIE, samesite="Lax")
    return response
