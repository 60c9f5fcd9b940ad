"""The self-referral form as a family uses it: every page, every mistake, nothing lost."""

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from referrals import drafts
from referrals.models import Notification, Referral
from tests.referrals.journey import ANSWERS, answers, fill_in, state_of

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def error_summary(response):
    summary = soup(response).find(class_="govuk-error-summary")
    return [item.get_text(" ", strip=True) for item in summary.select("li")] if summary else []


def submit(client, prefix=""):
    response = fill_in(client, prefix)
    return client.post(f"{prefix}/refer/check/", {"state": state_of(response)})


def test_start_page_says_who_it_is_for_what_happens_next_and_the_emergency_numbers(client, demo_site):
    page = soup(client.get("/refer/"))
    text = page.get_text(" ", strip=True)
    assert "Who this is for" in text and "What happens next" in text and "What this form is not for" in text
    assert "call 999" in text
    assert page.find("a", href="/refer/about-you/", class_="govuk-button--start")
    assert page.select(".emergency-panel a[href^='tel:']")


def test_start_page_exists_in_every_language(client, demo_site):
    for prefix in ["", "/pa", "/pl", "/ro", "/ur", "/ar"]:
        assert client.get(f"{prefix}/refer/").status_code == 200


def test_a_family_completes_the_form_and_gets_a_reference(client, demo_site, django_capture_on_commit_callbacks):
    check = fill_in(client)
    text = soup(check).get_text(" ", strip=True)
    assert "Zofia Kowalska-Łęcka" in text  # shown back exactly as typed
    assert "سلام، my son has tantrums every day" in text
    assert "Your nearest Strengthening Families Hub is" in text
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/refer/check/", {"state": state_of(check)})
    assert response.status_code == 302 and response["Location"] == "/refer/sent/"
    done = soup(client.get("/refer/sent/"))
    reference = done.find(class_="referral-reference").get_text(strip=True)
    referral = Referral.objects.get()
    assert reference == referral.reference
    assert referral.full_name == "Zofia Kowalska-Łęcka"
    assert referral.contact == {"preferred": "text", "safe": ["call", "text"], "times": "Przed 15:00"}
    assert [child["name"] for child in referral.children] == ["Amir", ""]
    assert referral.children[1]["born"] is False
    assert [need["slug"] for need in referral.needs] == ["behaviour", "money"]
    assert referral.interpreter_needed and referral.spoken_language.code == "pl"
    assert referral.consent_to_share
    assert "Do you agree that we can share your information" in referral.consent_wording
    assert referral.locality is not None and referral.hub is not None
    # The desk's mailbox is told by the notification worker, with the reference and no
    # personal data; the family's request sends nothing.
    assert mail.outbox == []
    call_command("send_referral_notifications", verbosity=0)
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert referral.reference in message.subject and f"/admin/self-referrals/{referral.reference}/" in message.body
    for secret in ["Zofia", "07700", "Amir", "tantrums", "WV10"]:
        assert secret not in message.subject + message.body
    assert Notification.objects.get().sent_at is not None


def test_reference_is_short_and_has_no_characters_that_are_easy_to_confuse(client, demo_site):
    submit(client)
    reference = Referral.objects.get().reference
    assert len(reference) == 9 and reference[4] == "-"
    assert not set(reference) & set("01IOLZ2S5B8")


def test_double_submit_stores_one_referral(client, demo_site):
    check = fill_in(client)
    state = state_of(check)
    first = client.post("/refer/check/", {"state": state})
    second = client.post("/refer/check/", {"state": state})  # the button pressed twice
    assert first.status_code == second.status_code == 302
    assert Referral.objects.count() == 1
    assert soup(client.get("/refer/sent/")).find(class_="referral-reference").get_text(strip=True) == (
        Referral.objects.get().reference
    )


