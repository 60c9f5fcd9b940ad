"""Admin menus for the site-wide reference lists."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from familyinfo.models import SpokenLanguage


class SpokenLanguageViewSet(SnippetViewSet):
    model = SpokenLanguage
    icon = "openquote"
    menu_label = "Spoken languages"
    list_display = ["name", "native_name", "code"]
    ordering = ["sort_order", "name"]


register_snippet(SpokenLanguageViewSet)
