"""The listing feedback queue's place in the admin: its URLs, a menu item and a dashboard panel
for those who handle it (feedback/access.py)."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from core.admin_panels import CountPanel
from feedback import access, queue

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
