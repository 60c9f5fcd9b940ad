"""Childcare in the admin, under one "Childcare" menu: providers (with their vacancies), the
two-year-old offer's rules, updating vacancies and importing Ofsted's register; the report of
the offer checker's results, and the same figures as a section of the Insight area.

Each screen follows the permissions of childcare/roles.py, and its menu item shows only to those
who may open it: the whole menu stays hidden from everyone else.
"""

from django.db.models import Min
from django.urls import include, path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import BooleanColumn, DateColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView as SnippetIndexView
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from childcare import admin_views, insight_views
from childcare.insight import offer_checks_section
from childcare.models import ChildcareProvider, OfferRule
from childcare.ofsted import views as ofsted_views
from core.csv_safety import GuardedExportMixin
from core.insight import HOOK as INSIGHT_HOOK

SUBMENU_HOOK = "register_childcare_menu_item"


class ProviderIndexView(GuardedExportMixin, SnippetIndexView):
    """The providers' list, whose CSV download keeps names that look like formulas as text."""


class ChildcareProviderViewSet(SnippetViewSet):
    model = ChildcareProvider
    index_view_class = ProviderIndexView
    icon = "group"
    menu_label = _("Childcare providers")
    list_display = [
        "name",
        "provider_type",
        "postcode_district",
        "locality",
        BooleanColumn("funded_two_year_olds", label=_("Funded 2s"), sort_key="funded_two_year_olds"),
        # The oldest confirmation: the vacancy most likely to have gone.
        DateColumn("vacancies_confirmed", label=_("Vacancies last confirmed"), sort_key="vacancies_confirmed"),
    ]
    list_filter = ["provider_type", "locality", "funded_two_year_olds", "listed"]
    list_export = ["urn", "name", "provider_type", "postcode_district", "locality", "funded_two_year_olds", "listed"]
    export_filename = "childcare-providers"
    # Searched in the database, so a URN is found as typed, whatever the search index holds.
    search_fields = ["name", "urn"]
    search_backend_name = None
    copy_view_enabled = False  # a copy would have the same URN

    def get_queryset(self, request):
        return ChildcareProvider.objects.select_related("locality").annotate(
            vacancies_confirmed=Min("vacancies__confirmed_on")
        )


def in_force_today(rule):
    return rule in OfferRule.objects.filter(key=rule.key).in_force(timezone.localdate())


class OfferRuleViewSet(SnippetViewSet):
    model = OfferRule
    icon = "list-ul"
    menu_label = _("Two-year-old offer rules")
    list_display = [
        "label",
        "key",
        "route",
        "applies_from",
        "applies_until",
        BooleanColumn("in_force_today", label=_("In force today"), accessor=in_force_today),
    ]
    list_filter = ["route", "kind"]
    search_fields = ["label", "key"]
    search_backend_name = None


class ChildcareGroup(SnippetViewSetGroup):
    items = (ChildcareProviderViewSet, OfferRuleViewSet)
    menu_icon = "group"
    menu_label = _("Childcare")
    menu_name = "childcare"
    submenu_hook = SUBMENU_HOOK


register_snippet(ChildcareGroup)


admin_urlpatterns = [
    path("vacancies/", admin_views.vacancy_list, name="vacancies"),
    path("vacancies/<int:pk>/", admin_views.vacancy_update, name="vacancy_update"),
    path("ofsted-import/", ofsted_views.start, name="ofsted_import"),
    path("ofsted-import/confirm/", ofsted_views.confirm, name="ofsted_confirm"),
]


@hooks.register("register_admin_urls")
def register_childcare_admin_urls():
    return [path("childcare/", include((admin_urlpatterns, "childcare_admin"), namespace="childcare_admin"))]


class VacanciesMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.may_update_vacancies(request.user)


class OfstedImportMenuItem(MenuItem):
    def is_shown(self, request):
        return ofsted_views.may_import(request.user)


@hooks.register(SUBMENU_HOOK)
def register_vacancies_menu_item():
    return VacanciesMenuItem(_("Update vacancies"), reverse("childcare_admin:vacancies"), icon_name="date", order=3)


@hooks.register(SUBMENU_HOOK)
def register_ofsted_import_menu_item():
    return OfstedImportMenuItem(
        _("Import from Ofsted"), reverse("childcare_admin:ofsted_import"), icon_name="upload", order=4
    )


class OfferChecksMenuItem(MenuItem):
    def is_shown(self, request):
        return insight_views.can_see_offer_checks(request.user)


@hooks.register("register_admin_urls")
def register_offer_checks_url():
    return [path("reports/two-year-old-offer-checks/", insight_views.offer_checks, name="offer_checks")]


@hooks.register("register_reports_menu_item")
def register_offer_checks_menu_item():
    return OfferChecksMenuItem(_("Two-year-old offer checks"), reverse("offer_checks"), icon_name="doc-full", order=800)


@hooks.register("construct_homepage_panels")
def add_vacancies_panel(request, panels):
    from core.admin_panels import CountPanel

    if admin_views.may_update_vacancies(request.user):
        count = admin_views.not_confirmed_lately(admin_views.by_oldest_confirmation(), timezone.localdate()).count()
        panels.append(
            CountPanel(
                "vacancies-to-confirm",
                22,
                _("Childcare providers whose vacancies need confirming"),
                count,
                reverse("childcare_admin:vacancies") + "?stale=on",
                _("See the providers to ask"),
            )
        )


@hooks.register(INSIGHT_HOOK)
def register_offer_checks_insight():
    return offer_checks_section()
