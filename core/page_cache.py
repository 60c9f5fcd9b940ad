"""One shared copy of each public page for visitors who carry nothing of their own.

Most families read pages without ever pressing a button, so the same few hundred pages (each
in six languages) are rendered again and again with the same result. `PageCacheMiddleware`
keeps the finished response (compressed or not, as the browser asked) in the default cache,
which production shares between every worker and server (Redis).

What is never stored or served from here:

- anything but GET and HEAD, and any address with a query string (search results, postcode
  results, filtered listings), or under the admin, the self-referral form, `/exit/`, site
  search, the shortlist, documents and the API;
- requests carrying the session cookie (an editor, a family part-way through the form) or
  the shortlist cookie: their pages show their own state, so they are rendered for them;
- responses that are not a 200 HTML page, set a cookie, read a cookie (they vary on
  `Cookie`), or say they are private or not to be stored.

Everything a page shows comes from content editors change (pages, snippets, settings). Any
such change moves one site-wide number, the generation, which is part of every key, so the
next visitor gets a fresh page. Dates matter too (What's on, a service's next session), so the
key also holds today's date, and the site alerts showing now (core/alerts.py), and entries
expire after `PAGE_CACHE_SECONDS` whatever happens.
The same generation keys other cross-request caches of content (the site, its settings,
menus): this middleware also looks up the site once for every request below it.

If the cache cannot be reached, pages are rendered as if nothing were cached.
"""

import hashlib
import logging
import re
import time

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.db import transaction
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import cc_delim_re, patch_cache_control

from core.languages import SITE_LANGUAGES
from core.page_views import MARK

logger = logging.getLogger(__name__)

GENERATION_KEY = "page-cache:generation"

# Addresses whose answer depends on who asks or on what they typed (checked after any
# language prefix).
NEVER_CACHED_PREFIXES = (
    "/admin/",
    "/django-admin/",
    "/documents/",
    "/api/",
    "/refer/",
    "/exit/",
    "/search/",
    "/services/shortlist/",
    "/healthz",
)


def state_cookies():
    """Cookies that change what a page shows, or that mean someone is signed in."""
    return (settings.SESSION_COOKIE_NAME, settings.SHORTLIST_COOKIE_NAME, settings.OFFER_CHECK_COOKIE_NAME, "messages")


_codes = "|".join(re.escape(language.code) for language in SITE_LANGUAGES)
_language_prefix = re.compile(rf"^/(?:{_codes})(?=/)")
_accepts_gzip = re.compile(r"\bgzip\b")


def enabled():
    return getattr(settings, "PAGE_CACHE_SECONDS", 0) > 0


def _cache_call(method, *args):
    try:
        return getattr(cache, method)(*args)
    except Exception:  # noqa: BLE001 - an unreachable cache must never break a page
        logger.warning("Page cache: the cache is unreachable (%s).", method)
        return None


def generation(request=None):
    """The site-wide content version: read once per request."""
    if request is not None and hasattr(request, "_content_generation"):
        return request._content_generation
    value = _cache_call("get", GENERATION_KEY)
    if value is None:
        # First use, or evicted: start from the clock, so it never repeats an old number.
        _cache_call("add", GENERATION_KEY, time.time_ns(), None)
        value = _cache_call("get", GENERATION_KEY) or 0
    if request is not None:
        request._content_generation = value
    return value


def bump(**kwargs):
    """Content changed: every cached page and piece of content becomes out of date.

    Moved at once and again when the change is committed: a page rendered in between
    (still from the old rows) must not be kept under the new number."""
    _move_generation()
    transaction.on_commit(_move_generation)


def _move_generation():
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        _cache_call("set", GENERATION_KEY, time.time_ns(), None)
    except Exception:  # noqa: BLE001
        logger.warning("Page cache: could not move the generation; pages expire on their own.")


# Content kept across requests (site settings, menus) lasts at most this long.
CONTENT_SECONDS = 600


# Memcached refuses keys over 250 characters; a long address is kept under its digest.
LONGEST_KEY_NAME = 150


def _content_key(name, request):
    if len(name) > LONGEST_KEY_NAME:
        name = "sha256:" + hashlib.sha256(name.encode("utf-8")).hexdigest()
    return f"content:{generation(request)}:{name}"


def cached_content(name, build, request=None, keep=None):
    """A value built from content every page shows (site settings, a menu), kept until
    content changes. Unlike whole pages, kept for every visitor, editors included. With
    `keep`, only values it accepts are kept."""
    key = _content_key(name, request)
    value = _cache_call("get", key)
    if value is None:
        value = build()
        if keep is None or keep(value):
            _cache_call("set", key, value, CONTENT_SECONDS)
    return value


def cached_contents(names, build_missing, request=None):
    """Many values built from content (the cards of a listing), in one round trip to the
    cache: {name: value}. `build_missing(names)` returns {name: value} for those not kept."""
    keys = {name: _content_key(name, request) for name in names}
    kept = _cache_call("get_many", list(keys.values())) or {}
    values = {name: kept[key] for name, key in keys.items() if key in kept}
    missing = [name for name in names if name not in values]
    if missing:
        built = build_missing(missing)
        _cache_call("set_many", {keys[name]: value for name, value in built.items()}, CONTENT_SECONDS)
        values.update(built)
    return values


def page_path(request):
    """The address without its language prefix."""
    return _language_prefix.sub("", request.path, count=1)


def carries_state(request):
    return "HTTP_AUTHORIZATION" in request.META or any(name in request.COOKIES for name in state_cookies())


