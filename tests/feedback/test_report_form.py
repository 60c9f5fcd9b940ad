"""A family tells the council a listing is wrong: in their language, with no personal data
needed, without JavaScript, and never more than the hourly limit from one connection."""

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.utils import translation

from directory.models import ServicePage
from feedback.models import ListingReport, Status
from hubs.models import HubPage, OutreachBasePage

pytestmark = pytest.mark.django_db

LINK_TEXT = "Report something wrong with this page"
TOO_MANY = (
    "We have had a lot of requests from this connection in the last hour, so we could not send this. "
    "What you typed is still here: please try again in an hour."
)


def in_polish(text):
    with translation.override("pl"):
        return translation.gettext(text)


def report_url(page, language=""):
    prefix = f"/{language}" if language else ""
    return f"{prefix}/report-a-problem/{page.pk}/"


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def service(demo_site):
    return ServicePage.objects.get(slug="family-mediation")


def test_every_service_hub_and_outreach_base_page_links_to_the_form(client, demo_site):
    pages = [
        ServicePage.objects.get(slug="family-mediation"),
        HubPage.objects.get(slug="eastfield"),
        OutreachBasePage.objects.live().first(),
    ]
    for page in pages:
        link = soup(client.get(page.url)).find("a", string=LINK_TEXT)
        assert link is not None, page
        assert link["href"] == report_url(page)
        assert client.get(link["href"]).status_code == 200


def test_a_family_reports_a_service_in_polish_with_no_personal_data(client, service):
    with translation.override("pl"):
        page = client.get(ServicePage.objects.get(pk=service.pk).url)
    link = soup(page).find("a", string=in_polish(LINK_TEXT))
    assert link is not None and link["href"] == report_url(service, "pl")
    form = soup(client.get(link["href"]))
    assert in_polish(LINK_TEXT) != LINK_TEXT and form.find("h1").get_text(strip=True) == in_polish(LINK_TEXT)
    assert form.find("html")["lang"] == "pl"

    response = client.post(link["href"], {"problem": "time-or-place", "details": "Teraz we wtorki o 10:00"})
    assert response.status_code == 302
    assert response["Location"] == f"/pl/report-a-problem/{service.pk}/thanks/"
    report = ListingReport.objects.get()
    assert (report.page_id, report.problem, report.details) == (service.pk, "time-or-place", "Teraz we wtorki o 10:00")
    assert (report.language, report.status, report.reply_email, report.reply_name) == ("pl", Status.NEW, None, None)

    thanks = soup(client.get(response["Location"]))
    with translation.override("pl"):
        polish_address = ServicePage.objects.get(pk=service.pk).url
    assert polish_address.startswith("/pl/")
    back = thanks.find("a", href=polish_address)
    assert back is not None, "the thank-you page leads back to the listing"


def test_a_hub_page_can_be_reported_too(client, demo_site):
    hub = HubPage.objects.get(slug="eastfield")
    assert client.post(report_url(hub), {"problem": "closed"}).status_code == 302
    assert ListingReport.objects.get().page_id == hub.pk


def test_only_live_service_hub_and_outreach_base_pages_can_be_reported(client, demo_site):
    assert client.get(report_url(demo_site)).status_code == 404  # the home page
    assert client.get("/report-a-problem/999999/").status_code == 404
    service = ServicePage.objects.get(slug="family-mediation")
    service.unpublish()
    assert client.get(report_url(service)).status_code == 404
    assert client.post(report_url(service), {"problem": "closed"}).status_code == 404
    assert not ListingReport.objects.exists()


