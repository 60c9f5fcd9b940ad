"""Settings for `make run` on a developer's machine: never for a public server."""

from .base import *  # noqa: F401,F403
from .environment import env_str

DEBUG = True
SECRET_KEY = env_str("SECRET_KEY", "dev-only-not-secret-change-me-before-any-deployment")
# Emails are queued as in production; the worker that `make run` starts prints them.
QUEUED_EMAIL_DELIVERY_BACKEND = env_str(
    "QUEUED_EMAIL_DELIVERY_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# The embedded SQLite database and uploads live in var/, which git ignores.
VAR_DIR.mkdir(parents=True, exist_ok=True)  # noqa: F405

# Static files straight from the source folders: nothing is collected outside production.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True

# Template changes show at once, and the scheduled publishing that `make run` starts in
# another process could not reach this process's memory to replace stored pages.
PAGE_CACHE_SECONDS = 0

SALT_KEY = SALT_KEY or ["dev-only-salt-not-secret"]  # noqa: F405