def request_is_cacheable(request):
    if request.method not in ("GET", "HEAD") or request.META.get("QUERY_STRING"):
        return False
    if carries_state(request):
        return False
    return not page_path(request).startswith(NEVER_CACHED_PREFIXES)


def response_is_cacheable(response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if not response.get("Content-Type", "").startswith("text/html"):
        return False
    vary = {value.strip().lower() for value in cc_delim_re.split(response.get("Vary", ""))}
    if "cookie" in vary or "*" in vary:
        return False
    cache_control = response.get("Cache-Control", "").lower()
    return not any(word in cache_control for word in ("private", "no-store", "no-cache"))


def drop_language_vary(response):
    """Public pages take their language from the address alone (English at the root is
    English whatever the browser asks for), so they do not vary on Accept-Language."""
    if response.has_header("Vary"):
        kept = [v for v in cc_delim_re.split(response["Vary"]) if v.strip().lower() != "accept-language" and v]
        if kept:
            response["Vary"] = ", ".join(kept)
        else:
            del response["Vary"]


def valid_host(request):
    try:
        request.get_host()
    except DisallowedHost:
        return False  # CommonMiddleware answers it
    return True


def cache_key(request):
    from core.alerts import in_force_key

    encoding = "gzip" if _accepts_gzip.search(request.headers.get("Accept-Encoding", "")) else "identity"
    where = hashlib.sha256(f"{request.get_host()}{request.path}".encode()).hexdigest()[:32]
    # The site alerts showing are part of the key: a page kept before an alert started, or
    # while it showed, is not served once the alerts in force change.
    alerts = in_force_key(request)
    return f"page:{generation(request)}:{timezone.localdate().isoformat()}:{alerts}:{where}:{encoding}"


def remember_site(request):
    from core.fast_pages import remember_site

    remember_site(request)


def is_admin_path(path):
    return path.startswith(("/admin/", "/django-admin/"))


class PageCacheMiddleware:
    """Serves anonymous visitors the shared copy of a public page. Sits above GZipMiddleware,
    so a stored page is already compressed, and below SecurityMiddleware, so HTTPS redirects
    and HSTS still apply to every answer."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_admin_path(request.path) and valid_host(request):
            remember_site(request)
        if not enabled() or not request_is_cacheable(request):
            response = self.get_response(request)
            if carries_state(request) and not response.has_header("Cache-Control"):
                # Rendered for this visitor (their shortlist, an editor's bar): no shared
                # cache or proxy may keep it for the next one.
                patch_cache_control(response, private=True)
            return response
        key = cache_key(request)
        stored = _cache_call("get", key)
        if stored is not None:
            return self.rebuild(stored)
        response = self.get_response(request)
        if response_is_cacheable(response):
            drop_language_vary(response)
            if request.method == "GET":
                _cache_call("set", key, self.freeze(response), settings.PAGE_CACHE_SECONDS)
            response["X-Page-Cache"] = "miss"
        return response

    @staticmethod
    def freeze(response):
        # With the page's mark for counting its views (core/page_views.py): a page served from
        # here is read as much as one just rendered.
        return (response.status_code, list(response.items()), response.content, getattr(response, MARK, None))

    @staticmethod
    def rebuild(stored):
        status, headers, content, *marked = stored
        response = HttpResponse(content, status=status)
        for name, value in headers:
            response[name] = value
        response["X-Page-Cache"] = "hit"
        if marked and marked[0]:
            setattr(response, MARK, marked[0])
        return response


def content_changed(sender, **kwargs):
    """Signal receiver: an editor (or an import) changed something pages show."""
    if shows_on_pages(sender, kwargs):
        bump()


# Rows written while families read or send forms, or by Wagtail as pages render: these
# never change what a public page shows.
_IGNORED_MODELS = {
    "directory.unmetsearch",
    "directory.unmetsearchcount",
    "directory.serviceview",
    "hubs.championinterest",
    "wagtailimages.rendition",
}
_WAGTAIL_CONTENT_MODELS = {
    "wagtailcore.page",
    "wagtailcore.site",
    "wagtailcore.locale",
    "wagtailcore.pageviewrestriction",
    "wagtailcore.collection",
    "wagtailcore.collectionviewrestriction",
    "wagtailimages.image",
    "wagtaildocs.document",
}
_CONTENT_APPS = {"core", "pages", "directory", "hubs", "childcare"}


def shows_on_pages(model, kwargs=None):
    if kwargs and kwargs.get("raw"):
        return False
    meta = getattr(model, "_meta", None)
    if meta is None:
        return False
    label = meta.label_lower
    if label in _IGNORED_MODELS:
        return False
    if label in _WAGTAIL_CONTENT_MODELS or meta.app_label in _CONTENT_APPS:
        return True
    # A many-to-many table between content (a hub's facilities, a service's needs).
    auto_created = getattr(meta, "auto_created", False)
    return bool(auto_created) and shows_on_pages(auto_created)


def _m2m_changed(sender, instance, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear") and (
        shows_on_pages(sender) or shows_on_pages(instance.__class__)
    ):
        bump()


def connect_signals():
    from django.db.models.signals import m2m_changed, post_delete, post_save
    from wagtail.signals import page_published, page_unpublished, post_page_move

    post_save.connect(content_changed, dispatch_uid="page-cache-saved")
    post_delete.connect(content_changed, dispatch_uid="page-cache-deleted")
    m2m_changed.connect(_m2m_changed, dispatch_uid="page-cache-linked")
    page_published.connect(bump, dispatch_uid="page-cache-published")
    page_unpublished.connect(bump, dispatch_uid="page-cache-unpublished")
    post_page_move.connect(bump, dispatch_uid="page-cache-moved")
