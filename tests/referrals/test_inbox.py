"""The early help desk's inbox: only the desk sees it, and everything it does is on record."""

import csv
import io
import json

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, User
from django.db import connection

from referrals.models import AuditAction, AuditEvent, Note, Referral, Status
from tests.referrals.journey import fill_in, state_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def referral(client, demo_site):
    check = fill_in(client)
    client.post("/refer/check/", {"state": state_of(check)})
    client.logout()
    return Referral.objects.get()


def user(name, group=None, superuser=False, staff_editor=False):
    account = User.objects.create_user(name, password="pw", is_superuser=superuser, is_staff=superuser)
    if group:
        account.groups.add(Group.objects.get(name=group))
    if staff_editor:
        account.groups.add(Group.objects.get(name="Editors"))
    return account


@pytest.fixture
def desk(client):
    return user("desk", "Early help desk")


@pytest.fixture
def manager():
    return user("manager", "Early help desk managers")


def inbox_urls(reference):
    """Each inbox URL with what the desk gets from it: a page (200, no redirect) or a
    redirect back to the referral after a change."""
    detail = f"/admin/self-referrals/{reference}/"
    return [
        ("get", "/admin/self-referrals/", 200, None),
        ("get", detail, 200, None),
        ("post", f"{detail}status/", 302, detail),
        ("post", f"{detail}notes/", 302, detail),
        ("post", "/admin/self-referrals/export/", 200, None),
    ]


@pytest.mark.parametrize(
    ("who", "allowed"),
    [
        ("anonymous", False),
        ("editor", False),
        ("superuser", False),
        ("early years team", False),
        ("desk", True),
        ("manager", True),
    ],
)
def test_permission_matrix_over_every_inbox_url(client, referral, who, allowed):
    accounts = {
        "editor": lambda: user("editor", staff_editor=True),
        "superuser": lambda: user("admin", superuser=True),
        "early years team": lambda: user("eyt", "Early years team"),
        "desk": lambda: user("desk", "Early help desk"),
        "manager": lambda: user("manager", "Early help desk managers"),
    }
    if who != "anonymous":
        client.force_login(accounts[who]())
    for method, url, desk_status, desk_location in inbox_urls(referral.reference):
        data = {"reference": referral.reference, "format": "csv", "text": "x", "status": "screening", "reason": "r"}
        response = getattr(client, method)(url, data) if method == "post" else client.get(url)
        if allowed:
            assert response.status_code == desk_status, (url, response.status_code)
            assert response.get("Location") == desk_location, url
        elif who == "anonymous":
            assert response.status_code == 302, url
            assert response["Location"] == f"/admin/login/?next={url}", url
        else:
            # Wagtail turns "permission denied" into a redirect to the dashboard with a message.
            assert response.status_code == 302, (url, response.status_code)
            assert response["Location"] == "/admin/", url
    referral.refresh_from_db()
    assert (referral.status == Status.SCREENING) == allowed


def test_menu_item_only_for_the_desk(client, referral, desk):
    editor = user("editor", staff_editor=True)
    client.force_login(editor)
    assert b"/admin/self-referrals/" not in client.get("/admin/").content
    client.force_login(desk)
    assert b"/admin/self-referrals/" in client.get("/admin/").content


def test_desk_sees_the_referral_in_full(client, referral, desk):
    client.force_login(desk)
    page = BeautifulSoup(client.get(f"/admin/self-referrals/{referral.reference}/").content, "html.parser")
    text = page.get_text(" ", strip=True)
    for expected in [
        "Zofia Kowalska-Łęcka",
        "07700 900 123",  # stored as +447700900123, shown as the desk would write it
        "WV10 9SG",
        "Amir",
        "tantrums",
        "Health visitor",
        "Polish",
        "interpreter needed",
    ]:
        assert expected in text, expected
    assert "call, text" in text  # what is safe


def test_list_filters_and_search_by_reference(client, referral, desk):
    client.force_login(desk)

    def references(query):
        page = BeautifulSoup(client.get(f"/admin/self-referrals/{query}").content, "html.parser")
        return [link.get_text() for link in page.select("table.listing tbody a")]

    assert references("") == [referral.reference]
    assert references(f"?q={referral.reference[:4].lower()}") == [referral.reference]
    assert references("?q=ZZZZ") == []
    assert references("?status=new&interpreter=yes&language=pl") == [referral.reference]
    assert references("?status=closed_nfa") == []
    assert references("?interpreter=no") == []
    assert references(f"?locality={referral.locality.number}&form_language=en") == [referral.reference]
    assert references("?received_from=2000-01-01&received_to=2000-01-02") == []
    assert client.get("/admin/self-referrals/?received_from=nonsense&locality=99").status_code == 200


