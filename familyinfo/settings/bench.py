"""Settings for the benchmarks in bench/: production behaviour (no debug, cached templates)
without HTTPS, so pages can be timed in-process."""

from .base import *  # noqa: F401,F403

SECRET_KEY = "bench-only-not-secret"
SALT_KEY = ["bench-only-salt"]
DEBUG = False
ALLOWED_HOSTS = ["localhost", "testserver", "127.0.0.1"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
