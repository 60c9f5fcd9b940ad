"""The translation coverage report under Reports, with export and import."""

from django.core.cache import cache
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from core.admin_panels import CountPanel
from translations import admin_views, editor_views
from translations.coverage import MISSING, coverage
from translations.signals import MISSING_COUNT_KEY


@hooks.register("register_admin_urls")
def register_translation_urls():
    return [
        path("reports/translations/", admin_views.report, name="translation_coverage"),
        path("reports/translations/export/", admin_views.export, name="translation_export"),
        path("reports/translations/import/", admin_views.import_view, name="translation_import"),
        path("reports/translations/translate/", editor_views.translate, name="translation_editor"),
    ]


class CoverageMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.can_see_coverage(request.user)


@hooks.register("register_reports_menu_item")
def register_coverage_menu_item():
    return CoverageMenuItem(_("Translation coverage"), reverse("translation_coverage"), icon_name="globe", order=700)


@hooks.register("construct_homepage_panels")
def add_missing_translations_panel(request, panels):
    if not admin_views.can_translate(request.user):
        return
    panels.append(
        CountPanel(
            "translations-missing",
            25,
            _("Pages and terms missing a translation"),
            missing_translation_count(),
            reverse("translation_coverage") + "?state=missing",
            _("See what to translate"),
        )
    )


def missing_translation_count():
    # Walking every page's text is too slow for each dashboard visit: a few minutes old is fine.
    count = cache.get(MISSING_COUNT_KEY)
    if count is None:
        count = len(coverage(state=MISSING))
        cache.set(MISSING_COUNT_KEY, count, timeout=300)
    return count
