"""Forms that set no cookie: instead of Django's CSRF token (a cookie on every page showing the
form, and a 403 when it has gone), the browser's own word on where a form came from is checked.
For forms whose forgery could do no harm beyond what the visitor could do themselves: a
shortlist of public services, the two-year-old offer's checker."""

from functools import wraps
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST


def from_this_site(request):
    """Whether the browser says the form was sent from a page of this site. Browsers send
    Sec-Fetch-Site or Origin with every form; a request with neither (a very old browser) is
    let through, as the worst a forged one could do is change a list of public services."""
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site:
        return fetch_site in ("same-origin", "none")
    origin = request.headers.get("Origin") or request.headers.get("Referer")
    if not origin:
        return True
    parts = urlsplit(origin)
    sent_from = f"{parts.scheme}://{parts.netloc}"
    return sent_from == f"{request.scheme}://{request.get_host()}" or sent_from in settings.CSRF_TRUSTED_ORIGINS


def same_site_only(view):
    @csrf_exempt
    @require_POST
    @wraps(view)
    def checked(request, *args, **kwargs):
        if not from_this_site(request):
            return HttpResponseForbidden()
        return view(request, *args, **kwargs)

    return checked
