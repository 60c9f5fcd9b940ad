"""Response headers that apply to every request.

The language of a page comes from its address alone (`/pl/…`): reading a page sets no cookie,
so a shared device keeps no trace of the language a family read in.
"""

from urllib.parse import urlsplit

from django.conf import settings

ADMIN_PREFIXES = ("/admin/", "/django-admin/")


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
