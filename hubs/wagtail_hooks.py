"""Admin menus for places (localities, wards and facilities), parent champions, the Early
years team's list of people who want to become one, and the localities of the Insight area."""

from django import forms
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import DateColumn, TitleColumn
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.insight import LOCALITIES_HOOK
from hubs.champion_admin import ChampionCreateView, InterestIndexView, InterestInspectView
from hubs.models import (
    ChampionInterest,
    Facility,
    InterestStage,
    Locality,
    ParentChampion,
    SchoolTerm,
    Venue,
    Ward,
)
from hubs.roles import EARLY_YEARS_TEAM, in_early_years_team


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


class VenueViewSet(SnippetViewSet):
    model = Venue
    icon = "home"
    list_display = ["name", "postcode", "confidential"]


class SchoolTermViewSet(SnippetViewSet):
    """The school terms "term time only" sessions follow: checked by the FIS team each year."""

    model = SchoolTerm
    icon = "date"
    menu_label = _("School term dates")
    list_display = ["school_year", "name", "first_day", "last_day", "confirmed"]
    list_filter = ["school_year", "confirmed"]
    ordering = ["first_day"]


class PlacesGroup(SnippetViewSetGroup):
    items = (LocalityViewSet, WardViewSet, FacilityViewSet, VenueViewSet, SchoolTermViewSet)
    menu_icon = "site"
    menu_label = _("Places")
    menu_name = "places"


register_snippet(PlacesGroup)


class ChampionViewSet(SnippetViewSet):
    model = ParentChampion
    icon = "user"
    menu_label = _("Parent champions")
    list_display = ["first_name", "locality", "is_active"]
    list_filter = ["locality", "languages", "is_active"]
    add_view_class = ChampionCreateView


register_snippet(ChampionViewSet)


class EarlyYearsTeamOnly(ModelPermissionPolicy):
    """The group's permissions, held by members of the Early years team and nobody else.

    Membership is checked by name, as for the self-referral inbox (referrals/access.py):
    Django gives superusers every permission, and these are people's contact details that only
    the team needs, so an administrator must be put in the team to read them."""

    def user_has_permission(self, user, action):
        return in_early_years_team(user) and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission(actions).filter(groups__name=EARLY_YEARS_TEAM)


register_permission_policy(ChampionInterest, EarlyYearsTeamOnly(ChampionInterest), exact_class=True)


class ChampionInterestViewSet(ModelViewSet):
    """People who want to become parent champions, by stage: the team moves each person on
    (contacted, induction booked, trained, active, or not going ahead). Only the Early years
    team has the permissions to see it (superusers included: see EarlyYearsTeamOnly), so nobody
    else gets the menu item either."""

    model = ChampionInterest
    icon = "user"
    menu_label = _("Champion interest")
    add_to_admin_menu = True
    index_view_class = InterestIndexView
    inspect_view_class = InterestInspectView
    # Each opens the person's page (details, stages and the way on) rather than the stage form.
    list_display = [
        TitleColumn("__str__", label=_("Received"), url_name="champion_interest:inspect"),
        "locality",
        "language_of_form",
        "stage",
        DateColumn("stage_since", label=_("Since"), sort_key="stage_since"),
    ]
    list_filter = ["stage", "locality"]
    panels = [FieldPanel("stage", widget=forms.RadioSelect)]
    inspect_view_enabled = True
    inspect_view_fields = [
        "created_at",
        "first_name",
        "phone",
        "email",
        "locality",
        "languages",
        "message",
        "language_of_form",
        "stage",
    ]
    search_fields = None
    copy_view_enabled = False


champion_interest_viewset = ChampionInterestViewSet("champion_interest")


@hooks.register("register_admin_viewset")
def register_champion_interest_viewset():
    return champion_interest_viewset


@hooks.register("construct_homepage_panels")
def add_champion_interest_panel(request, panels):
    """The team's reminder in the admin too: how many wait to hear from them."""
    from core.admin_panels import CountPanel

    if champion_interest_viewset.permission_policy.user_has_permission(request.user, "change"):
        panels.append(
            CountPanel(
                "champion-interest",
                24,
                _("People waiting to hear about becoming a parent champion"),
                ChampionInterest.objects.waiting().count(),
                reverse("champion_interest:index") + "?stage=" + InterestStage.NEW,
                _("See who to contact"),
            )
        )


@hooks.register(LOCALITIES_HOOK)
def insight_localities():
    """The eight localities the Insight area's figures can be narrowed to, in their order."""
    return list(Locality.objects.order_by("number").values_list("pk", "name"))
