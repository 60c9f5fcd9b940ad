"""The professional referral: a professional or parent champion refers a family who agreed, and
the early help desk sees where each referral came from."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, User
from django.core import mail
from django.core.management import call_command
from django.db import connection

from core.models import EmergencyContacts
from referrals import drafts
from referrals.models import AuditAction, AuditEvent, Referral, Source
from tests.referrals.journey import fill_in, state_of
from tests.referrals.professional_journey import (
    PREFIX,
    SECRETS,
    fill_in_professional,
    professional_answers,
)

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def text_of(response):
    return soup(response).get_text(" ", strip=True)


def error_summary(response):
    summary = soup(response).find(class_="govuk-error-summary")
    return [item.get_text(" ", strip=True) for item in summary.select("li")] if summary else []


def send(client, given=None):
    check = fill_in_professional(client, given=given)
    return client.post(f"{PREFIX}/check/", {"state": state_of(check)})


def desk_member(name="desk"):
    account = User.objects.create_user(name, password="pw")
    account.groups.add(Group.objects.get(name="Early help desk"))
    return account


# The journey


def test_start_page_in_every_language_puts_the_safeguarding_stop_first(client, demo_site):
    for prefix in ["", "/pa", "/pl", "/ro", "/ur", "/ar"]:
        page = soup(client.get(f"{prefix}{PREFIX}/"))
        panel = page.select_one(".referral-safeguarding")
        assert panel is not None, prefix
        # Before the start button, so nobody reaches the form without passing it.
        start = page.select_one(".govuk-button--start")
        assert start["href"] == f"{prefix}{PREFIX}/safeguarding/"
        assert panel.sourceline < start.sourceline


def test_safeguarding_stop_gives_the_mash_number_from_the_settings_and_999(client, demo_site):
    contacts = EmergencyContacts.objects.get()
    contacts.safeguarding_phone = "01902 000333"
    contacts.save()
    panel = soup(client.get(f"{PREFIX}/")).select_one(".referral-safeguarding")
    text = panel.get_text(" ", strip=True)
    assert "multi-agency safeguarding hub" in text and "999" in text
    assert panel.select_one("a[href='tel:+441902000333']")


def test_a_child_at_risk_now_stops_the_form(client, demo_site):
    page = client.get(f"{PREFIX}/safeguarding/")
    response = client.post(f"{PREFIX}/safeguarding/", {"at_risk": "yes", "state": state_of(page)})
    assert response.status_code == 200
    text = text_of(response)
    assert "Call the multi-agency safeguarding hub now" in text and "999" in text
    assert not soup(response).find("form", id="referral-form")
    # Nothing further opens the way: "Check your answers" sends them back to the question.
    check = client.get(f"{PREFIX}/check/")
    assert check.status_code == 302 and check["Location"] == f"{PREFIX}/safeguarding/"
    assert not Referral.objects.exists()


def test_changing_the_answer_after_the_stop_lets_the_referral_go_on(client, demo_site):
    given = professional_answers(safeguarding={"at_risk": "yes"})
    page = client.get(f"{PREFIX}/safeguarding/")
    client.post(f"{PREFIX}/safeguarding/", {**given["safeguarding"], "state": state_of(page)})
    again = client.get(f"{PREFIX}/safeguarding/")
    assert soup(again).find("input", {"name": "at_risk", "value": "yes"}).has_attr("checked")  # kept as chosen
    response = client.post(f"{PREFIX}/safeguarding/", {"at_risk": "no", "state": state_of(again)})
    assert response["Location"] == f"{PREFIX}/referrer/"


def test_a_professional_refers_a_family_and_gets_a_reference(client, demo_site):
    check = fill_in_professional(client)
    text = text_of(check)
    assert "Eastfield Primary School" in text and "Halina Nowak" in text and "2 January 2025" in text
    assert "The family's nearest Strengthening Families Hub is" in text
    response = client.post(f"{PREFIX}/check/", {"state": state_of(check)})
    assert response["Location"] == f"{PREFIX}/sent/"
    reference = soup(client.get(f"{PREFIX}/sent/")).find(class_="referral-reference").get_text(strip=True)
    referral = Referral.objects.get()
    assert referral.reference == reference
    assert referral.source == Source.PROFESSIONAL
    assert referral.referrer == {
        "name": "Priya Sandhu",
        "role": "Designated safeguarding lead",
        "organisation": "Eastfield Primary School",
        "email": "p.sandhu@eastfield.example.org",
        "phone": "+441902000444",
    }
    assert referral.family_consent == {"given_by": "Halina Nowak", "relationship": "Mother", "date": "2025-01-02"}
    assert referral.consent_to_share and "Yes, they agreed" in referral.consent_wording
    # The family's details sit where a self-referral's do, so the desk reads them the same way.
    assert referral.full_name == "Halina Nowak" and referral.phone == "+447700900987"
    assert referral.contact == {"preferred": "call", "safe": ["call"], "times": ""}
    assert [child["name"] for child in referral.children] == ["Kacper", ""]
    assert [need["slug"] for need in referral.needs] == ["behaviour"]
    assert referral.tried_so_far == "Breakfast club place since October"
    assert referral.spoken_language.code == "pl" and referral.interpreter_needed
    assert referral.locality is not None and referral.hub is not None
    # Shown once, and the answers are gone from this device.
    assert client.get(f"{PREFIX}/sent/")["Location"] == f"{PREFIX}/"
    assert drafts.SESSION_KEYS["professional"] not in client.session


def test_a_parent_champion_refers_a_family_without_a_job_title(client, demo_site):
    given = professional_answers(
        referrer={"referrer_type": "parent_champion", "job_role": "", "organisation": "Bilston parent champions"}
    )
    send(client, given)
    assert Referral.objects.get().source == Source.PARENT_CHAMPION


def test_a_professional_must_give_a_role_and_a_way_to_reach_them(client, demo_site):
    page = client.get(f"{PREFIX}/referrer/")
    answers = professional_answers()["referrer"]
    response = client.post(
        f"{PREFIX}/referrer/",
        {**answers, "job_role": "", "work_email": "", "work_phone": "", "state": state_of(page)},
    )
    assert error_summary(response) == [
        "Enter your job title or role.",
        "Enter a work email address or phone number, so the early help desk can contact you.",
    ]
    assert soup(response).find("input", {"name": "full_name"})["value"] == "Priya Sandhu"  # nothing typed is lost


def test_the_professional_form_works_in_right_to_left_languages(client, demo_site):
    check = fill_in_professional(client, prefix="/ar")
    assert soup(check).find("html")["dir"] == "rtl"
    response = client.post(f"/ar{PREFIX}/check/", {"state": state_of(check)})
    assert response["Location"] == f"/ar{PREFIX}/sent/"
    assert Referral.objects.get().form_language == "ar"


# Consent


def test_a_referral_without_the_familys_agreement_cannot_be_sent(client, demo_site):
    given = professional_answers()
    fill_in_professional(client)
    page = client.get(f"{PREFIX}/consent/")
    response = client.post(f"{PREFIX}/consent/", {**given["consent"], "consent": "no", "state": state_of(page)})
    assert response.status_code == 200
    assert error_summary(response) == [
        "You cannot send a referral without the family's agreement. Talk to the family first, "
        "or call the early help desk for advice."
    ]
    # Going straight to "Check your answers" or pressing Send does not get round it.
    assert client.get(f"{PREFIX}/check/")["Location"] == f"{PREFIX}/consent/"
    sent = client.post(f"{PREFIX}/check/", {"state": state_of(response)})
    assert sent["Location"] == f"{PREFIX}/consent/"
    assert not Referral.objects.exists()


def test_consent_records_who_gave_it_and_when(client, demo_site):
    page = client.get(f"{PREFIX}/consent/")
    response = client.post(f"{PREFIX}/consent/", {"consent": "yes", "state": state_of(page)})
    assert error_summary(response) == [
        "Enter the name of the parent or carer who agreed.",
        "Enter how they are related to the children.",
        "Enter the date they agreed.",
    ]
    future = {"date_day": "1", "date_month": "1", "date_year": "2999"}
    response = client.post(
        f"{PREFIX}/consent/",
        {**professional_answers()["consent"], **future, "state": state_of(response)},
    )
    assert error_summary(response) == ["The date they agreed must be today or in the past."]


# The device forgets, as for a self-referral


def test_a_professional_draft_and_a_family_draft_never_mix(client, demo_site):
    fill_in_professional(client)
    start = text_of(client.get("/refer/"))
    assert "Start now" in start  # the family's form has nothing of the professional's
    page = client.get("/refer/about-you/")
    assert "Priya" not in page.content.decode()
    # A professional page's answers cannot be brought into the family's form either.
    professional_page = client.get(f"{PREFIX}/family/")
    token = state_of(professional_page)
    assert drafts.Draft.from_token(token, "professional") is not None
    assert drafts.Draft.from_token(token, "self") is None


def test_exit_this_page_forgets_the_professional_referral(client, demo_site):
    check = fill_in_professional(client)
    client.get("/exit/")
    assert drafts.SESSION_KEYS["professional"] not in client.session
    # An old copy of a page brings nothing back.
    response = client.post(f"{PREFIX}/check/", {"state": state_of(check)})
    assert response["Location"] == f"{PREFIX}/safeguarding/"
    assert not Referral.objects.exists()


# Personal data


def test_what_the_referrer_typed_is_encrypted_at_rest(client, demo_site):
    send(client)
    with connection.cursor() as cursor:
        for table in ["referrals_referral", "referrals_notification", "django_session"]:
            cursor.execute(f"SELECT * FROM {table}")  # noqa: S608 (fixed table names)
            dump = repr(cursor.fetchall())
            for secret in [*SECRETS, "Eastfield Primary", "p.sandhu", "Mother", "Designated"]:
                assert secret not in dump, (table, secret)
    assert Referral.objects.get().referrer_organisation == "Eastfield Primary School"


def test_nothing_personal_in_logs_or_the_desks_email(client, demo_site, caplog):
    with caplog.at_level("DEBUG"):
        send(client)
        call_command("send_referral_notifications", verbosity=0)
    referral = Referral.objects.get()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert referral.reference in message.subject and "professional" in message.subject
    assert f"/admin/self-referrals/{referral.reference}/" in message.body
    for secret in [*SECRETS, "Eastfield", "p.sandhu"]:
        assert secret not in message.subject + message.body
        assert secret not in caplog.text


def test_retention_clears_the_referrer_and_the_consent_too(client, demo_site):
    from referrals import retention

    send(client)
    retention.anonymise(Referral.objects.all())
    referral = Referral.objects.get()
    assert referral.referrer is None and referral.family_consent is None and referral.tried_so_far is None


# The desk's inbox


def listed(client, url):
    """The references an inbox page lists."""
    return [link.get_text(strip=True) for link in soup(client.get(url)).select("table.listing tbody tr td a")]


def test_the_inbox_shows_each_referrals_source_and_organisation_and_filters_by_source(client, demo_site):
    fill_in_family = fill_in(client)
    client.post("/refer/check/", {"state": state_of(fill_in_family)})
    send(client)
    family, professional = Referral.objects.order_by("received_at")
    client.force_login(desk_member())
    rows = {
        row.select_one("a").get_text(strip=True): row.get_text(" ", strip=True)
        for row in soup(client.get("/admin/self-referrals/")).select("table.listing tbody tr")
    }
    assert "Professional Eastfield Primary School" in rows[professional.reference]
    assert "Family" in rows[family.reference]
    assert listed(client, "/admin/self-referrals/?source=professional") == [professional.reference]
    assert listed(client, "/admin/self-referrals/?source=family") == [family.reference]
    assert AuditEvent.objects.filter(action=AuditAction.LISTED, detail="source=professional").exists()


def test_the_desk_reads_the_referrer_consent_and_what_was_tried_and_it_is_audited(client, demo_site):
    send(client)
    referral = Referral.objects.get()
    client.force_login(desk_member())
    page = client.get(f"/admin/self-referrals/{referral.reference}/")
    text = text_of(page)
    for shown in ["Priya Sandhu", "Eastfield Primary School", "Halina Nowak", "Breakfast club place since October"]:
        assert shown in text
    event = AuditEvent.objects.get(action=AuditAction.VIEWED)
    assert event.references == referral.reference and event.username == "desk"
    exported = client.post("/admin/self-referrals/export/", {"reference": referral.reference, "format": "json"})
    record = exported.json()[0]
    assert record["source"] == "professional" and record["referrer"]["organisation"] == "Eastfield Primary School"
    assert AuditEvent.objects.filter(action=AuditAction.EXPORTED, references=referral.reference).exists()


def test_nobody_outside_the_desk_sees_professional_referrals(client, demo_site):
    from tests.factories import member_of

    send(client)
    referral = Referral.objects.get()
    outsiders = [
        member_of("FIS publishers", "publisher"),
        User.objects.create_superuser("admin", "admin@example.org", "pw"),
    ]
    for outsider in outsiders:
        client.force_login(outsider)
        for url in ["/admin/self-referrals/?source=professional", f"/admin/self-referrals/{referral.reference}/"]:
            response = client.get(url)
            assert response.status_code != 200 and b"Eastfield" not in response.content, (outsider, url)
