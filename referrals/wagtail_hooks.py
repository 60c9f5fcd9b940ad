"""The inbox's place in the admin: its URLs, and a menu item only the desk can see."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from referrals import access, inbox

app_name = "referral_inbox"
urlpatterns = [
    path("", inbox.index, name="index"),
    path("export/", inbox.export, name="export"),
    path("audit/", inbox.audit_log, name="audit"),
    path("<str:reference>/", inbox.detail, name="detail"),
    path("<str:reference>/status/", inbox.change_status, name="status"),
    path("<str:reference>/notes/", inbox.add_note, name="note"),
]


@hooks.register("register_admin_urls")
def register_inbox_urls():
    return [path("self-referrals/", include((urlpatterns, app_name), namespace=app_name))]


class DeskMenuItem(MenuItem):
    def is_shown(self, request):
        return access.is_desk(request.user)


@hooks.register("register_admin_menu_item")
def register_inbox_menu_item():
    return DeskMenuItem(_("Self-referrals"), reverse("referral_inbox:index"), icon_name="mail", order=150)


@hooks.register("construct_homepage_panels")
def add_new_referrals_panel(request, panels):
    if not access.is_desk(request.user):
        return
    from familyinfo.admin_panels import CountPanel
    from referrals.models import Referral, Status

    panels.append(
        CountPanel(
            "new-referrals",
            10,
            _("New self-referrals"),
            Referral.objects.filter(status=Status.NEW).count(),
            reverse("referral_inbox:index") + "?status=new",
            _("Open the inbox"),
        )
    )
