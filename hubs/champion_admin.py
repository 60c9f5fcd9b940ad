"""The Early years team's screens for people who want to become parent champions: the list by
stage, one person's stages, and a champion profile started from someone who is now active.
Registered in hubs/wagtail_hooks.py."""

from django.db.models import OuterRef, Subquery
from django.urls import reverse
from django.utils.http import urlencode
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.snippets.views.snippets import CreateView

from core.typed_text import whole_number
from hubs.models import ChampionInterest, InterestStage, InterestStageReached, ParentChampion
from hubs.roles import in_early_years_team

# The largest id looked up from an address: more digits than any table will reach.
LARGEST_ID = 2**31 - 1


class InterestIndexView(IndexView):
    """The list, with how many people are at each stage above it: each a link to those people."""

    template_name = "hubs/admin/champion_interest_index.html"

    def get_base_queryset(self):
        # When each reached the stage they are at now: the last stage recorded.
        latest = InterestStageReached.objects.filter(interest=OuterRef("pk")).order_by("-pk").values("reached_at")
        return super().get_base_queryset().annotate(stage_since=Subquery(latest[:1]))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["stage_counts"] = ChampionInterest.objects.stage_counts()
        context["chosen_stage"] = self.request.GET.get("stage", "")
        return context


class InterestInspectView(InspectView):
    """One person's details, the date they reached each stage, and, once they are an active
    champion, a link to start their public profile."""

    template_name = "hubs/admin/champion_interest_inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["stages_reached"] = self.object.stages_reached.all()
        if self.object.stage == InterestStage.ACTIVE and self.request.user.has_perm("hubs.add_parentchampion"):
            context["new_profile_url"] = profile_url_for(self.object)
        return context


def profile_url_for(interest):
    return reverse("wagtailsnippets_hubs_parentchampion:add") + "?" + urlencode({"interest": interest.pk})


class ChampionCreateView(CreateView):
    """A new champion profile, started with the first name and area of someone the Early years
    team has marked active (`?interest=`). The address carries only the number: the name is read
    here, and only for the team, as nobody else may read interest."""

    def get_initial_form_instance(self):
        instance = super().get_initial_form_instance()
        interest = self.interest_to_start_from()
        if interest is None:
            return instance
        instance = instance or ParentChampion()
        instance.first_name = interest.first_name[: ParentChampion._meta.get_field("first_name").max_length]
        instance.locality = interest.locality
        return instance

    def interest_to_start_from(self):
        number = whole_number(self.request.GET.get("interest"), LARGEST_ID)
        if number is None or not in_early_years_team(self.request.user):
            return None
        return ChampionInterest.objects.filter(pk=number, stage=InterestStage.ACTIVE).first()
