"""Counting how often pages are read, on the server, for the Insight area ("most-viewed services").

Nothing about the reader is kept or even looked at beyond the request itself: no cookie is set or
read, no address, and the count is per month and language of the site. A page that wants counting
marks its response (`mark_for_counting`); the shared page cache keeps the mark with its copy, so a
page served from the cache is counted like one just rendered. This middleware, above the page
cache, then sends `page_viewed` for the app that keeps the count (one UPDATE of a counter).

Not counted: anything but a GET answered 200 (HEAD requests included), the admin (and so its
previews), a browser fetching a page ahead in case it is wanted (prefetch), and robots.
"""

import logging
import re

from django.dispatch import Signal

logger = logging.getLogger(__name__)

# Sent with kind (such as "directory.servicepage"), object_id and language.
page_viewed = Signal()

MARK = "counted_page_view"

# Crawlers, link previews, monitors and scripts name themselves: none of them is a reader. A
# request that names nothing at all is a script too.
ROBOTS = re.compile(
    r"bot|crawl|spider|slurp|archiv|facebookexternalhit|embedly|preview|monitor|uptime|pingdom|lighthouse|"
    r"headless|phantom|curl|wget|python|httpclient|okhttp|java/|go-http|libwww|scrapy|feed",
    re.IGNORECASE,
)


def mark_for_counting(response, kind, object_id, language):
    setattr(response, MARK, (kind, object_id, language))
    return response


def is_robot(user_agent):
    return not user_agent or bool(ROBOTS.search(user_agent))


def is_prefetch(request):
    purpose = request.headers.get("Sec-Purpose", "") or request.headers.get("Purpose", "")
    return "prefetch" in purpose.lower() or request.headers.get("X-Moz", "").lower() == "prefetch"


def should_count(request, response):
    return (
        request.method == "GET"
        and response.status_code == 200
        and not request.path.startswith(("/admin/", "/django-admin/"))
        and not is_robot(request.headers.get("User-Agent", ""))
        and not is_prefetch(request)
    )


class PageViewCountMiddleware:
    """Counts the marked pages families read. Sits above the page cache, so cached copies count."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        marked = getattr(response, MARK, None)
        if marked and should_count(request, response):
            kind, object_id, language = marked
            try:
                page_viewed.send(sender=None, kind=kind, object_id=object_id, language=language)
            except Exception:  # noqa: BLE001 - a count must never cost a family their page
                logger.warning("Page views: a view of %s could not be counted.", kind)
        return response