@pytest.mark.parametrize(
    ("sent", "field", "message"),
    [
        ({}, "problem", "Choose what is wrong with this page."),
        ({"problem": "nonsense"}, "problem", None),
        ({"problem": "other", "details": "   "}, "details", "Tell us what is wrong."),
        ({"problem": "closed", "details": "x" * 1001}, "details", "Write no more than 1000 characters."),
        ({"problem": "closed", "email": "not an address"}, "email", "Enter an email address like name@example.com."),
        (
            {"problem": "closed", "name": "Ana"},
            "email",
            "Enter an email address so we can reply, or leave your name out.",
        ),
    ],
)
def test_bad_input_gets_an_error_summary_in_the_readers_language_and_keeps_what_was_typed(
    client, service, sent, field, message
):
    response = client.post(report_url(service, "pl"), {"details": "", **sent})
    assert response.status_code == 200
    page = soup(response)
    summary = page.find(class_="govuk-error-summary")
    assert summary is not None
    assert page.find("title").get_text().startswith(in_polish("Error:"))
    link = summary.find("a")
    target = f"id_{field}_0" if field == "problem" else f"id_{field}"
    assert link["href"] == f"#{target}" and page.find(id=target) is not None
    if message:
        assert link.get_text(strip=True) == in_polish(message)
    if sent.get("details", "").strip():
        assert page.find("textarea", attrs={"name": "details"}).get_text().strip() == sent["details"]
    if "name" in sent:
        assert page.find("input", attrs={"name": "name"})["value"] == "Ana"
    assert not ListingReport.objects.exists()


def test_too_many_reports_from_one_connection_are_held_back_with_what_was_typed_kept(client, service, settings):
    settings.LISTING_FEEDBACK_RATE_LIMIT_PER_HOUR = 2
    assert client.post(report_url(service), {}).status_code == 200  # a mistake uses nothing up
    for _ in range(2):
        assert client.post(report_url(service), {"problem": "closed"}).status_code == 302
    response = client.post(
        report_url(service, "pl"), {"problem": "contact", "details": "Nowy numer", "email": "ana@example.org"}
    )
    assert response.status_code == 429
    assert ListingReport.objects.count() == 2
    page = soup(response)
    assert in_polish(TOO_MANY) in page.find(class_="govuk-error-summary").get_text()
    assert page.find("textarea", attrs={"name": "details"}).get_text().strip() == "Nowy numer"
    assert page.find("input", attrs={"name": "email"})["value"] == "ana@example.org"
    assert page.find("input", attrs={"name": "problem", "value": "contact"}).has_attr("checked")


def test_a_robot_filling_the_hidden_box_is_thanked_and_nothing_is_kept(client, service):
    response = client.post(report_url(service), {"problem": "closed", "website": "http://spam.example"})
    assert response.status_code == 302
    assert not ListingReport.objects.exists() and mail.outbox == []


def test_a_reply_address_is_encrypted_at_rest(client, service):
    from django.db import connection

    client.post(report_url(service), {"problem": "contact", "name": "Ana Nowak", "email": "ana@example.org"})
    report = ListingReport.objects.get()
    assert (report.reply_name, report.reply_email) == ("Ana Nowak", "ana@example.org")
    with connection.cursor() as cursor:
        cursor.execute("SELECT reply_name, reply_email FROM feedback_listingreport WHERE id = %s", [report.pk])
        stored = cursor.fetchone()
    assert all(value and "ana" not in value.lower() for value in stored)


def test_the_owner_is_emailed_a_link_and_nothing_the_family_wrote(client, service):
    from django.contrib.auth.models import User

    owner = User.objects.create_user("owner", "owner@example.org", "pw")
    ServicePage.objects.filter(pk=service.pk).update(owner=owner, owner_email="Team@example.org")
    client.post(
        report_url(service),
        {"problem": "contact", "details": "The number 01902 000000 is dead", "name": "Ana", "email": "ana@example.org"},
    )
    report = ListingReport.objects.get()
    assert sorted(message.to[0] for message in mail.outbox) == ["Team@example.org", "owner@example.org"]
    for message in mail.outbox:
        assert len(message.to) == 1
        assert message.subject == f"A report about {service.title} is waiting"
        assert f"/admin/listing-feedback/{report.pk}/" in message.body
        for secret in ("01902 000000", "dead", "Ana", "ana@example.org", "phone number"):
            assert secret not in message.subject + message.body


def test_a_listing_without_an_owner_still_takes_reports(client, service):
    ServicePage.objects.filter(pk=service.pk).update(owner=None, owner_email="")
    assert client.post(report_url(service), {"problem": "closed"}).status_code == 302
    assert ListingReport.objects.count() == 1 and mail.outbox == []
