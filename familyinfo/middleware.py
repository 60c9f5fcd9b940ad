"""Response headers and language handling that apply to every request."""

from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpResponseRedirect
from django.utils import translation
from django.utils.cache import patch_vary_headers

from familyinfo.language_urls import CHOOSE_LANGUAGE_PARAM, path_in_language, without_choice_param
from translations.languages import LANGUAGES_BY_CODE, SOURCE_LANGUAGE

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


class RememberedLanguageMiddleware:
    """Remember the language a visitor reads in, and reopen English addresses in it.

    English addresses have no prefix, so without this a bookmark or a link shared by a
    parent champion would always open in English. The choice is one functional cookie: no
    account and no tracking. Reading a page in a language chooses it; the switcher's English
    link carries `?lang=en` to choose English.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not self._applies_to(request):
            return self.get_response(request)

        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        path_language = translation.get_language_from_path(request.path_info)

        if request.GET.get(CHOOSE_LANGUAGE_PARAM) == SOURCE_LANGUAGE and not path_language:
            response = HttpResponseRedirect(without_choice_param(request.get_full_path()))
            self._remember(response, SOURCE_LANGUAGE)
            return response

        if not path_language and chosen in LANGUAGES_BY_CODE and chosen != SOURCE_LANGUAGE:
            target = path_in_language(request.get_full_path(), chosen)
            if target != request.get_full_path():
                response = HttpResponseRedirect(target)
                patch_vary_headers(response, ("Cookie",))
                return response

        response = self.get_response(request)
        patch_vary_headers(response, ("Cookie",))
        if path_language and path_language != chosen and response.status_code == 200:
            self._remember(response, path_language)
        return response

    def _applies_to(self, request):
        excluded = ADMIN_PREFIXES + (settings.STATIC_URL, settings.MEDIA_URL, "/documents/")
        return request.method in ("GET", "HEAD") and not request.path_info.startswith(excluded)

    def _remember(self, response, code):
        response.set_cookie(
            settings.LANGUAGE_COOKIE_NAME,
            code,
            max_age=settings.LANGUAGE_COOKIE_AGE,
            samesite=settings.LANGUAGE_COOKIE_SAMESITE,
            secure=getattr(settings, "LANGUAGE_COOKIE_SECURE", False),
            httponly=True,
        )
