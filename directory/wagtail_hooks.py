"""The directory in the admin: its lists, the review report, unmet searches, and its sections
of the Insight area."""

import datetime

import django_filters
from django.core.exceptions import PermissionDenied
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables.pages import PageTitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.pages.listing import IndexView as PageIndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.csv_safety import GuardedExportMixin
from core.insight import HOOK as INSIGHT_HOOK
from directory.insight import service_views_section, unmet_searches_section
from directory.models import (
    AccessRoute,
    DeliveryMode,
    Need,
    Organisation,
    SearchSynonym,
    ServiceLevel,
    ServicePage,
    UnmetSearch,
)
from directory.permissions import can_review_services, services_user_can_edit
from directory.spreadsheet import admin as spreadsheet_admin  # noqa: F401 - registers the spreadsheet's admin URLs and menu item

DUE_SOON_DAYS = 30


class NeedViewSet(SnippetViewSet):
    model = Need
    icon = "tag"
    list_display = ["name", "parent", "slug"]


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    list_display = ["name", "is_council"]


class LevelViewSet(SnippetViewSet):
    model = ServiceLevel
    icon = "order"
    list_display = ["number", "name"]


class AccessRouteViewSet(SnippetViewSet):
    model = AccessRoute
    icon = "redirect"


class DeliveryModeViewSet(SnippetViewSet):
    model = DeliveryMode
    icon = "site"


class SynonymViewSet(SnippetViewSet):
    model = SearchSynonym
    icon = "search"
    list_display = ["term", "expansion", "language"]
    list_filter = ["language"]
    search_fields = ["term", "expansion"]


class DirectoryGroup(SnippetViewSetGroup):
    items = (NeedViewSet, OrganisationViewSet, LevelViewSet, AccessRouteViewSet, DeliveryModeViewSet, SynonymViewSet)
    menu_icon = "list-ul"
    menu_label = _("Directory")
    menu_name = "directory"


register_snippet(DirectoryGroup)


class ReviewFilterSet(WagtailFilterSet):
    review = django_filters.ChoiceFilter(
        label=_("Review"),
        empty_label=_("All services"),
        choices=[("overdue", _("Overdue")), ("due", _("Due within 30 days or overdue"))],
        method="filter_review",
    )

    class Meta:
        model = ServicePage
        fields = ["level"]

    def filter_review(self, queryset, name, value):
        today = timezone.localdate()
        if value == "overdue":
            return queryset.filter(review_due__lt=today)
        if value == "due":
            return queryset.filter(review_due__lte=today + datetime.timedelta(days=DUE_SOON_DAYS))
        return queryset


class ServiceReviewIndexView(PageIndexView):
    def dispatch(self, request, *args, **kwargs):
        if not can_review_services(request.user):
            raise PermissionDenied  # hub managers and translators: not their job
        return super().dispatch(request, *args, **kwargs)


class ServiceReviewMenuItem(MenuItem):
    def is_shown(self, request):
        return can_review_services(request.user)


class ServiceReviewViewSet(PageListingViewSet):
    """Services by review date, so the Families Information Service and each organisation's
    editors can keep listings true. Wagtail lists only the pages a user may explore, so an
    organisation editor sees their own services."""

    model = ServicePage
    icon = "date"
    menu_label = _("Service reviews")
    add_to_admin_menu = True
    menu_item_class = ServiceReviewMenuItem
    index_view_class = ServiceReviewIndexView
    # Wagtail's page title column links each service to its edit screen (for those who may edit it).
    list_display = [
        PageTitleColumn("title", label=_("Service"), sort_key="title", classname="title"),
        "review_due",
        "last_reviewed",
        "owner_email",
        "level",
    ]
    filterset_class = ReviewFilterSet


service_review_viewset = ServiceReviewViewSet("service_reviews")


@hooks.register("register_admin_viewset")
def register_service_review_viewset():
    return service_review_viewset


class UnmetSearchIndexView(GuardedExportMixin, IndexView):
    """The report, whose CSV download holds the words families typed: kept as text."""


class UnmetSearchViewSet(ModelViewSet):
    """Searches that found nothing: what families looked for that the directory lacks."""

    model = UnmetSearch
    index_view_class = UnmetSearchIndexView
    icon = "search"
    menu_label = _("Unmet searches")
    add_to_admin_menu = True
    list_display = ["query", "count", "language", "postcode_district", "last_seen"]
    list_filter = ["language", "postcode_district"]
    list_export = ["query", "count", "language", "postcode_district", "first_seen", "last_seen"]
    search_fields = ["query"]
    form_fields = []
    inspect_view_enabled = False


unmet_search_viewset = UnmetSearchViewSet("unmet_searches")


@hooks.register("register_admin_viewset")
def register_unmet_search_viewset():
    return unmet_search_viewset


@hooks.register("construct_homepage_panels")
def add_directory_panels(request, panels):
    from django.urls import reverse

    from core.admin_panels import CountPanel

    user = request.user
    if can_review_services(user):
        soon = timezone.localdate() + datetime.timedelta(days=DUE_SOON_DAYS)
        due = services_user_can_edit(user).live().filter(review_due__lte=soon).count()
        panels.append(
            CountPanel(
                "reviews-due",
                20,
                _("Services due for review"),
                due,
                reverse("service_reviews:index") + "?review=due",
                _("See the services to review"),
            )
        )
    if user.has_perm("directory.view_unmetsearch"):
        panels.append(
            CountPanel(
                "unmet-searches",
                30,
                _("Searches that found nothing"),
                UnmetSearch.objects.count(),
                reverse("unmet_searches:index"),
                _("See what families looked for"),
            )
        )


@hooks.register(INSIGHT_HOOK)
def register_unmet_searches_insight():
    return unmet_searches_section()


@hooks.register(INSIGHT_HOOK)
def register_service_views_insight():
    return service_views_section()
