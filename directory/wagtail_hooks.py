"""The directory in the admin: its lists, the review report, unmet searches, the parent
champions' signposting log, and its sections of the Insight area."""

import datetime

import django_filters
from django.core.exceptions import PermissionDenied
from django.urls import include, path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column, UserColumn
from wagtail.admin.ui.tables.pages import PageTitleColumn
from wagtail.admin.views.generic import CreateView, IndexView
from wagtail.admin.views.pages.listing import IndexView as PageIndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.csv_safety import GuardedExportMixin
from core.insight import HOOK as INSIGHT_HOOK
from directory import signposting, signposting_views
from directory.insight import service_views_section, unmet_searches_section
from directory.models import (
    AccessRoute,
    DeliveryMode,
    Need,
    Organisation,
    SearchSynonym,
    ServiceLevel,
    ServicePage,
    SignpostingEntry,
    UnmetSearch,
)
from directory.permissions import can_review_services, services_user_can_edit
from directory.roles import may_log_signposting
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


# The parent champions' signposting log: the champions' own screen, the Early years team's list
# and figures, and the Insight area's section (directory/signposting*.py).

signposting_urls = [
    path("", signposting_views.log, name="log"),
    path("<int:pk>/remove/", signposting_views.remove, name="remove"),
]


@hooks.register("register_admin_urls")
def register_signposting_urls():
    return [
        path("signposting/", include((signposting_urls, "signposting"), namespace="signposting")),
        path("reports/signposting/", signposting_views.figures, name="signposting_figures"),
    ]


class LogSignpostingMenuItem(MenuItem):
    def is_shown(self, request):
        return may_log_signposting(request.user)


@hooks.register("register_admin_menu_item")
def register_log_signposting_menu_item():
    return LogSignpostingMenuItem(_("Log signposting"), reverse("signposting:log"), icon_name="form", order=5)


class SignpostingFiguresMenuItem(MenuItem):
    def is_shown(self, request):
        return signposting_views.may_read_figures(request.user)


@hooks.register("register_reports_menu_item")
def register_signposting_figures_menu_item():
    return SignpostingFiguresMenuItem(
        _("Parent champions' signposting"), reverse("signposting_figures"), icon_name="doc-full", order=810
    )


class SignpostingLogIndexView(GuardedExportMixin, IndexView):
    """Every entry, for the Early years team. Champions may add entries (through their own
    screen) but not read everyone's, so adding is not enough to open the list."""

    any_permission_required = ["view", "change", "delete"]
    template_name = "directory/admin/signposting_entries.html"


class SignpostingEntryCreateView(CreateView):
    """Only administrators have this screen (nobody else has the model's add permission): what
    they add is logged as theirs."""

    def get_initial_form_instance(self):
        return SignpostingEntry(logged_by=self.request.user)


class SignpostingLogViewSet(ModelViewSet):
    """The Early years team reads every champion's entries, corrects or deletes one logged
    wrongly, and downloads them; the figures are a click away."""

    model = SignpostingEntry
    index_view_class = SignpostingLogIndexView
    add_view_class = SignpostingEntryCreateView
    icon = "form"
    menu_label = _("Signposting log")
    menu_order = 6
    add_to_admin_menu = True
    list_display = [
        "date",
        "locality",
        "need",
        "language",
        Column("destination", label=_("Signposted to")),
        "families",
        UserColumn("logged_by", label=_("Logged by")),
    ]
    list_filter = ["locality", "need", "language", "signposted_to"]
    list_export = ["date", "locality", "need", "language", "signposted_to", "service", "hub", "families"]
    export_filename = "signposting-log"
    panels = [
        FieldPanel("date"),
        FieldPanel("locality"),
        FieldPanel("need"),
        FieldPanel("language"),
        FieldPanel("signposted_to"),
        FieldPanel("service"),
        FieldPanel("hub"),
        FieldPanel("families"),
    ]
    search_fields = None
    copy_view_enabled = False
    inspect_view_enabled = False


signposting_log_viewset = SignpostingLogViewSet("signposting_log")


@hooks.register("register_admin_viewset")
def register_signposting_log_viewset():
    return signposting_log_viewset


@hooks.register("construct_homepage_panels")
def add_signposting_panel(request, panels):
    """A champion's own month so far, and the way to log more."""
    from core.admin_panels import CountPanel

    if may_log_signposting(request.user) and not request.user.is_superuser:
        today = timezone.localdate()
        mine = SignpostingEntry.objects.filter(logged_by=request.user)
        panels.append(
            CountPanel(
                "signposting",
                5,
                _("Families you signposted this month"),
                mine.between(today.replace(day=1), today + datetime.timedelta(days=1)).families(),
                reverse("signposting:log"),
                _("Log signposting"),
            )
        )


@hooks.register(INSIGHT_HOOK)
def register_parent_champions_insight_section():
    return signposting.insight_section()


@hooks.register(INSIGHT_HOOK)
def register_unmet_searches_insight():
    return unmet_searches_section()


@hooks.register(INSIGHT_HOOK)
def register_service_views_insight():
    return service_views_section()
