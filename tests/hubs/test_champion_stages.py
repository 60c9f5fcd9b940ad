"""Interest in becoming a parent champion moves through stages in the Early years team's list:
new, contacted, induction booked, trained, active, or not going ahead, each with its date."""

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.core.management import call_command
from wagtail.models import Site

from core.models import NotificationAddresses
from hubs.models import ChampionInterest, InterestStage, InterestStageReached, Locality
from tests.factories import member_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def team(client, demo_site):
    client.force_login(member_of("Early years team", "early-years"))
    return client


def text(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)


def interest(stage=InterestStage.NEW, **fields):
    person = ChampionInterest.objects.create(
        first_name=fields.pop("first_name", "Zofia"), phone="07700 900123", language_of_form="pl", **fields
    )
    if stage != InterestStage.NEW:
        person.stage = stage
        person.save()
    return person


def test_the_team_moves_someone_on_and_each_stage_keeps_its_date(team):
    person = interest()
    for stage in ["contacted", "induction_booked", "trained"]:
        response = team.post(f"/admin/champion_interest/edit/{person.pk}/", {"stage": stage})
        assert response.status_code == 302
    reached = list(person.stages_reached.values_list("stage", flat=True))
    assert reached == ["new", "contacted", "induction_booked", "trained"]
    assert all(person.stages_reached.values_list("reached_at", flat=True))
    page = text(team.get(f"/admin/champion_interest/inspect/{person.pk}/"))
    assert "Stages reached" in page and "Induction booked:" in page and "Trained:" in page
    # Saving the same stage again records nothing new.
    team.post(f"/admin/champion_interest/edit/{person.pk}/", {"stage": "trained"})
    assert person.stages_reached.count() == 4


def test_the_list_counts_people_at_each_stage_and_shows_one_stage(team):
    ChampionInterest.objects.all().delete()  # the demo's made-up people
    interest(first_name="Ana")
    interest(InterestStage.CONTACTED, first_name="Ben")
    interest(InterestStage.CONTACTED, first_name="Cai")
    interest(InterestStage.NOT_GOING_AHEAD, first_name="Dee")
    page = BeautifulSoup(team.get("/admin/champion_interest/").content, "html.parser")
    counts = [link.get_text(strip=True) for link in page.select(".champion-stages a")]
    assert counts[:6] == [
        "New: not yet contacted: 1",
        "Contacted: 2",
        "Induction booked: 0",
        "Trained: 0",
        "Active champion: 0",
        "Not going ahead: 1",
    ]
    contacted = BeautifulSoup(team.get("/admin/champion_interest/?stage=contacted").content, "html.parser")
    assert len(contacted.select("#listing-results tbody tr")) == 2


def test_only_new_people_are_counted_as_waiting(team):
    ChampionInterest.objects.all().delete()
    NotificationAddresses.objects.update_or_create(
        site=Site.objects.get(is_default_site=True), defaults={"early_years_team_email": "early.years@example.org"}
    )
    interest(first_name="Ana")
    interest(InterestStage.INDUCTION_BOOKED, first_name="Ben")
    interest(InterestStage.NOT_GOING_AHEAD, first_name="Cai")
    call_command("send_champion_interest_reminders", verbosity=0)
    assert mail.outbox[0].subject == "1 person is waiting to hear about becoming a parent champion"
    assert "/admin/champion_interest/?stage=new" in mail.outbox[0].body
    panel = BeautifulSoup(team.get("/admin/").content, "html.parser").select_one("#panel-champion-interest")
    assert panel.get_text(" ", strip=True) == "People waiting to hear about becoming a parent champion: 1"


def test_an_active_champion_gets_a_profile_started_with_their_first_name_and_area(team, client):
    area = Locality.objects.get(number=3)
    person = interest(InterestStage.ACTIVE, first_name="Samira", locality=area)
    inspect = BeautifulSoup(team.get(f"/admin/champion_interest/inspect/{person.pk}/").content, "html.parser")
    link = inspect.find("a", string="Create their parent champion profile")
    assert link["href"] == f"/admin/snippets/hubs/parentchampion/add/?interest={person.pk}"
    form = BeautifulSoup(team.get(link["href"]).content, "html.parser")
    assert form.find("input", attrs={"name": "first_name"})["value"] == "Samira"
    assert form.find(attrs={"name": "locality"})["value"] == str(area.pk)  # the area chooser
    # The FIS team may add champions but never read interest: the address tells them nothing.
    client.force_login(member_of("FIS editors", "fis"))
    blank = BeautifulSoup(client.get(link["href"]).content, "html.parser")
    assert not blank.find("input", attrs={"name": "first_name"}).get("value")
    # Only someone active is offered: an address with another number fills nothing in.
    someone_new = interest(first_name="Jade")
    team.force_login(member_of("Early years team", "early-years-2"))
    new_form = BeautifulSoup(
        team.get(f"/admin/snippets/hubs/parentchampion/add/?interest={someone_new.pk}").content, "html.parser"
    )
    assert not new_form.find("input", attrs={"name": "first_name"}).get("value")
    assert team.get("/admin/snippets/hubs/parentchampion/add/?interest=9" + "9" * 40).status_code == 200


def test_the_dates_stages_were_reached_outlive_the_persons_details(team):
    person = interest(InterestStage.TRAINED)
    team.post(f"/admin/champion_interest/delete/{person.pk}/")
    assert not ChampionInterest.objects.filter(pk=person.pk).exists()
    kept = InterestStageReached.objects.filter(interest=None).values_list("stage", flat=True)
    assert list(kept)[-2:] == ["new", "trained"]
