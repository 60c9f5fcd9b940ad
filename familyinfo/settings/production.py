"""Settings for a public deployment: HTTPS only, every secret from the environment.

`SECRET_KEY`, `ALLOWED_HOSTS` and `DATABASE_URL` must be set; the site refuses to start
without them rather than fall back to something unsafe.
"""

from .base import *  # noqa: F401,F403
from .environment import env_bool, env_int, env_list, env_required

SECRET_KEY = env_required("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS") or env_required("ALLOWED_HOSTS")
env_required("DATABASE_URL")
SALT_KEY = env_list("FIELD_ENCRYPTION_SALTS") or [env_required("FIELD_ENCRYPTION_SALTS")]

SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
# Behind a TLS-terminating proxy that sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
