"""Champion interest (people's contact details) is for the Early years team only: an
administrator is kept out as from the self-referral inbox, unless put in the team."""

import pytest
from django.contrib.auth.models import Group, User

from hubs.models import ChampionInterest

pytestmark = pytest.mark.django_db

JOIN_URL = "/parent-champions/become-a-parent-champion/"


@pytest.fixture
def interest(db):
    return ChampionInterest.objects.create(first_name="Zofia", phone="07700 900123", language_of_form="pl")


def urls(interest):
    return [
        "/admin/champion_interest/",
        f"/admin/champion_interest/inspect/{interest.pk}/",
        f"/admin/champion_interest/edit/{interest.pk}/",
        f"/admin/champion_interest/delete/{interest.pk}/",
    ]


def test_superusers_are_kept_out_of_champion_interest(client, interest):
    admin = User.objects.create_superuser("admin", "admin@example.org", "pw")
    client.force_login(admin)
    for url in urls(interest):
        response = client.get(url)
        # Sent back to the dashboard, as Wagtail answers a page someone may not open.
        assert (response.status_code, response["Location"]) == (302, "/admin/"), url
    assert b"Champion interest" not in client.get("/admin/").content
    response = client.post(f"/admin/champion_interest/edit/{interest.pk}/", {"stage": "contacted"})
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert ChampionInterest.objects.get(pk=interest.pk).stage == "new"


def test_a_superuser_put_in_the_team_reads_it(client, interest):
    admin = User.objects.create_superuser("admin", "admin@example.org", "pw")
    admin.groups.add(Group.objects.get(name="Early years team"))
    client.force_login(admin)
    assert b"Champion interest" in client.get("/admin/").content
    response = client.get(f"/admin/champion_interest/inspect/{interest.pk}/")
    assert response.status_code == 200 and b"07700 900123" in response.content


def test_an_inactive_team_member_is_kept_out(client, interest):
    member = User.objects.create_user("eyt", "eyt@example.org", "pw")
    member.groups.add(Group.objects.get(name="Early years team"))
    member.is_active = False
    member.save()
    client.force_login(member)
    response = client.get("/admin/champion_interest/")
    assert (response.status_code, response["Location"]) == (302, "/admin/login/?next=/admin/champion_interest/")


def test_control_and_direction_characters_are_removed_from_the_interest_form(client, demo_site):
    response = client.post(
        JOIN_URL,
        {
            "first_name": "\u202eZofia\u0000\u200f",
            "phone": "07700 900123",
            "email": "",
            "locality": "",
            "languages": "Polski\u2066, English\u2069",
            "message": "Mogę pomóc\r\nw sobotę\u202c\u0008",
            "consent": "on",
            "website": "",
        },
    )
    assert response.status_code == 302
    interest = ChampionInterest.objects.latest("pk")
    assert (interest.first_name, interest.languages, interest.message) == (
        "Zofia",
        "Polski, English",
        "Mogę pomóc\nw sobotę",
    )
