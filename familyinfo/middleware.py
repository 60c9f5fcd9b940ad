"""Response headers that apply to every request.

The language of a page comes from its address alone (`/pl/…`): reading a page sets no cookie,
so a shared device keeps no trace of the language a family read in.
"""

import time
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.utils.translation import ngettext

ADMIN_PREFIXES = ("/admin/", "/django-admin/")
# Wagtail's page editor asks the server every few seconds who else is editing.
EDITOR_PING_PREFIX = "/admin/editing-sessions/ping/"


def tile_origin():
    """The map tile server: the only other site a page may load from, and only on request."""
    parts = urlsplit(settings.MAP_TILE_URL.replace("{s}", "*"))
    return f"{parts.scheme}://{parts.netloc}" if parts.netloc else ""


# The public site runs no inline script and loads nothing from elsewhere, except map tiles
# after a visitor asks for a map: a page seen on a watched device leaves no trace elsewhere.
PUBLIC_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        f"img-src 'self' data: {tile_origin()}".strip(),
        "font-src 'self'",
        "connect-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'self'",
        "object-src 'none'",
    ]
)

# Wagtail's admin still uses inline styles and scripts, and frames its own previews.
ADMIN_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'self'",
        "base-uri 'self'",
        "object-src 'none'",
    ]
)

_DENIED_FEATURES = ("accelerometer", "camera", "microphone", "payment", "usb", "gyroscope", "magnetometer")
# Geolocation stays available to this site alone, for "use my location".
PERMISSIONS_POLICY = ", ".join([f"{feature}=()" for feature in _DENIED_FEATURES] + ["geolocation=(self)"])


def is_admin_path(path):
    return path.startswith(ADMIN_PREFIXES)


class SecurityHeadersMiddleware:
    """Content-Security-Policy, Permissions-Policy and framing rules for every response."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        admin = is_admin_path(request.path)
        response.setdefault("Content-Security-Policy", ADMIN_POLICY if admin else PUBLIC_POLICY)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        # Admin previews are framed by the admin itself; nothing else may frame any page.
        response["X-Frame-Options"] = "SAMEORIGIN" if admin else "DENY"
        return response


class AdminIdleTimeoutMiddleware:
    """Signs out a signed-in user (an editor, a desk worker with referrals open) after
    `ADMIN_IDLE_MINUTES` without activity, so an admin left open on an unattended desk closes
    itself. Self-referral drafts have their own idle timeout (referrals/drafts.py).

    Only requests that carry a session cookie are looked at: reading the session of a
    visitor without one would make every public page vary on cookies. The page editor's
    background pings count as activity only while it holds unsaved changes, so an open tab
    does not keep a session alive forever, and someone writing a long page is not signed out
    before saving.
    """

    SESSION_KEY = "admin_last_seen"
    # The time of last activity is written at most once a minute, not on every request.
    RESOLUTION_SECONDS = 60

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.SESSION_COOKIE_NAME in request.COOKIES and request.user.is_authenticated:
            self.check(request)
        return self.get_response(request)

    def check(self, request):
        now = time.time()
        last_seen = request.session.get(self.SESSION_KEY)
        idle_limit = settings.ADMIN_IDLE_MINUTES * 60
        if isinstance(last_seen, (int, float)) and now - last_seen > idle_limit:
            logout(request)
            messages.info(
                request,
                ngettext(
                    "You were signed out after %(minutes)s minute without activity. Sign in again to carry on.",
                    "You were signed out after %(minutes)s minutes without activity. Sign in again to carry on.",
                    settings.ADMIN_IDLE_MINUTES,
                )
                % {"minutes": settings.ADMIN_IDLE_MINUTES},
            )
            return
        stale = not isinstance(last_seen, (int, float)) or now - last_seen >= self.RESOLUTION_SECONDS
        if stale and (last_seen is None or is_activity(request)):
            request.session[self.SESSION_KEY] = now


def is_activity(request):
    """Whether a request was made by the person rather than by a page left open."""
    if request.path.startswith(EDITOR_PING_PREFIX):
        return bool(request.POST.get("is_editing"))
    return True
