"""Settings shared by every environment, safe for production.

Secrets and endpoints come from the environment; `dev.py`, `test.py` and `production.py`
override what differs. See the README for every variable.
"""

from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from core.languages import SITE_LANGUAGES, SOURCE_LANGUAGE
from core.search_analysis import index_settings

from .environment import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent
SITE_DIR = BASE_DIR / "site"
VAR_DIR = Path(env_str("FAMILYINFO_VAR_DIR", str(BASE_DIR / "var")))

SECRET_KEY = env_str("SECRET_KEY")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# Order matters: modeltranslation patches models, so it loads before the apps it translates.
INSTALLED_APPS = [
    # First: its makemigrations and migrate commands replace those of the apps below
    # (core/migration_wording.py).
    "core",
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "modeltranslation",
    "familyinfo",
    "feedback",
    "pages",
    "directory",
    "childcare",
    "hubs",
    "openreferral",
    "referrals",
    "translations",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "axes",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.forms",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Anonymous visitors get the shared copy of a public page (core/page_cache.py),
    # stored already compressed: so it sits above GZip, and below WhiteNoise, whose static
    # files are compressed when collected.
    # Counts reads of the pages that ask for it (core/page_views.py), those served from the
    # page cache below it too.
    "core.page_views.PageViewCountMiddleware",
    "core.page_cache.PageCacheMiddleware",
    "django.middleware.gzip.GZipMiddleware",
    "familyinfo.middleware.SecurityHeadersMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "familyinfo.middleware.AdminIdleTimeoutMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "familyinfo.urls"
WSGI_APPLICATION = "familyinfo.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [SITE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "core.context_processors.site_chrome",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'familyinfo.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several requests writing at once (two families sending referrals) wait their turn
    # instead of failing with "database is locked".
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"transaction_mode": "IMMEDIATE", "timeout": 20, "init_command": "PRAGMA journal_mode=WAL;"}
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

AUTHENTICATION_BACKENDS = [
    # Axes first, so a locked-out login is refused before the password is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

# How many reverse proxies stand in front of the application server, each appending to
# X-Forwarded-For (one for the documented proxy). 0: the header is never read. See
# familyinfo/client_address.py; the rate limits and django-axes use it.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)

# Admin logins: five failures lock that username from that client address for an hour.
# By username and address together, so someone failing logins for a desk worker's username
# from elsewhere cannot lock the desk worker out, while guessing one account from one
# address still stops after five tries. (Locking by address alone would lock a whole office
# behind one address out after one person's typos.)
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = 1
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_CLIENT_IP_CALLABLE = "core.client_address.client_address"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "familyinfo/login_locked.html"
AXES_VERBOSE = False

# Languages: the list lives in translations/languages.py.
LANGUAGE_CODE = SOURCE_LANGUAGE
LANGUAGES = [(language.code, _(language.english_name)) for language in SITE_LANGUAGES]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "Europe/London"
USE_TZ = True
# The language comes from the address alone: the site sets no language cookie. Django still
# reads one by this name on addresses without a language (the API), so it is not left as
# "django_language"; "Exit this page" deletes any left from before.
LANGUAGE_COOKIE_NAME = "familyinfo_language"

MODELTRANSLATION_DEFAULT_LANGUAGE = SOURCE_LANGUAGE
MODELTRANSLATION_FALLBACK_LANGUAGES = (SOURCE_LANGUAGE,)
# One URL per page in every language (only the prefix changes), so a link a parent champion
# shares in Polish still works for an English-speaking colleague.
WAGTAILMODELTRANSLATION_TRANSLATE_SLUGS = False
# Wagtail's own page-tree localisation cannot be mixed with modeltranslation.
WAGTAIL_I18N_ENABLED = False
# The admin is in English whatever language the browser asks for or the site last showed:
# editors work in English, and content translations go through the translation exchange.
WAGTAILADMIN_PERMITTED_LANGUAGES = [("en", "English")]

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [SITE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(VAR_DIR / "media")))

WAGTAIL_SITE_NAME = "Wolverhampton Family Information"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://localhost:8000")
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "key", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Gravatar would send a hash of each editor's email address to a third party.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# No third-party calls from the admin either: oEmbed look-ups are the only embeds allowed.
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {
        "WIDGET": "wagtail.admin.rich_text.DraftailRichTextArea",
        "OPTIONS": {"features": ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]},
    }
}

