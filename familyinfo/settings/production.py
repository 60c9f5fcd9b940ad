"""Settings for a public deployment: HTTPS only, every secret from the environment.

`SECRET_KEY`, `ALLOWED_HOSTS`, `DATABASE_URL` and `REDIS_URL` must be set; the site refuses
to start without them rather than fall back to something unsafe.
"""

from .base import *  # noqa: F401,F403
from .environment import env_bool, env_int, env_list, env_required, env_str

SECRET_KEY = env_required("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS") or env_required("ALLOWED_HOSTS")
env_required("DATABASE_URL")
SALT_KEY = env_list("FIELD_ENCRYPTION_SALTS") or [env_required("FIELD_ENCRYPTION_SALTS")]

SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
# Behind a TLS-terminating proxy that sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
# Off unless asked for: the site runs on a council subdomain, and these would bind every
# other site under the council's domain (or, preloaded, every browser) to HTTPS for a year.
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
# `check --deploy` recommends both; leaving them off is the decision above, not an oversight.
SILENCED_SYSTEM_CHECKS = [
    *([] if SECURE_HSTS_INCLUDE_SUBDOMAINS else ["security.W005"]),
    *([] if SECURE_HSTS_PRELOAD else ["security.W021"]),
]
# Load balancers probe /healthz over plain HTTP inside the network.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

# Several workers (and servers) share one cache: rate limits, the page cache, Wagtail's own.
# Short timeouts, so a Redis that hangs slows no family's request for long. While Redis is
# down every cache call answers as a miss (familyinfo/cache_backends.py): pages are rendered,
# rate limits let requests through, and /healthz reports it.
CACHES = {
    "default": {
        "BACKEND": "familyinfo.cache_backends.ResilientRedisCache",
        "LOCATION": env_required("REDIS_URL"),
        "KEY_PREFIX": env_str("REDIS_KEY_PREFIX", "familyinfo"),
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
    }
}

# Error reporting only when configured; nothing personal is ever sent (see the module).
SENTRY_DSN = env_str("SENTRY_DSN")
if SENTRY_DSN:
    from familyinfo import error_reporting

    error_reporting.init(SENTRY_DSN, environment=env_str("SENTRY_ENVIRONMENT", "production"))
