from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from directory import shortlist, whats_on_views
from directory import views as directory_views
from familyinfo import health, views
from pages import views as page_views
from pages.sitemaps import MultilingualSitemap, ProviderSitemap
from referrals import views as referral_views

handler500 = "familyinfo.views.server_error"

SITEMAPS = {"pages": MultilingualSitemap, "childcare": ProviderSitemap}

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    # For load balancers: no language prefix, no session, never cached.
    path("healthz", health.healthz, name="healthz"),
    # Open Referral UK: one address for every language (?lang= chooses), as the profile expects.
    path("api/openreferral/", include("openreferral.urls")),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    # "Exit this page" on every page, in every language: forgets this device's visit, then leaves.
    path("exit/", referral_views.exit_this_page, name="exit_this_page"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Public pages: English at the root, every other language under its own prefix.
urlpatterns += i18n_patterns(
    path("search/", page_views.search, name="search"),
    path("search/suggest/", directory_views.suggest, name="search_suggest"),
    path("services/shortlist/", shortlist.show, name="shortlist"),
    path("services/shortlist/add/", shortlist.add, name="shortlist_add"),
    path("services/shortlist/remove/", shortlist.remove, name="shortlist_remove"),
    path("services/shortlist/keep/", shortlist.keep_shared, name="shortlist_keep"),
    path("services/shortlist/clear/", shortlist.clear, name="shortlist_clear"),
    path("whats-on/", whats_on_views.timetable, name="whats_on"),
    path("whats-on/<slug:slug>.ics", whats_on_views.hub_calendar, name="hub_calendar"),
    path("report-a-problem/", include("feedback.urls")),
    path("feedback/", include("feedback.service_urls")),
    # The only door to the referrals app from the rest of the site.
    path("refer/", include("referrals.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
