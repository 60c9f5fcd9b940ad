"""Admin menus of the shared kernel: site alerts (the banner at the top of every public page) and
the Insight area, whose figures each app adds as sections (core/insight.py)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core import insight_views
from core.models import SiteAlert


class SiteAlertViewSet(SnippetViewSet):
    """Alerts are scheduled, not published: each shows between its two times."""

    model = SiteAlert
    icon = "warning"
    menu_label = _("Site alerts")
    add_to_admin_menu = True
    menu_order = 250
    list_display = ["heading", "style", "starts_at", "ends_at"]
    list_filter = ["style"]
    ordering = ["-starts_at"]


register_snippet(SiteAlertViewSet)


@hooks.register("register_admin_urls")
def register_insight_url():
    return [path("insight/", insight_views.insight, name="insight")]


class InsightMenuItem(MenuItem):
    def is_shown(self, request):
        return insight_views.may_see_insight(request.user)


@hooks.register("register_admin_menu_item")
def register_insight_menu_item():
    return InsightMenuItem(_("Insight"), reverse("insight"), icon_name="table", order=170)