ELASTICSEARCH_URL = env_str("ELASTICSEARCH_URL")
# On PostgreSQL, index words as written ('simple'): the content is in six languages, and
# English stemming would mangle the other five. The search plan adds singulars and plurals.
DATABASE_SEARCH_BACKEND = {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "simple"}
if ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch9",
            "URLS": [ELASTICSEARCH_URL],
            "INDEX_PREFIX": env_str("ELASTICSEARCH_INDEX_PREFIX", "familyinfo_"),
            "TIMEOUT": env_int("ELASTICSEARCH_TIMEOUT", 5),
            "OPTIONS": {},
            "INDEX_SETTINGS": index_settings(polish_stemmer=env_bool("ELASTICSEARCH_POLISH_STEMMER")),
        }
    }
else:
    WAGTAILSEARCH_BACKENDS = {"default": DATABASE_SEARCH_BACKEND}

# Every email waits in a queue (core.QueuedEmail) for the notification worker, which sends
# it with QUEUED_EMAIL_DELIVERY_BACKEND: no request ever talks to the mail server
# (core/mail_queue.py).
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "core.mail_queue.QueuedEmailBackend")
QUEUED_EMAIL_DELIVERY_BACKEND = env_str("QUEUED_EMAIL_DELIVERY_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Family Information <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL

# Personal data fields are encrypted with keys derived from SECRET_KEY and these salts. The
# first salt encrypts; all of them (and SECRET_KEY_FALLBACKS) decrypt. See the README on rotation.
SALT_KEY = env_list("FIELD_ENCRYPTION_SALTS")
SECRET_KEY_FALLBACKS = env_list("SECRET_KEY_FALLBACKS")

# Self-referrals (see referrals/): answers in progress are cleared after this long without
# activity (the visitor is warned first), referrals are anonymised this long after closing.
REFERRAL_DRAFT_IDLE_MINUTES = env_int("REFERRAL_DRAFT_IDLE_MINUTES", 60)
REFERRAL_DRAFT_MAX_AGE_HOURS = 24
REFERRAL_RATE_LIMIT_PER_HOUR = env_int("REFERRAL_RATE_LIMIT_PER_HOUR", 10)
CHAMPION_INTEREST_RATE_LIMIT_PER_HOUR = env_int("CHAMPION_INTEREST_RATE_LIMIT_PER_HOUR", 5)
LISTING_FEEDBACK_RATE_LIMIT_PER_HOUR = env_int("LISTING_FEEDBACK_RATE_LIMIT_PER_HOUR", 10)
# Feedback after a service: higher than the other forms, as a whole group may answer on a hub's
# Wi-Fi (one connection) at the end of a session. Its free-text answers are deleted this long
# after the month they were given ends, by `manage.py forget_feedback_comments`.
SERVICE_FEEDBACK_RATE_LIMIT_PER_HOUR = env_int("SERVICE_FEEDBACK_RATE_LIMIT_PER_HOUR", 40)
SERVICE_FEEDBACK_COMMENT_RETENTION_DAYS = env_int("SERVICE_FEEDBACK_COMMENT_RETENTION_DAYS", 180)
REFERRAL_RETENTION_DAYS = env_int("REFERRAL_RETENTION_DAYS", 730)
# Searches that found nothing (the insight report) are deleted this long after they were last
# made, by `manage.py forget_unmet_searches`.
UNMET_SEARCH_RETENTION_DAYS = env_int("UNMET_SEARCH_RETENTION_DAYS", 90)

# One process (`make run`): in memory. Production shares Redis between its workers.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Public pages kept for anonymous visitors in the default cache, at most this long (an
# editor's change replaces them at once; see core/page_cache.py). 0 turns it off.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 600)

# Security baseline: see familyinfo/middleware.py for the Content-Security-Policy.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
# A signed-in admin user (editor, desk worker) is signed out after this long without activity.
ADMIN_IDLE_MINUTES = env_int("ADMIN_IDLE_MINUTES", 30)
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
# The shortlist: one cookie of service numbers (directory/shortlist.py); a page that shows it
# is never served from the shared page cache (core/page_cache.py).
SHORTLIST_COOKIE_NAME = "familyinfo_shortlist"
# The two-year-old offer checker's answers, sealed, sent only to the checker's addresses.
OFFER_CHECK_COOKIE_NAME = "familyinfo_offer_check"

# Where the "Exit this page" button sends someone: a neutral page that is not this site.
QUICK_EXIT_URL = env_str("QUICK_EXIT_URL", "https://www.bbc.co.uk/weather")

# A service this many days past its review date tells visitors its details may be out of date.
SERVICE_REVIEW_GRACE_DAYS = env_int("SERVICE_REVIEW_GRACE_DAYS", 60)

# Map tiles: only fetched after a visitor presses "Show on a map" (see hubs/templatetags).
MAP_TILE_URL = env_str("MAP_TILE_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
MAP_TILE_ATTRIBUTION = env_str(
    "MAP_TILE_ATTRIBUTION", '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
)

# Form widgets may use the site's templates (the GOV.UK date input, for one).
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
}
