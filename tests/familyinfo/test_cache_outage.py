"""When Redis is down the site still serves families; only /healthz says so.

The production cache settings, pointed at a port where nothing listens: every cache call
fails as it would in an outage, with no Redis server needed to run these tests.
"""

import json
import logging
import os
import subprocess
import sys

import pytest
from django.core.cache import cache
from django.test import override_settings

from familyinfo import cache_backends, health
from hubs.models import ChampionInterest
from referrals.models import Referral
from tests.familyinfo.test_settings import PRODUCTION, ROOT
from tests.hubs.test_champions import JOIN_URL, valid_form
from tests.referrals.journey import fill_in, state_of

pytestmark = pytest.mark.django_db

# Nothing listens on port 1.
CLOSED_PORT = "redis://127.0.0.1:1/0"
READ_CACHES = (
    "import django, json; django.setup(); from django.conf import settings; print(json.dumps(settings.CACHES))"
)


@pytest.fixture(scope="module")
def production_caches():
    """The cache settings production builds from its environment, with REDIS_URL at a closed port."""
    result = subprocess.run(
        [sys.executable, "-c", READ_CACHES],
        cwd=ROOT,
        env={
            **{key: value for key, value in os.environ.items() if not key.startswith(("REDIS_", "SENTRY_"))},
            **PRODUCTION,
            "REDIS_URL": CLOSED_PORT,
            "DJANGO_SETTINGS_MODULE": "familyinfo.settings.production",
        },
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    caches = json.loads(result.stdout.strip().splitlines()[-1])
    assert caches["default"]["LOCATION"] == CLOSED_PORT
    return caches


@pytest.fixture(autouse=True)
def redis_down(production_caches):
    """Production's cache with Redis unreachable, and the page cache on as in production."""
    health._last_state["healthy"] = True
    cache_backends._down_since.clear()
    with override_settings(CACHES=production_caches, PAGE_CACHE_SECONDS=600):
        yield
    health._last_state["healthy"] = True
    cache_backends._down_since.clear()


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/pl/",
        "/services/",
        "/services/stay-and-play/",
        "/services/?need=domestic-abuse",
        "/search/?q=scared+of+my+partner",
        "/what-is-early-help/",
        JOIN_URL,
    ],
)
def test_pages_are_served_while_redis_is_down(client, demo_site, path):
    response = client.get(path)
    assert response.status_code == 200
    # Nothing could be stored, so nothing was served from the cache.
    assert response.get("X-Page-Cache") != "hit"


def test_safety_answers_still_show_while_redis_is_down(client, demo_site):
    response = client.get("/search/?q=scared+of+my+partner")
    assert response.status_code == 200
    assert "domestic abuse" in response.content.decode().lower()


def test_a_family_can_start_and_send_a_self_referral_while_redis_is_down(client, demo_site):
    start = client.get("/refer/")
    assert start.status_code == 200
    first = client.get("/refer/about-you/")
    assert first.status_code == 200
    step = client.post("/refer/about-you/", {"full_name": "Zofia", "relationship": "parent", "state": state_of(first)})
    assert step.status_code == 302
    assert step["Location"] == "/refer/contact/"
    # The whole form, sent: the rate limit lets the family through rather than refuse it.
    check = fill_in(client)
    sent = client.post("/refer/check/", {"state": state_of(check)})
    assert sent.status_code == 302
    assert sent["Location"] == "/refer/sent/"
    assert Referral.objects.count() == 1


def test_a_parent_can_offer_to_be_a_champion_while_redis_is_down(client, demo_site):
    before = ChampionInterest.objects.count()  # the demo's made-up people
    response = client.post(JOIN_URL, valid_form())
    assert response.status_code == 302
    assert ChampionInterest.objects.count() == before + 1


def test_health_check_still_reports_the_cache_down(client):
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["cache"] == "unreachable"


def test_an_outage_is_logged_once_without_keys_or_values(demo_site, caplog):
    with caplog.at_level(logging.WARNING, logger="familyinfo.cache_backends"):
        assert cache.get("secret-key-name", "fallback") == "fallback"
        assert cache.set("secret-key-name", "secret value") is False
        assert cache.add("secret-key-name", "secret value") is False
        assert cache.get_many(["secret-key-name"]) == {}
        assert cache.has_key("secret-key-name") is False
        with pytest.raises(ValueError):
            cache.incr("secret-key-name")
        cache.delete("secret-key-name")
    warnings = [record for record in caplog.records if record.name == "familyinfo.cache_backends"]
    assert len(warnings) == 1
    assert "secret" not in caplog.text


def test_after_a_failure_redis_is_left_alone_for_a_moment_then_tried_again(monkeypatch, caplog):
    """A Redis that hangs costs one request a short timeout, not every cache call of every page."""
    assert cache.get("menu") is None
    asked = []

    def redis_answers(client, key, default):
        asked.append(key)
        return default

    monkeypatch.setattr(type(cache._cache), "get", redis_answers)
    for _ in range(3):
        assert cache.get("menu", "fallback") == "fallback"
    assert asked == []
    # Once the pause is over, Redis is asked again; that it answers is logged once.
    monkeypatch.setattr(cache_backends, "RETRY_SECONDS", 0)
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="familyinfo.cache_backends"):
        cache.get("menu")
        cache.get("menu")
    assert len(asked) == 2
    assert [record.getMessage() for record in caplog.records] == ["The shared cache (Redis) answers again."]
