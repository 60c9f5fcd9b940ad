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


@hooks.register("register_reports_menu_item")
def register_coverage_menu_item():
    return MenuItem(_("Translation coverage"), reverse("translation_coverage"), icon_name="globe", order=700)