def test_email_failure_keeps_the_referral_and_the_outbox_retries(
    client, demo_site, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.referrals.failing_mail.Backend"
    check = fill_in(client)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/refer/check/", {"state": state_of(check)})
    assert response.status_code == 302
    referral = Referral.objects.get()
    notification = Notification.objects.get(referral=referral)
    assert notification.sent_at is None and notification.attempts == 0
    call_command("send_referral_notifications", verbosity=0)
    notification.refresh_from_db()
    assert notification.sent_at is None and notification.attempts == 1
    assert notification.last_error == "ConnectionRefusedError"
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    Notification.objects.update(next_attempt_at=timezone.now())  # its wait is over
    call_command("send_referral_notifications", verbosity=0)
    notification.refresh_from_db()
    assert notification.sent_at is not None and len(mail.outbox) == 1


@pytest.mark.parametrize(
    ("step", "values", "message"),
    [
        ("about-you", {"full_name": "", "relationship": "parent"}, "Enter your full name."),
        ("about-you", {"full_name": "A" * 101, "relationship": "parent"}, "Your name must be 100 characters or fewer."),
        ("about-you", {"full_name": "Ann"}, "Choose how you are related to the children."),
        ("about-you", {"full_name": "Ann", "relationship": "other"}, "Tell us how you are related to the children."),
        ("contact", {"preferred": "call", "safe": ["call"]}, "Enter a phone number or an email address"),
        ("contact", {"phone": "call me", "preferred": "call", "safe": ["call"]}, "using only digits and spaces"),
        (
            "contact",
            {"email": "a@b.com", "preferred": "text", "safe": ["text"]},
            "Enter a phone number, or choose email",
        ),
        (
            "contact",
            {"phone": "07700900123", "preferred": "email", "safe": ["email"]},
            "Enter an email address, or choose",
        ),
        ("contact", {"email": "not an email", "preferred": "email", "safe": ["email"]}, "Enter an email address like"),
        ("contact", {"phone": "07700900123", "safe": ["call"]}, "Choose the best way to contact you."),
        (
            "contact",
            {"phone": "07700900123", "preferred": "call", "safe": ["text"]},
            "Tick the way you chose to be contacted",
        ),
        ("address", {"postcode": "", "address": ""}, "Enter your postcode, or tell us where you are staying."),
        ("address", {"postcode": "NOT A CODE"}, "Enter a real postcode, like WV1 1SH."),
        ("help", {"situation": ""}, "Tell us a little about what is happening"),
        ("help", {"situation": "x" * 2001}, "Keep this to 2,000 characters or fewer."),
        ("professionals", {"involved": "yes"}, "Tell us who they are"),
        ("professionals", {}, "Choose yes, no or I'm not sure."),
        ("language", {"interpreter": "no"}, "Choose the language you would like us to use."),
        ("language", {"language": "pl"}, "Choose yes if you would like an interpreter."),
        ("consent", {}, "Choose yes or no."),
    ],
)
def test_every_question_explains_how_to_fix_a_wrong_answer(client, demo_site, step, values, message):
    client.get(f"/refer/{step}/")
    response = client.post(f"/refer/{step}/", values)
    assert response.status_code == 200
    assert any(message in error for error in error_summary(response)), error_summary(response)
    page = soup(response)
    assert page.title.get_text().startswith("Error:")
    # What was typed is still there.
    for name, value in values.items():
        if (
            isinstance(value, str)
            and value
            and name not in ("relationship", "preferred", "involved", "language", "interpreter")
        ):
            field = page.find(attrs={"name": name})
            shown = field.get_text() if field.name == "textarea" else field["value"]
            assert shown.strip() == value, name


CHILD = {
    "child-TOTAL_FORMS": "1",
    "child-INITIAL_FORMS": "0",
    "child-MIN_NUM_FORMS": "1",
    "child-MAX_NUM_FORMS": "10",
    "child-0-name": "Amir",
    "child-0-born": "yes",
    "child-0-date_day": "14",
    "child-0-date_month": "3",
    "child-0-date_year": "2021",
    "child-0-send": "no",
}


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (
            {"child-0-date_day": "", "child-0-date_month": "", "child-0-date_year": ""},
            "Enter the date of birth or the due date.",
        ),
        ({"child-0-date_month": ""}, "Enter the date as a day, a month and a year"),
        ({"child-0-date_day": "31", "child-0-date_month": "2"}, "Enter a real date"),
        ({"child-0-date_year": "21"}, "Enter the date in numbers"),
        ({"child-0-date_year": "2099"}, "A date of birth must be today or in the past."),
        ({"child-0-date_year": "1990"}, "We can help with children and young people up to 25."),
        ({"child-0-born": "no"}, "Enter a due date in the next 10 months."),
        ({"child-0-name": ""}, "Enter the child's name."),
        ({"child-0-send": ""}, "Choose yes, no or I'm not sure."),
        ({"child-0-born": ""}, "Choose whether this child has been born yet."),
    ],
)
def test_child_answers_are_checked(client, demo_site, changes, message):
    client.get("/refer/children/")
    response = client.post("/refer/children/", {**CHILD, **changes})
    assert response.status_code == 200
    assert any(message in error for error in error_summary(response)), error_summary(response)
    link = soup(response).select_one(".govuk-error-summary a")["href"]
    assert soup(response).find(id=link[1:]), "each error links to its question"


