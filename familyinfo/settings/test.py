"""Settings for the test suite: fast, isolated and quiet."""

from .base import *  # noqa: F401,F403

SECRET_KEY = "test-only-not-secret"
DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Sent at once into Django's test outbox (mail.outbox); tests/familyinfo/test_queued_email.py
# puts the queue back and checks that requests only queue.
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
QUEUED_EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
WAGTAILADMIN_BASE_URL = "http://testserver"

# Static files straight from the source folders: nothing is collected outside production.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True

SALT_KEY = ["test-only-salt"]

# Many test referrals come from one address; the rate-limit test lowers this itself.
REFERRAL_RATE_LIMIT_PER_HOUR = 10_000
CHAMPION_INTEREST_RATE_LIMIT_PER_HOUR = 10_000

# The database search index, even with ELASTICSEARCH_URL set: search tests switch to
# Elasticsearch themselves, into indices of their own (tests/search_backends.py).
WAGTAILSEARCH_BACKENDS = {"default": DATABASE_SEARCH_BACKEND}  # noqa: F405

# The test database is in memory and shared with the browser tests' server thread: SQLite's
# write-ahead log and immediate write locks only make sense for a database file.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["OPTIONS"] = {}  # noqa: F405
