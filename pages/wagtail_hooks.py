"""Admin menus for the site-wide reference lists, and the review workflow's dashboard panels."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.models import TaskState, WorkflowState
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.admin_panels import CountPanel
from core.models import SpokenLanguage
from directory.models import SafetyAnswer
from pages.editor_guide import editor_guide

REVIEWERS = "FIS publishers"  # the review task's group: see migration 0008


class SpokenLanguageViewSet(SnippetViewSet):
    model = SpokenLanguage
    icon = "openquote"
    menu_label = _("Spoken languages")
    list_display = ["name", "native_name", "code"]
    ordering = ["sort_order", "name"]


register_snippet(SpokenLanguageViewSet)


class SafetyAnswerViewSet(SnippetViewSet):
    """Safety answers and signposts: what frightened or everyday searches are answered with."""

    model = SafetyAnswer
    icon = "warning"
    menu_label = _("Safety answers")
    list_display = ["title", "kind", "slug"]
    list_filter = ["kind"]
    ordering = ["sort_order", "slug"]


register_snippet(SafetyAnswerViewSet)


@hooks.register("construct_homepage_panels")
def add_workflow_panels(request, panels):
    """Publishers see what waits for their approval; people who draft see what they sent."""
    user = request.user
    to_review = TaskState.objects.reviewable_by(user).count()
    if to_review or user.groups.filter(name=REVIEWERS).exists():
        panels.append(
            CountPanel(
                "awaiting-approval",
                15,
                _("Pages awaiting your approval"),
                to_review,
                reverse("wagtailadmin_reports:workflow") + "?reviewable=true",
                _("Review them"),
            )
        )
        return
    if PagePermissionPolicy().instances_user_has_any_permission_for(user, ["add", "change"]).exists():
        sent = WorkflowState.objects.filter(requested_by=user, status=WorkflowState.STATUS_IN_PROGRESS).count()
        panels.append(
            CountPanel(
                "awaiting-approval",
                15,
                _("Your changes awaiting approval"),
                sent,
                reverse("wagtailadmin_reports:workflow") + f"?requested_by={user.pk}",
                _("See where they are"),
                _("A publisher checks every change before it goes on the site."),
            )
        )


@hooks.register("register_admin_urls")
def register_editor_guide_url():
    return [path("guide/", editor_guide, name="editor_guide")]


@hooks.register("register_admin_menu_item")
def register_editor_guide_menu_item():
    return MenuItem(_("Editor guide"), reverse("editor_guide"), icon_name="help", order=10000)


class GuidePanel(Component):
    name = "editor-guide"
    order = 5
    template_name = "pages/admin/guide_panel.html"


@hooks.register("construct_homepage_panels")
def add_editor_guide_panel(request, panels):
    panels.append(GuidePanel())


class StuckEmailPanel(Component):
    """Queued emails (to editors, password resets) the mail server has not taken after several
    tries or an hour, for whoever looks after the site's settings. What each email says and
    whom it is for are never shown: only when it was queued and how sending went."""

    name = "stuck-email"
    order = 6
    template_name = "pages/admin/stuck_email_panel.html"

    def __init__(self, emails, count):
        self.emails, self.count = emails, count

    def get_context_data(self, parent_context=None):
        return {"emails": self.emails, "count": self.count}


@hooks.register("construct_homepage_panels")
def add_stuck_email_panel(request, panels):
    if not request.user.has_perm("core.change_notificationaddresses"):
        return
    from core import mail_queue

    stuck = mail_queue.stuck().only("created_at", "attempts", "next_attempt_at", "last_error")
    count = stuck.count()
    if count:
        panels.append(StuckEmailPanel(list(stuck[:20]), count))
