"""Admin menus for places: localities, wards and facilities."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from hubs.models import Facility, Locality, Ward


class LocalityViewSet(SnippetViewSet):
    model = Locality
    icon = "site"
    list_display = ["number", "name", "area_name"]
    ordering = ["number"]


class WardViewSet(SnippetViewSet):
    model = Ward
    icon = "pick"
    list_display = ["name", "code", "locality"]
    list_filter = ["locality"]


class FacilityViewSet(SnippetViewSet):
    model = Facility
    icon = "tick-inverse"
    list_display = ["name"]


class PlacesGroup(SnippetViewSetGroup):
    items = (LocalityViewSet, WardViewSet, FacilityViewSet)
    menu_icon = "site"
    menu_label = "Places"
    menu_name = "places"


register_snippet(PlacesGroup)