def test_status_workflow_allocation_notes_and_history(client, referral, desk):
    from hubs.models import HubPage

    client.force_login(desk)
    url = f"/admin/self-referrals/{referral.reference}/"
    response = client.post(url + "status/", {"status": "allocated", "reason": "Needs parenting support"})
    assert response.status_code == 400  # allocation needs a hub
    assert b"Choose the hub" in response.content
    response = client.post(url + "status/", {"status": "screening", "reason": ""})
    assert b"Give a reason for the change." in response.content
    hub = HubPage.objects.live().first()
    client.post(url + "status/", {"status": "screening", "reason": "Calling the family"})
    client.post(url + "status/", {"status": "allocated", "hub": hub.pk, "reason": "Local hub offer"})
    client.post(url + "notes/", {"text": "Spoke to mum by text, as agreed."})
    referral.refresh_from_db()
    assert referral.status == Status.ALLOCATED and referral.hub == hub and referral.locality == hub.locality
    assert [change.to_status for change in referral.status_changes.all()] == ["screening", "allocated"]
    text = BeautifulSoup(client.get(url).content, "html.parser").get_text(" ", strip=True)
    assert "Local hub offer" in text and "Spoke to mum by text" in text and "desk" in text
    client.post(url + "status/", {"status": "closed_nfa", "reason": "Family did not want help"})
    referral.refresh_from_db()
    assert referral.closed_at is not None


def test_export_csv_and_json_of_selected_referrals(client, referral, desk):
    client.force_login(desk)
    response = client.post("/admin/self-referrals/export/", {"reference": [referral.reference], "format": "csv"})
    assert response["Content-Type"].startswith("text/csv") and "attachment" in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0]["reference"] == referral.reference and rows[0]["full_name"] == "Zofia Kowalska-Łęcka"
    response = client.post("/admin/self-referrals/export/", {"reference": [referral.reference], "format": "json"})
    records = json.loads(response.content)
    assert records[0]["children"][0]["name"] == "Amir" and records[0]["interpreter_needed"] is True
    response = client.post("/admin/self-referrals/export/", {"format": "json"})
    assert response.status_code == 302  # nothing ticked: back to the inbox with a message


def test_every_view_change_and_export_is_audited(client, referral, desk, manager):
    client.force_login(desk)
    client.get("/admin/self-referrals/?status=new")
    client.get(f"/admin/self-referrals/{referral.reference}/")
    client.post(f"/admin/self-referrals/{referral.reference}/status/", {"status": "screening", "reason": "r"})
    client.post(f"/admin/self-referrals/{referral.reference}/notes/", {"text": "n"})
    client.post("/admin/self-referrals/export/", {"reference": [referral.reference], "format": "csv"})
    # (Putting the desk and manager in their groups was audited too: tests/referrals/test_abuse.py.)
    events = list(AuditEvent.objects.exclude(detail__startswith="Desk membership").order_by("at", "pk"))
    assert [event.action for event in events] == [
        AuditAction.LISTED,
        AuditAction.VIEWED,
        AuditAction.CHANGED,
        AuditAction.NOTED,
        AuditAction.EXPORTED,
    ]
    assert all(event.username == "desk" for event in events)
    assert events[0].detail == "status=new"
    assert events[4].references == referral.reference
    # Desk users cannot read the log; managers can; nobody can change it.
    assert client.get("/admin/self-referrals/audit/")["Location"] == "/admin/"  # denied
    client.force_login(manager)
    page = client.get("/admin/self-referrals/audit/")
    assert page.status_code == 200 and referral.reference.encode() in page.content
    with pytest.raises(PermissionError):
        events[0].save()
    with pytest.raises(PermissionError):
        events[0].delete()


def test_database_holds_no_personal_data_in_clear_text(client, referral, desk):
    client.force_login(desk)
    client.post(f"/admin/self-referrals/{referral.reference}/notes/", {"text": "Secret note about Amir"})
    client.post(
        f"/admin/self-referrals/{referral.reference}/status/", {"status": "screening", "reason": "Amir's school called"}
    )
    secrets = [
        "Zofia",
        "Kowalska",
        "07700",
        "900123",
        "Example Road",
        "WV10 9SG",
        "Amir",
        "tantrums",
        "Bilston clinic",
        "Przed",
        "behaviour",
    ]
    # The codes of the needs ticked are kept in the clear, for statistics, and only there
    # (decision 0007): "behaviour" names nobody, and is in no other column.
    assert Referral.objects.get(pk=referral.pk).need_codes == ["behaviour", "money"]
    with connection.cursor() as cursor:
        for table in [
            "referrals_referral",
            "referrals_note",
            "referrals_statuschange",
            "referrals_auditevent",
            "referrals_notification",
            "django_session",
        ]:
            cursor.execute(f"SELECT * FROM {table}")  # noqa: S608 (fixed table names)
            columns = [column[0] for column in cursor.description]
            rows = cursor.fetchall()
            dump = repr(
                [[value for name, value in zip(columns, row, strict=True) if name != "need_codes"] for row in rows]
            )
            for secret in secrets:
                assert secret not in dump, (table, secret)
    assert Note.objects.get().text == "Secret note about Amir"  # and it decrypts for the desk


def test_nothing_personal_in_logs(client, demo_site, caplog, settings):
    settings.EMAIL_BACKEND = "tests.referrals.failing_mail.Backend"
    check = fill_in(client)
    with caplog.at_level("DEBUG"):
        client.post("/refer/check/", {"state": state_of(check)})
        from referrals.notifications import send_pending

        send_pending()
    for secret in ["Zofia", "07700", "Amir", "tantrums", "WV10"]:
        assert secret not in caplog.text