def test_add_and_remove_children_keeps_every_answer(client, demo_site):
    client.get("/refer/children/")
    response = client.post("/refer/children/", {**CHILD, "navigate": "add-child"})
    page = soup(response)
    assert page.find(attrs={"name": "child-1-name"}) and page.find(attrs={"name": "child-0-name"})["value"] == "Amir"
    assert not error_summary(response)  # adding a child is not a mistake
    more = {**CHILD, "child-TOTAL_FORMS": "2", "child-1-name": "Lena", "navigate": "remove-child-0"}
    page = soup(client.post("/refer/children/", more))
    assert page.find(attrs={"name": "child-0-name"})["value"] == "Lena"
    assert not page.find(attrs={"name": "child-1-name"})


def test_going_back_keeps_what_was_typed_even_with_mistakes(client, demo_site):
    client.post("/refer/about-you/", ANSWERS["about-you"])
    # Half an answer, then the back link (a button, so the page is sent with it).
    response = client.post("/refer/contact/", {"phone": "0770", "navigate": "back"})
    assert response["Location"] == "/refer/about-you/"
    page = soup(client.get("/refer/about-you/"))
    assert page.find(attrs={"name": "full_name"})["value"] == "Zofia Kowalska-Łęcka"
    page = soup(client.get("/refer/contact/"))
    assert page.find(attrs={"name": "phone"})["value"] == "0770"
    assert not page.find(class_="govuk-error-summary")  # not yet sent with Continue


def test_change_links_return_to_check_your_answers(client, demo_site):
    check = soup(fill_in(client))
    change = check.find("a", href="/refer/contact/?change=1")
    assert change and "Change" in change.get_text()
    response = client.post("/refer/contact/", {**answers()["contact"], "change": "1"})
    assert response["Location"] == "/refer/check/"


def test_check_page_sends_an_unfinished_form_to_the_first_missing_answer(client, demo_site):
    client.post("/refer/about-you/", ANSWERS["about-you"])
    assert client.get("/refer/check/")["Location"] == "/refer/contact/"


def test_answers_survive_the_session_ending(client, demo_site):
    """The page carries the answers (encrypted): a new session picks them up."""
    check = fill_in(client)
    state = state_of(check)
    client.cookies.clear()  # the session has gone
    response = client.post("/refer/check/", {"state": state})
    assert response.status_code == 302 and Referral.objects.count() == 1


def test_a_step_after_the_session_ended_says_answers_were_kept(client, demo_site):
    response = client.get("/refer/about-you/")
    response = client.post("/refer/about-you/", {**ANSWERS["about-you"], "state": state_of(response)})
    contact = client.get("/refer/contact/")
    client.cookies.clear()
    response = client.post("/refer/contact/", {"phone": "", "state": state_of(contact)})
    assert "we kept all your answers" in soup(response).get_text()
    back = client.post("/refer/contact/", {"navigate": "back", "state": state_of(response)})
    assert soup(client.get(back["Location"])).find(attrs={"name": "full_name"})["value"] == "Zofia Kowalska-Łęcka"


