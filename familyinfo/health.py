"""/healthz, for load balancers: is this server able to serve families?

It answers 200 when the database and the shared cache both answer, 503 otherwise, with a
tiny JSON body saying which. It reads no session and sets no cookie, is never cached, and
lives outside the language prefixes. A probe every few seconds would fill the log, so only a
change of state is logged (per server process).
"""

import logging

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)

CACHE_KEY = "healthz"
_last_state = {"healthy": True}


def database_reachable():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:  # noqa: BLE001 - any failure means "not reachable"
        return False
    return True


def cache_reachable():
    try:
        # Production's cache answers as a miss while Redis is down (cache_backends.py), so
        # ask Redis itself: the load balancer must see the outage the families do not.
        if hasattr(cache, "ping"):
            cache.ping()
        cache.set(CACHE_KEY, "ok", 30)
        return cache.get(CACHE_KEY) == "ok"
    except Exception:  # noqa: BLE001
        return False


@never_cache
@require_safe
def healthz(request):
    checks = {"database": database_reachable(), "cache": cache_reachable()}
    healthy = all(checks.values())
    if healthy != _last_state["healthy"]:
        _last_state["healthy"] = healthy
        if healthy:
            logger.warning("Health check passes again.")
        else:
            failing = ", ".join(name for name, ok in checks.items() if not ok)
            logger.error("Health check fails: %s unreachable.", failing)
    body = {
        "status": "ok" if healthy else "unavailable",
        **{name: "ok" if ok else "unreachable" for name, ok in checks.items()},
    }
    response = JsonResponse(body, status=200 if healthy else 503)
    # Django logs every 5xx response; the change of state above is logged once instead.
    response._has_been_logged = True
    return response
