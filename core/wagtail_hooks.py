"""Admin menu for site alerts: the banner at the top of every public page."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

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