def test_idle_answers_are_cleared_on_a_shared_device(client, demo_site, settings):
    client.post("/refer/about-you/", ANSWERS["about-you"])
    settings.REFERRAL_DRAFT_IDLE_MINUTES = 0
    page = soup(client.get("/refer/about-you/"))
    assert not page.find(attrs={"name": "full_name"}).get("value")


def test_pages_warn_before_the_timeout_and_offer_to_clear(client, demo_site):
    page = soup(client.get("/refer/about-you/"))
    warning = page.find(attrs={"data-referral-timeout": True})
    assert warning["data-idle-minutes"] == "60" and "60 minutes" in warning.get_text()
    assert page.find("dialog", class_="referral-timeout-dialog")
    client.post("/refer/about-you/", ANSWERS["about-you"])
    assert client.post("/refer/keep-alive/").status_code == 204
    assert client.post("/refer/clear/", {"confirm": "yes"})["Location"] == "/refer/?cleared=1"
    assert drafts.SESSION_KEY not in client.session


def test_form_pages_are_never_cached(client, demo_site):
    assert "no-store" in client.get("/refer/about-you/")["Cache-Control"]


def test_honeypot_stores_nothing(client, demo_site):
    check = fill_in(client)
    client.post("/refer/check/", {"state": state_of(check), "website": "http://spam.example"})
    assert Referral.objects.count() == 0


def test_rate_limit_stops_floods_with_a_clear_message_and_keeps_answers(client, demo_site, settings):
    from django.core.cache import cache

    cache.clear()
    settings.REFERRAL_RATE_LIMIT_PER_HOUR = 1
    submit(client)
    check = fill_in(client)
    response = client.post("/refer/check/", {"state": state_of(check)})
    assert response.status_code == 429
    assert "call the early help desk" in soup(response).get_text()
    assert Referral.objects.count() == 1
    assert client.get("/refer/check/").status_code == 200  # answers still there
    cache.clear()


def test_any_script_is_accepted_and_shown_back_exactly(client, demo_site):
    given = answers()
    given["about-you"]["full_name"] = "ਹਰਪ੍ਰੀਤ ਕੌਰ"
    given["help"]["situation"] = "میرا بیٹا <script>alert(1)</script> Ștefan 👶"
    check = fill_in(client, given=given)
    assert "میرا بیٹا <script>alert(1)</script> Ștefan 👶" in soup(check).get_text()
    assert b"<script>alert(1)</script>" not in check.content  # escaped, not run
    client.post("/refer/check/", {"state": state_of(check)})
    assert Referral.objects.get().full_name == "ਹਰਪ੍ਰੀਤ ਕੌਰ"


def test_the_form_works_in_urdu(client, demo_site):
    check = fill_in(client, prefix="/ur")
    assert soup(check).find("html")["dir"] == "rtl"
    client.post("/ur/refer/check/", {"state": state_of(check)})
    assert Referral.objects.get().form_language == "ur"


def test_posting_odd_data_never_fails(client, demo_site):
    for step in ["about-you", "contact", "children", "help", "language", "nowhere"]:
        response = client.post(
            f"/refer/{step}/", {"child-TOTAL_FORMS": "x", "language": "zz", "navigate": "remove-child-99"}
        )
        # The step again with its questions (nothing answered yet), or "not found" for no step.
        assert response.status_code == (404 if step == "nowhere" else 200), step
    check = client.post("/refer/check/", {"state": "not-a-token"})
    assert check.status_code == 302
    assert check["Location"] == "/refer/about-you/"  # the first question not yet answered


@pytest.mark.parametrize("prefix", ["", "/pa", "/pl", "/ro", "/ur", "/ar"])
def test_a_referral_can_be_completed_in_every_language(client, demo_site, prefix):
    check = fill_in(client, prefix=prefix)
    response = client.post(f"{prefix}/refer/check/", {"state": state_of(check)})
    assert response["Location"] == f"{prefix}/refer/sent/"
    page = soup(client.get(response["Location"]))
    assert page.find("html")["lang"] == (prefix.strip("/") or "en")
    assert page.find(class_="referral-reference").get_text(strip=True) == Referral.objects.get().reference
