"""The inbox's place in the admin: its URLs, a menu item only the desk can see, dashboard
panels for the desk (new referrals) and its managers (notifications that will not go), and the
referrals' counts in the Insight area (never a referral itself)."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from core.insight import HOOK as INSIGHT_HOOK
from referrals import access, inbox
from referrals.insight import referrals_section

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
    return DeskMenuItem(_("Referrals"), reverse("referral_inbox:index"), icon_name="mail", order=150)


@hooks.register("construct_homepage_panels")
def add_new_referrals_panel(request, panels):
    if not access.is_desk(request.user):
        return
    from core.admin_panels import CountPanel
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


class StuckNotificationsPanel(Component):
    """Notifications the desk's mailbox has not had after several tries or an hour: the
    referrals are safe in the inbox, but nobody has been told. Shows only when there are some."""

    name = "stuck-notifications"
    order = 5
    template_name = "referrals/inbox/stuck_notifications_panel.html"

    def __init__(self, notifications, count, mailbox_set):
        self.notifications, self.count, self.mailbox_set = notifications, count, mailbox_set

    def get_context_data(self, parent_context=None):
        return {"notifications": self.notifications, "count": self.count, "mailbox_set": self.mailbox_set}


@hooks.register("construct_homepage_panels")
def add_stuck_notifications_panel(request, panels):
    if not access.is_desk_manager(request.user):
        return
    from referrals import notifications

    stuck = notifications.stuck()
    count = stuck.count()
    if count:
        # The oldest twenty: enough to see what is wrong without a long page.
        panels.append(StuckNotificationsPanel(list(stuck[:20]), count, bool(notifications.desk_mailbox())))


@hooks.register(INSIGHT_HOOK)
def register_referrals_insight():
    return referrals_section()
