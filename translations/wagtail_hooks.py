"""The translation coverage report under Reports, with export and import."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from translations import admin_views


@hooks.register("register_admin_urls")
def register_translation_urls():
    return [
        path("reports/translations/", admin_views.report, name="translation_coverage"),
        path("reports/translations/export/", admin_views.export, name="translation_export"),
        path("reports/translations/import/", admin_views.import_view, name="translation_import"),
    ]


class CoverageMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.can_see_coverage(request.user)


@hooks.register("register_reports_menu_item")
def register_coverage_menu_item():
    return CoverageMenuItem(_("Translation coverage"), reverse("translation_coverage"), icon_name="globe", order=700)
