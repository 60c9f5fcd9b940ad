"""/healthz, for load balancers: 200 while the database and the cache answer, 503 otherwise."""

import json
from unittest import mock

import pytest
from django.db import OperationalError

from familyinfo import health

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def healthy_before():
    """Each test starts from a server that was healthy (the state is kept per process)."""
    health._last_state["healthy"] = True


UNREACHABLE_CACHE = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
    }
}


def test_healthy_answer_is_tiny_uncached_and_leaves_no_cookie(client):
    response = client.get("/healthz", HTTP_ACCEPT_LANGUAGE="pl", HTTP_COOKIE="familyinfo_language=pl")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert json.loads(response.content) == {"status": "ok", "database": "ok", "cache": "ok"}
    assert len(response.content) < 100
    assert "no-store" in response["Cache-Control"]
    assert not response.cookies
    assert "Cookie" not in response.get("Vary", "")
    assert client.head("/healthz").status_code == 200


def test_unreachable_cache_takes_the_server_out_of_the_pool(client, settings):
    settings.CACHES = UNREACHABLE_CACHE
    response = client.get("/healthz")
    assert response.status_code == 503
    assert json.loads(response.content) == {"status": "unavailable", "database": "ok", "cache": "unreachable"}


def test_unreachable_database_takes_the_server_out_of_the_pool(client):
    database_gone = mock.Mock(**{"cursor.side_effect": OperationalError("connection refused")})
    with mock.patch.object(health, "connection", database_gone):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert json.loads(response.content)["database"] == "unreachable"


def test_only_a_change_of_health_is_logged(client, settings, caplog):
    settings.CACHES = UNREACHABLE_CACHE
    for _ in range(3):
        assert client.get("/healthz").status_code == 503
    failures = [record for record in caplog.records if record.levelname == "ERROR"]
    assert len(failures) == 1 and "cache" in failures[0].getMessage()
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    assert client.get("/healthz").status_code == 200
