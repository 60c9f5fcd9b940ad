"""The site's addresses plus the yardstick for bench/bench_load.py: a trivial page of 1 KB
that goes through every middleware of the site. Only the load benchmark uses this module."""

from django.http import HttpResponse
from django.urls import path

from familyinfo.urls import handler500  # noqa: F401
from familyinfo.urls import urlpatterns as site_urlpatterns

YARDSTICK_HTML = "<!DOCTYPE html><title>Yardstick</title><p>" + "Family information. " * 49 + "</p>"


def yardstick(request):
    """1 KB of HTML from no database and no template. Marked private so the page cache never
    keeps it: it pays for every middleware on every request, as an uncached page does."""
    response = HttpResponse(YARDSTICK_HTML)
    response["Cache-Control"] = "private"
    return response


urlpatterns = [path("bench/yardstick/", yardstick), *site_urlpatterns]
