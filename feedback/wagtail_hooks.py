"""Feedback in the admin: the listing feedback queue (its URLs, a menu item and a dashboard
panel), and feedback after a service (summaries, the questions and Insight figures), each for
those who handle it (feedback/access.py)."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.admin_panels import CountPanel
from core.insight import HOOK as INSIGHT_HOOK
from feedback import access, insight, queue, summaries
from feedback.listings import REPORTABLE
from feedback.models import FeedbackVersion

app_name = "listing_feedback"
urlpatterns = [
    path("", queue.index, name="index"),
    path("<int:pk>/", queue.detail, name="detail"),
    path("<int:pk>/status/", queue.change_status, name="status"),
]


@hooks.register("register_admin_urls")
def register_queue_urls():
    return [path("listing-feedback/", include((urlpatterns, app_name), namespace=app_name))]


class HandlersMenuItem(MenuItem):
    def is_shown(self, request):
        return access.handles_feedback(request.user)


@hooks.register("register_admin_menu_item")
def register_queue_menu_item():
    return HandlersMenuItem(_("Listing feedback"), reverse("listing_feedback:index"), icon_name="warning", order=160)


@hooks.register("construct_homepage_panels")
def add_open_reports_panel(request, panels):
    if not access.handles_feedback(request.user):
        return
    panels.append(
        CountPanel(
            "listing-feedback",
            12,
            _("Reports that a listing is wrong"),
            access.reports_for(request.user).open().count(),
            reverse("listing_feedback:index"),
            _("Open the listing feedback"),
        )
    )


# Feedback after a service: the summaries for those who look after the pages, the questions for
# the FIS team, the page menu's links to both, and the figures in the Insight area.
service_feedback_urlpatterns = [
    path("", summaries.index, name="index"),
    path("<int:page_id>/", summaries.page_summary, name="page"),
]


@hooks.register("register_admin_urls")
def register_service_feedback_urls():
    return [
        path(
            "service-feedback/",
            include((service_feedback_urlpatterns, "service_feedback_admin"), namespace="service_feedback_admin"),
        )
    ]


@hooks.register("register_admin_menu_item")
def register_service_feedback_menu_item():
    return HandlersMenuItem(_("Service feedback"), reverse("service_feedback_admin:index"), icon_name="pick", order=161)


class FeedbackVersionViewSet(SnippetViewSet):
    """The three versions of the form. They are made by the site (feedback/questions.json), so
    editors change their questions but never add or delete a version."""

    model = FeedbackVersion
    icon = "help"
    menu_label = _("Feedback questions")
    list_display = ["__str__", "title"]
    search_fields = None
    copy_view_enabled = False
    inspect_view_enabled = False


register_snippet(FeedbackVersionViewSet)


@hooks.register("register_page_header_buttons")
def service_feedback_page_buttons(page, user, view_name, next_url=None):
    """From a service's, hub's or outreach base's page in the admin: its feedback and its sheet."""
    if not isinstance(page.specific_deferred, REPORTABLE) or not access.handles_feedback(user):
        return
    if not page.permissions_for_user(user).can_edit():
        return
    yield Button(
        _("Feedback from families"),
        reverse("service_feedback_admin:page", args=[page.pk]),
        icon_name="pick",
        priority=80,
    )
    yield Button(
        _("Print a session sign-in sheet"),
        reverse("service_feedback_sign_in_sheet", args=[page.pk]),
        icon_name="doc-full",
        priority=81,
    )


@hooks.register(INSIGHT_HOOK)
def register_service_feedback_insight():
    return insight.section()
