"""A shortlist of services to share, print or copy, without an account.

The list lives in one cookie of service numbers; a shared link carries the numbers in the
address. Nothing about the person is stored anywhere.
"""

from django.conf import settings
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_POST

from directory.models import ServicePage
from directory.views import MAX_SHORTLIST, SHORTLIST_COOKIE, shortlist_ids

COOKIE_AGE = 60 * 60 * 24 * 90


def safe_next(request, fallback):
    target = request.POST.get("next") or request.GET.get("next") or fallback
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return target
    return fallback


def _store(response, ids):
    if ids:
        response.set_cookie(
            SHORTLIST_COOKIE,
            ",".join(str(pk) for pk in ids[:MAX_SHORTLIST]),
            max_age=COOKIE_AGE,
            samesite="Lax",
            secure=getattr(settings, "SESSION_COOKIE_SECURE", False),
            httponly=True,
        )
    else:
        response.delete_cookie(SHORTLIST_COOKIE)
    return response


@require_POST
def add(request):
    ids = shortlist_ids(request)
    service_id = request.POST.get("service", "")
    if service_id.isdigit() and ServicePage.objects.live().filter(pk=int(service_id)).exists():
        if int(service_id) not in ids:
            ids.append(int(service_id))
    return _store(HttpResponseRedirect(safe_next(request, request.path)), ids)


@require_POST
def remove(request):
    service_id = request.POST.get("service", "")
    ids = [pk for pk in shortlist_ids(request) if str(pk) != service_id]
    return _store(HttpResponseRedirect(safe_next(request, request.path)), ids)


@require_POST
def keep_shared(request):
    """Save a list someone shared as your own shortlist."""
    ids = shortlist_ids(request, request.POST.get("ids", ""))
    return _store(HttpResponseRedirect(safe_next(request, request.path)), ids)


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
    return TemplateResponse(
        request,
        "directory/shortlist.html",
        {
            "services": ordered,
            "shared": shared,
            "share_url": request.build_absolute_uri(share_path) if share_path else "",
            "shortlist_ids": shortlist_ids(request),
        },
    )
