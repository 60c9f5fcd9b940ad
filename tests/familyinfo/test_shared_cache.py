"""The shared cache against a real Redis server, as production runs it: several workers see
one count. `make pytest-redis` starts a private server and runs only these tests with it."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.cache import cache
from django.test import Client

from core import rate_limits
from referrals.models import Referral
from tests.referrals.journey import fill_in, state_of

pytestmark = [pytest.mark.redis, pytest.mark.django_db]

ROOT = Path(__file__).resolve().parents[2]
# The production settings' own key prefix, so another worker started with them finds the
# same keys.
KEY_PREFIX = "familyinfo"


@pytest.fixture
def redis_url():
    url = os.environ.get("REDIS_URL")
    if not url:
        if os.environ.get("CI") == "true":
            pytest.fail("CI must test the shared cache: REDIS_URL is not set (see scripts/ensure-redis.sh).")
        pytest.skip("No Redis server: set REDIS_URL, or run `make pytest-redis`, which starts one.")
    return url


@pytest.fixture
def redis_cache(redis_url, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "familyinfo.cache_backends.ResilientRedisCache",  # production's
            "LOCATION": redis_url,
            "KEY_PREFIX": KEY_PREFIX,
        }
    }
    cache.clear()
    yield cache
    cache.clear()


def in_another_worker(redis_url, code, **env_vars):
    """Run code in a separate process with the production settings, as another gunicorn
    worker (or another server) would; returns what it prints as JSON."""
    env = {key: value for key, value in os.environ.items() if key not in {"DJANGO_ALLOW_ASYNC_UNSAFE", "SENTRY_DSN"}}
    env.update(
        DJANGO_SETTINGS_MODULE="familyinfo.settings.production",
        SECRET_KEY="test-only-not-secret",  # the test settings' key: the same hashed buckets
        ALLOWED_HOSTS="testserver",
        DATABASE_URL="sqlite:///:memory:",
        FIELD_ENCRYPTION_SALTS="test-only-salt",
        REDIS_URL=redis_url,
        REDIS_KEY_PREFIX=KEY_PREFIX,
        **env_vars,
    )
    script = "import django, json; django.setup()\nfrom django.core.cache import cache\n" + code
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_production_workers_share_one_cache(redis_url, redis_cache):
    in_another_worker(redis_url, "cache.set('note', 'from worker 1', 60); print(1)")
    seen = in_another_worker(redis_url, "print(json.dumps(cache.get('note')))")
    assert seen == "from worker 1"
    # And this process, with the same cache settings, sees it too.
    assert redis_cache.get("note") == "from worker 1"


def test_a_referral_counted_by_one_worker_is_counted_by_every_worker(demo_site, redis_url, redis_cache, settings):
    settings.REFERRAL_RATE_LIMIT_PER_HOUR = 1
    family = Client(REMOTE_ADDR="203.0.113.7")
    check = fill_in(family)
    assert family.post("/refer/check/", {"state": state_of(check)}).status_code == 302
    assert Referral.objects.count() == 1

    reached = in_another_worker(
        redis_url,
        "from django.test import RequestFactory\n"
        "from core import rate_limits\n"
        "same, other = (RequestFactory().post('/', REMOTE_ADDR=a) for a in ('203.0.113.7', '203.0.113.8'))\n"
        "print(json.dumps([rate_limits.referrals.reached(same), rate_limits.referrals.reached(other)]))",
        REFERRAL_RATE_LIMIT_PER_HOUR="1",
    )
    assert reached == [True, False]


def test_the_limit_lifts_after_an_hour(redis_cache, rf):
    request = rf.post("/refer/check/", REMOTE_ADDR="203.0.113.7")
    rate_limits.referrals.count(request)
    rate_limits.referrals.count(request)
    key = redis_cache.make_and_validate_key(rate_limits.referrals.key(request))
    client = redis_cache._cache.get_client(key)
    assert int(client.get(key)) == 2
    # Counting again kept the hour that the first one started.
    assert 0 < client.ttl(key) <= rate_limits.WINDOW_SECONDS


def test_health_check_passes_with_redis(client, redis_cache):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["cache"] == "ok"
