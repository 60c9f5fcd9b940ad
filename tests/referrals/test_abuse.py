"""The self-referral form against robots and odd posts: bounded work, bounded drafts, clean text,
and a desk whose membership changes are all in the audit log."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, User

from referrals import drafts
from referrals.models import AuditAction, AuditEvent, Referral
from tests.referrals.journey import answers, fill_in, state_of

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def child(index, name):
    return {
        f"child-{index}-name": name,
        f"child-{index}-born": "yes",
        f"child-{index}-date_day": "14",
        f"child-{index}-date_month": "3",
        f"child-{index}-date_year": "2021",
        f"child-{index}-send": "no",
    }


def management(total):
    return {
        "child-TOTAL_FORMS": str(total),
        "child-INITIAL_FORMS": "0",
        "child-MIN_NUM_FORMS": "1",
        "child-MAX_NUM_FORMS": "10",
    }


def draft_of(client):
    return drafts.Draft.from_token(client.session[drafts.SESSION_KEY])


def test_the_children_page_reads_at_most_ten_children_and_says_so(client, demo_site):
    client.get("/refer/children/")
    posted = management(1000)
    for index in range(12):
        posted.update(child(index, f"Child {index}"))
    response = client.post("/refer/children/", posted)
    assert response.status_code == 200
    page = soup(response)
    summary = page.select_one(".govuk-error-summary").get_text(" ", strip=True)
    assert "You can tell us about up to 10 children here" in summary
    shown = page.select("input[name$='-name']")
    assert len(shown) == 10  # not a thousand forms built and shown
    # Adding one more to a page that claims a thousand still shows ten.
    response = client.post("/refer/children/", {**posted, "navigate": "add-child"})
    assert len(soup(response).select("input[name$='-name']")) == 10


@pytest.mark.parametrize(
    ("total", "continues"),
    [
        ("²", False),
        # Ten in Arabic-Indic digits: read as ten children, one filled in, the rest left empty.
        ("١٠", True),
        ("99999999999999999999", False),
        ("-3", False),
    ],
)
def test_odd_child_counts_never_fail(client, demo_site, total, continues):
    client.get("/refer/children/")
    for navigate in ["add-child", "remove-child-²", "remove-child-99999999999999999999", ""]:
        response = client.post(
            "/refer/children/", {**management(1), **child(0, "Amir"), "child-TOTAL_FORMS": total, "navigate": navigate}
        )
        if navigate == "" and continues:
            # "Continue" with a count the form can read: on to the next question.
            assert response.status_code == 302, (total, navigate)
            assert response["Location"] == "/refer/help/"
        else:
            # Adding, removing, or a count it cannot read: the children's page again, not an error.
            assert response.status_code == 200, (total, navigate)
            page = soup(response)
            assert "Your children" in page.title.get_text(), (total, navigate)
            if navigate:
                assert page.select("input[name$='-name']"), (total, navigate)
            else:
                assert page.select_one(".govuk-error-summary"), (total, navigate)


def test_a_draft_keeps_only_the_pages_own_answers(client, demo_site):
    client.get("/refer/about-you/")
    robot = {f"extra-{number}": "x" * 1000 for number in range(200)}
    response = client.post(
        "/refer/about-you/",
        {
            "full_name": "Zofia",
            "relationship": "other",
            "relationship_other": "y" * 100_000,
            **robot,
            "child-0-name": "Amir",
        },
    )
    assert response.status_code == 200  # the long answer is a mistake to put right
    kept = draft_of(client).answers["about-you"]
    assert set(kept) == {"full_name", "relationship", "relationship_other"}
    assert len(kept["relationship_other"][0]) == drafts.MAX_VALUE_LENGTH
    # The draft travels in every page: it stays small whatever a robot posts.
    assert len(client.session[drafts.SESSION_KEY]) < 20_000
    assert "Keep this to 100 characters or fewer." in soup(response).get_text()


def test_the_childrens_draft_keeps_only_childrens_answers(client, demo_site):
    client.get("/refer/children/")
    posted = {**management(1), **child(0, "Amir"), "child-0-nickname": "A", "child-20-name": "Nobody", "full_name": "x"}
    client.post("/refer/children/", {**posted, "navigate": "back"})
    kept = draft_of(client).answers["children"]
    assert set(kept) == {*management(1), *child(0, "Amir")}


def test_control_and_direction_characters_are_removed_from_what_families_type(client, demo_site):
    given = answers()
    # A right-to-left override turns "Amir, call after 3" around in the desk's inbox and spreadsheet.
    given["about-you"]["full_name"] = "Zofia\u202e\u0000 Kowalska\u2066\u200f"
    given["help"]["situation"] = "ਮੇਰਾ ਪੁੱਤਰ\u200d\r\nسلام\u200c\u0007\u061c mój syn\u202a\u202c\tok"
    given["children"]["child-0-name"] = "\u2067Amir\u2069"
    check = fill_in(client, given=given)
    client.post("/refer/check/", {"state": state_of(check)})
    referral = Referral.objects.get()
    assert referral.full_name == "Zofia Kowalska"
    # Line breaks, tabs and the joiners Punjabi, Urdu and Arabic writing needs are kept.
    assert referral.situation == "ਮੇਰਾ ਪੁੱਤਰ\u200d\nسلام\u200c mój syn\tok"
    assert "Amir" in str(referral.children) and "\u2067" not in str(referral.children)


def test_an_answer_of_only_invisible_characters_is_still_missing(client, demo_site):
    client.get("/refer/about-you/")
    response = client.post("/refer/about-you/", {"full_name": "\u202e\u200f\u0000", "relationship": "parent"})
    assert "Enter your full name." in soup(response).get_text()


DESK = "Early help desk"
MANAGERS = "Early help desk managers"


def membership_events():
    return [
        (event.username, event.detail)
        for event in AuditEvent.objects.filter(detail__startswith="Desk membership").order_by("pk")
    ]


def user_form(user, groups):
    return {
        "username": user.username,
        "email": user.email or f"{user.username}@example.org",
        "first_name": "A",
        "last_name": "B",
        "password1": "",
        "password2": "",
        "is_active": "on",
        "groups": [group.pk for group in groups],
    }


def test_desk_membership_changes_in_the_admin_are_audited(client, demo_site):
    admin = User.objects.create_superuser("admin", "admin@example.org", "pw")
    worker = User.objects.create_user("worker", "worker@example.org", "pw")
    desk, managers = Group.objects.get(name=DESK), Group.objects.get(name=MANAGERS)
    editors = Group.objects.get(name="FIS editors")
    client.force_login(admin)

    response = client.post(f"/admin/users/edit/{worker.pk}/", user_form(worker, [desk, editors]))
    assert response.status_code == 302, response.content.decode()[:2000]
    assert membership_events() == [("admin", "Desk membership: worker added to Early help desk")]

    client.post(f"/admin/users/edit/{worker.pk}/", user_form(worker, [managers]))
    assert membership_events()[1:] == [
        ("admin", "Desk membership: worker removed from Early help desk"),
        ("admin", "Desk membership: worker added to Early help desk managers"),
    ]
    assert all(event.action == AuditAction.CHANGED and event.user == admin for event in AuditEvent.objects.all())
    # Changing anything else about a user, or another group's members, writes nothing.
    client.post(f"/admin/users/edit/{worker.pk}/", {**user_form(worker, [managers]), "first_name": "C"})
    editors.user_set.add(worker)
    assert len(membership_events()) == 3

    # The users list's "Assign role" puts people in a group from the group's side.
    other = User.objects.create_user("other", "other@example.org", "pw")
    response = client.post(f"/admin/bulk/auth/user/assign_role/?next=/admin/users/&id={other.pk}", {"role": desk.pk})
    assert response.status_code == 302
    assert membership_events()[-1] == ("admin", "Desk membership: other added to Early help desk")

    # The desk managers read it in their audit log.
    client.force_login(worker)
    log = soup(client.get("/admin/self-referrals/audit/")).get_text(" ")
    assert "worker added to Early help desk managers" in log


def test_desk_membership_changes_outside_the_admin_are_audited_too(demo_site):
    desk = Group.objects.get(name=DESK)
    worker = User.objects.create_user("worker", "worker@example.org", "pw")
    desk.user_set.add(worker)
    worker.groups.clear()
    User.objects.create_user("gone", "gone@example.org", "pw").groups.add(desk)
    User.objects.get(username="gone").delete()
    assert membership_events() == [
        ("(no signed-in user)", "Desk membership: worker added to Early help desk"),
        ("(no signed-in user)", "Desk membership: worker removed from Early help desk"),
        ("(no signed-in user)", "Desk membership: gone added to Early help desk"),
        ("(no signed-in user)", "Desk membership: gone removed from Early help desk"),
    ]
