"""A first visit is light for a phone on a slow or pay-as-you-go connection: the home page's
HTML, stylesheet and scripts together weigh at most 50 KB as sent (compressed)."""

import gzip
import re

import pytest
from django.conf import settings as django_settings
from django.test import Client

pytestmark = pytest.mark.django_db

FIRST_VISIT_BUDGET = 50 * 1024


def assets_of(html):
    return re.findall(r'<link rel="stylesheet" href="([^"]+)"', html) + re.findall(r'<script[^>]* src="([^"]+)"', html)


@pytest.mark.parametrize("prefix", ["", "/ar"])
def test_a_first_visit_weighs_at_most_50_kb_compressed(demo_site, prefix):
    client = Client()
    page = client.get(f"{prefix}/", HTTP_ACCEPT_ENCODING="gzip")
    assert page["Content-Encoding"] == "gzip"
    html = gzip.decompress(page.content).decode()
    assets = assets_of(html)
    assert any(path.endswith(".css") for path in assets) and any(path.endswith(".js") for path in assets)
    sizes = {"html": len(page.content)}
    for path in assets:
        response = client.get(path)
        assert response.status_code == 200, path
        body = b"".join(response.streaming_content) if response.streaming else response.content
        # WhiteNoise sends the gzip copy made when static files are collected (level 9).
        sizes[path] = len(gzip.compress(body, compresslevel=9))
    assert sum(sizes.values()) <= FIRST_VISIT_BUDGET, sizes


def test_static_files_are_collected_with_compressed_copies():
    """Production keeps a compressed copy of every stylesheet and script beside it."""
    from familyinfo.settings import base

    assert base.STORAGES["staticfiles"]["BACKEND"] == "whitenoise.storage.CompressedManifestStaticFilesStorage"
    assert "whitenoise.middleware.WhiteNoiseMiddleware" in django_settings.MIDDLEWARE


def test_html_is_compressed_after_the_page_is_built():
    """GZip sits below the page cache (which keeps the compressed copy) and above every
    middleware that writes the page."""
    middleware = django_settings.MIDDLEWARE
    gzip_at = middleware.index("django.middleware.gzip.GZipMiddleware")
    assert middleware.index("core.page_cache.PageCacheMiddleware") == gzip_at - 1
    assert middleware.index("whitenoise.middleware.WhiteNoiseMiddleware") < gzip_at
    assert gzip_at < middleware.index("familyinfo.middleware.SecurityHeadersMiddleware")
