"""The "Listing feedback" queue: who sees which reports, moving them on, forgetting the reply
address on close, marking the listing reviewed, and the dashboard's count."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import User
from django.utils import timezone

from directory.models import ServicePage
from feedback.models import ListingReport, Status
from hubs.models import HubPage, OutreachBasePage
from tests.factories import member_of

pytestmark = pytest.mark.django_db

EASTFIELD_MANAGERS = "Hub managers: Eastfield"


@pytest.fixture
def reports(demo_site):
    service = ServicePage.objects.get(slug="family-mediation")
    eastfield, graiseley = HubPage.objects.get(slug="eastfield"), HubPage.objects.get(slug="graiseley")
    base = OutreachBasePage.objects.child_of(eastfield).live().first()
    made = {
        "service": ListingReport.objects.create(
            page=service,
            problem="contact",
            details="The number is dead",
            reply_name="Ana",
            reply_email="ana@example.org",
        ),
        "eastfield": ListingReport.objects.create(page=eastfield, problem="time-or-place"),
        "graiseley": ListingReport.objects.create(page=graiseley, problem="closed"),
    }
    if base is not None:
        made["eastfield base"] = ListingReport.objects.create(page=base, problem="closed")
    return made


def visible(client, reports):
    """Which reports the logged-in user can open."""
    return {
        name
        for name, report in reports.items()
        if client.get(f"/admin/listing-feedback/{report.pk}/").status_code == 200
    }


@pytest.mark.parametrize(
    ("group", "sees_queue", "sees"),
    [
        ("FIS editors", True, {"service", "eastfield", "graiseley", "eastfield base"}),
        ("FIS publishers", True, {"service", "eastfield", "graiseley", "eastfield base"}),
        (EASTFIELD_MANAGERS, True, {"eastfield", "eastfield base"}),
        ("Translators", False, set()),
        ("Insight officers", False, set()),
        ("Early help desk", False, set()),
        ("Early years team", False, set()),
    ],
)
def test_who_sees_which_reports(client, reports, group, sees_queue, sees):
    client.force_login(member_of(group, "someone"))
    queue = client.get("/admin/listing-feedback/")
    assert (queue.status_code == 200) == sees_queue
    expected = sees & set(reports)
    assert visible(client, reports) == expected
    if sees_queue:
        rows = BeautifulSoup(queue.content, "html.parser").select("table.listing tbody tr td:nth-of-type(2) a")
        assert {link.get_text() for link in rows} == {reports[name].page.title for name in expected}
        assert b"Listing feedback" in client.get("/admin/").content


def test_a_superuser_outside_the_groups_is_kept_out_of_the_reply_addresses(client, reports):
    client.force_login(User.objects.create_superuser("admin", "admin@example.org", "pw"))
    response = client.get("/admin/listing-feedback/")
    # Sent back to the dashboard, as Wagtail answers a screen someone may not open.
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert b"Listing feedback" not in client.get("/admin/").content
    assert visible(client, reports) == set()


def test_the_queue_filters_by_status_and_listing_and_links_each_listing_to_its_edit_screen(client, reports):
    client.force_login(member_of("FIS editors", "ed"))
    reports["graiseley"].move_to(Status.DISMISSED, None)
    page = BeautifulSoup(client.get("/admin/listing-feedback/").content, "html.parser")  # open ones by default
    listed = {link.get_text() for link in page.select("tbody td:nth-of-type(2) a")}
    assert reports["graiseley"].page.title not in listed and reports["service"].page.title in listed
    service = reports["service"]
    link = page.find("a", string=service.page.title)
    assert link["href"] == f"/admin/pages/{service.page_id}/edit/"

    dismissed = BeautifulSoup(client.get("/admin/listing-feedback/?status=dismissed").content, "html.parser")
    assert [a.get_text() for a in dismissed.select("tbody td:nth-of-type(2) a")] == [reports["graiseley"].page.title]
    one = BeautifulSoup(
        client.get(f"/admin/listing-feedback/?status=&listing={service.page_id}").content, "html.parser"
    )
    assert [a.get_text() for a in one.select("tbody td:nth-of-type(2) a")] == [service.page.title]
    # A listing that is not on the list: nothing breaks.
    assert client.get("/admin/listing-feedback/?listing=abc&status=nonsense").status_code == 200


def test_the_reply_address_shows_to_handlers_and_is_deleted_when_the_report_is_closed(client, reports):
    report = reports["service"]
    client.force_login(member_of("FIS editors", "ed"))
    detail = client.get(f"/admin/listing-feedback/{report.pk}/").content.decode()
    assert "ana@example.org" in detail and "The number is dead" in detail

    assert client.post(f"/admin/listing-feedback/{report.pk}/status/", {"status": "doing"}).status_code == 302
    report.refresh_from_db()
    assert (report.status, report.reply_email, report.closed_at) == (Status.DOING, "ana@example.org", None)

    assert client.post(f"/admin/listing-feedback/{report.pk}/status/", {"status": "done"}).status_code == 302
    report.refresh_from_db()
    assert report.status == Status.DONE and report.closed_at is not None
    assert (report.reply_name, report.reply_email) == (None, None)
    assert report.details == "The number is dead"  # what was wrong stays, for the record
    assert "ana@example.org" not in client.get(f"/admin/listing-feedback/{report.pk}/").content.decode()


def test_a_handler_cannot_change_a_report_outside_their_hub(client, reports):
    client.force_login(member_of(EASTFIELD_MANAGERS, "manager"))
    other = reports["graiseley"]
    assert client.post(f"/admin/listing-feedback/{other.pk}/status/", {"status": "dismissed"}).status_code == 404
    other.refresh_from_db()
    assert other.status == Status.NEW
    own = reports["eastfield"]
    assert client.post(f"/admin/listing-feedback/{own.pk}/status/", {"status": "done"}).status_code == 302


def test_a_bad_status_is_refused_with_a_message_and_changes_nothing(client, reports):
    report = reports["eastfield"]
    client.force_login(member_of("FIS editors", "ed"))
    response = client.post(f"/admin/listing-feedback/{report.pk}/status/", {"status": "gone"})
    assert response.status_code == 400 and b"error-message" in response.content
    # Marking reviewed needs "done", and only services have review dates.
    service_report = reports["service"]
    response = client.post(
        f"/admin/listing-feedback/{service_report.pk}/status/", {"status": "doing", "mark_reviewed": "on"}
    )
    assert response.status_code == 400
    service_report.refresh_from_db()
    assert service_report.status == Status.NEW and service_report.reply_email == "ana@example.org"
    hub_detail = client.get(f"/admin/listing-feedback/{report.pk}/").content.decode()
    assert 'name="mark_reviewed"' not in hub_detail


def test_a_publisher_closing_a_report_as_done_marks_the_service_reviewed_and_publishes_it(client, reports):
    report = reports["service"]
    service = ServicePage.objects.get(pk=report.page_id)
    ServicePage.objects.filter(pk=service.pk).update(last_reviewed=datetime.date(2020, 1, 1))
    client.force_login(member_of("FIS publishers", "pub"))
    response = client.post(f"/admin/listing-feedback/{report.pk}/status/", {"status": "done", "mark_reviewed": "on"})
    assert response.status_code == 302
    service.refresh_from_db()
    today = timezone.localdate()
    assert service.last_reviewed == today and service.review_due == today + datetime.timedelta(days=365)
    assert not service.has_unpublished_changes
    report.refresh_from_db()
    assert report.marked_reviewed and report.status == Status.DONE


def test_an_editor_marking_reviewed_leaves_a_draft_for_publisher_review(client, reports):
    report = reports["service"]
    service = ServicePage.objects.get(pk=report.page_id)
    before = service.last_reviewed
    client.force_login(member_of("FIS editors", "ed"))
    client.post(f"/admin/listing-feedback/{report.pk}/status/", {"status": "done", "mark_reviewed": "on"})
    service.refresh_from_db()
    assert service.last_reviewed == before and service.has_unpublished_changes
    assert service.get_latest_revision_as_object().last_reviewed == timezone.localdate()


@pytest.mark.parametrize(
    ("group", "count"),
    [
        ("FIS editors", 3),
        ("FIS publishers", 3),
        (EASTFIELD_MANAGERS, 2),
        ("Translators", None),
        ("Early help desk", None),
    ],
)
def test_the_dashboard_counts_open_reports_for_those_who_can_act(client, reports, group, count):
    if "eastfield base" in reports:
        reports.pop("eastfield base").delete()
    reports["graiseley"].move_to(Status.DONE, None)  # closed: not counted
    ListingReport.objects.create(page=reports["eastfield"].page, problem="other", details="x", status=Status.DOING)
    client.force_login(member_of(group, "someone"))
    panel = BeautifulSoup(client.get("/admin/").content, "html.parser").select_one("#panel-listing-feedback")
    if count is None:
        assert panel is None
    else:
        assert panel.get_text(" ", strip=True) == f"Reports that a listing is wrong: {count}"
