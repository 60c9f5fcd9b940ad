"""The self-referral form as families actually use it: Enter, phone numbers, a home outside
the city, several children, second thoughts, and the answers read back in their language."""

import pytest
from bs4 import BeautifulSoup

from referrals.models import Referral
from referrals.steps import STEPS
from tests.referrals.journey import answers, fill_in, state_of

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def error_summary(response):
    summary = soup(response).find(class_="govuk-error-summary")
    return [item.get_text(" ", strip=True) for item in summary.select("li")] if summary else []


def submit_buttons(page, form_id="referral-form"):
    """The buttons that send a form, in page order: the first is what Enter presses."""
    form = page.find("form", id=form_id)
    return [
        button
        for button in page.find_all("button")
        if button.get("type", "submit") == "submit"
        and (button.get("form") == form_id or (not button.get("form") and form in button.parents))
    ]


def check_rows(response):
    """Check your answers as (question, answer) pairs."""
    page = soup(response)
    return [
        (
            row.find("dt").get_text(" ", strip=True),
            row.find(class_="govuk-summary-list__value").get_text(" ", strip=True),
        )
        for row in page.select(".govuk-summary-list__row")
    ]


# Enter (or Go on a phone keyboard) moves forward


@pytest.mark.parametrize("step", [step.slug for step in STEPS])
def test_the_button_enter_presses_on_every_page_moves_forward(client, demo_site, step):
    given = answers()
    fill_in(client)  # every earlier answer in place
    page = soup(client.get(f"/refer/{step}/"))
    buttons = submit_buttons(page)
    default = buttons[0]
    assert not default.get("name"), f"Enter would press {default}"
    assert default["tabindex"] == "-1" and default["aria-hidden"] == "true"  # not in anyone's way
    assert any(button.get("value") == "back" for button in buttons[1:]), "the back link still sends the page"
    # What Enter sends: the page's answers, no "navigate".
    response = client.post(f"/refer/{step}/", {**given[step], "state": state_of(client.get(f"/refer/{step}/"))})
    following = STEPS.index(next(each for each in STEPS if each.slug == step)) + 1
    expected = f"/refer/{STEPS[following].slug}/" if following < len(STEPS) else "/refer/check/"
    assert response.status_code == 302 and response["Location"] == expected


def test_enter_on_a_change_page_goes_back_to_check_your_answers(client, demo_site):
    fill_in(client)
    page = soup(client.get("/refer/contact/?change=1"))
    assert not submit_buttons(page)[0].get("name")
    response = client.post("/refer/contact/", {**answers()["contact"], "change": "1"})
    assert response["Location"] == "/refer/check/"


# UK phone numbers


@pytest.mark.parametrize("typed", ["0770 090 012", "077009001", "0770090012345"])
def test_a_phone_number_with_the_wrong_number_of_digits_is_refused(client, demo_site, typed):
    client.get("/refer/contact/")
    response = client.post("/refer/contact/", {"phone": typed, "preferred": "call", "safe": ["call"]})
    assert response.status_code == 200
    assert any("Enter a UK phone number with 11 digits" in error for error in error_summary(response))
    assert soup(response).find(attrs={"name": "phone"})["value"] == typed  # kept as typed, to put right


@pytest.mark.parametrize("typed", ["07700 900123", "+44 7700 900123", "+44 (0)7700 900123", "(07700) 900-123"])
def test_a_phone_number_is_accepted_however_it_is_written_and_stored_one_way(client, demo_site, typed):
    given = answers()
    given["contact"]["phone"] = typed
    check = fill_in(client, given=given)
    assert ("Phone number", "07700 900 123") in check_rows(check)
    client.post("/refer/check/", {"state": state_of(check)})
    assert Referral.objects.get().phone == "+447700900123"


def test_a_foreign_phone_number_is_refused_with_a_clear_message(client, demo_site):
    client.get("/refer/contact/")
    response = client.post("/refer/contact/", {"phone": "+48 601 234 567", "preferred": "call", "safe": ["call"]})
    assert any("Enter a UK phone number, starting with 0 or +44" in error for error in error_summary(response))


# A postcode outside Wolverhampton


def post_address(client, **values):
    client.get("/refer/address/")
    return client.post("/refer/address/", {"address": "1 Example Street", **values})


def test_a_postcode_in_a_neighbouring_council_says_which_council_to_contact(client, demo_site):
    response = post_address(client, postcode="ws1 1aa")
    assert response.status_code == 200
    panel = soup(response).find(id="outside-city")
    assert "WS1 1AA is in the area of Walsall Council" in panel.get_text(" ", strip=True)
    assert panel.find("a", href="https://www.gov.uk/find-local-council")
    errors = error_summary(response)
    assert any("contact Walsall Council, or tick the box" in error for error in errors), errors
    assert soup(response).find("input", attrs={"name": "send_anyway", "type": "checkbox"})


@pytest.mark.parametrize(
    ("postcode", "council"),
    [("DY3 1AA", "Dudley Council"), ("WV5 9AA", "Staffordshire County Council"), ("WV16 4AA", "Shropshire Council")],
)
def test_neighbouring_postcodes_are_matched_to_their_council(client, demo_site, postcode, council):
    assert council in soup(post_address(client, postcode=postcode)).find(id="outside-city").get_text()


def test_a_postcode_far_away_is_told_to_contact_the_council_where_they_live(client, demo_site):
    panel = soup(post_address(client, postcode="SW1A 1AA")).find(id="outside-city")
    assert "SW1A 1AA is not in Wolverhampton" in panel.get_text(" ", strip=True)
    assert panel.find("a", href="https://www.gov.uk/find-local-council")


def test_a_city_postcode_is_not_asked_about(client, demo_site):
    response = post_address(client, postcode="WV6 8AA")  # WV6 is shared with South Staffordshire
    assert response.status_code == 302
    assert not soup(client.get("/refer/address/")).find(attrs={"name": "send_anyway"})


def test_a_family_outside_the_city_can_still_send_it_to_the_desk(client, demo_site):
    given = answers()
    given["address"] = {"address": "3 Example Lane", "postcode": "WS1 1AA", "send_anyway": "on"}
    check = fill_in(client, given=given)
    text = soup(check).find(class_="referral-outside").get_text()
    assert "Your postcode is in the area of Walsall Council. You chose to send your request" in text
    assert "Send my request to the Wolverhampton early help desk anyway" not in [q for q, _a in check_rows(check)]
    client.post("/refer/check/", {"state": state_of(check)})
    referral = Referral.objects.get()
    assert referral.postcode == "WS1 1AA" and referral.hub is None


# Errors about children name the child


def test_errors_about_a_child_name_the_child_in_the_summary_and_beside_the_question(client, demo_site):
    children = dict(answers()["children"])
    children.update({"child-1-date_day": "", "child-1-date_month": "", "child-1-date_year": "", "child-0-send": ""})
    client.get("/refer/children/")
    response = client.post("/refer/children/", children)
    errors = error_summary(response)
    assert "Child 2: Enter the date of birth or the due date." in errors, errors
    assert "Child 1: Choose yes, no or I'm not sure." in errors, errors
    second = soup(response).select(".referral-child")[1]
    assert "Child 2: Enter the date of birth or the due date." in second.find(class_="govuk-error-message").get_text()


# Clear my answers asks first


def test_clear_my_answers_asks_first_and_no_keeps_them(client, demo_site):
    about = client.get("/refer/about-you/")
    client.post("/refer/about-you/", {**answers()["about-you"], "state": state_of(about)})
    contact = soup(client.get("/refer/contact/"))
    clear_form = contact.find("form", action="/refer/clear/")
    sent = {field["name"]: field.get("value", "") for field in clear_form.find_all("input")}
    assert sent["from"] == "contact" and "confirm" not in sent

    confirm = client.post("/refer/clear/", sent)
    assert confirm.status_code == 200
    page = soup(confirm)
    assert page.h1.get_text(strip=True) == "Are you sure you want to clear your answers?"
    assert page.find("a", string="No, go back to my answers")["href"] == "/refer/contact/"
    assert page.find("button", string="Yes, clear my answers")
    # Nothing cleared yet.
    assert soup(client.get("/refer/about-you/")).find(attrs={"name": "full_name"})["value"] == "Zofia Kowalska-Łęcka"

    yes = {
        field["name"]: field.get("value", "") for field in page.find("form", action="/refer/clear/").find_all("input")
    }
    assert yes["confirm"] == "yes"
    assert client.post("/refer/clear/", yes)["Location"] == "/refer/?cleared=1"
    assert not soup(client.get("/refer/about-you/")).find(attrs={"name": "full_name"}).get("value")


# Add another child: straight to the new child's first question


def test_after_add_another_child_focus_is_on_the_new_childs_first_question(client, demo_site):
    children = dict(answers()["children"])
    client.get("/refer/children/")
    page = soup(client.post("/refer/children/", {**children, "navigate": "add-child"}))
    focused = page.select("[autofocus]")
    assert [field["name"] for field in focused] == ["child-2-name"]
    assert focused[0].find_parent(class_="referral-child").find("legend").get_text(strip=True) == "Child 3"


# Back from a Change page


def test_back_from_a_change_page_returns_to_check_your_answers(client, demo_site):
    fill_in(client)
    page = client.get("/refer/language/?change=1")
    response = client.post(
        "/refer/language/", {**answers()["language"], "change": "1", "navigate": "back", "state": state_of(page)}
    )
    assert response["Location"] == "/refer/check/"
    # Without ?change, Back still goes to the question before.
    response = client.post("/refer/language/", {**answers()["language"], "navigate": "back"})
    assert response["Location"] == "/refer/professionals/"


# Check your answers: only rows that apply


def test_follow_up_answers_that_apply_are_kept(client, demo_site):
    given = answers()
    given["about-you"] = {"full_name": "Ann Example", "relationship": "other", "relationship_other": "Aunt"}
    check = fill_in(client, given=given)
    rows = check_rows(check)
    assert ("If something else, tell us how", "Aunt") in rows
    assert ("Who are they? (if yes)", "Health visitor at the Bilston clinic") in rows
    client.post("/refer/check/", {"state": state_of(check)})
    referral = Referral.objects.get()
    assert referral.relationship == "Aunt" and referral.professionals == "Health visitor at the Bilston clinic"


def test_check_your_answers_shows_no_rows_that_do_not_apply(client, demo_site):
    given = answers()
    # Typed, then another answer chosen: these no longer apply.
    given["about-you"] = {"full_name": "Ann Example", "relationship": "parent", "relationship_other": "aunt"}
    given["professionals"] = {"involved": "no", "details": "A social worker"}
    given["language"] = {"language": "en", "interpreter": "no", "access_needs": ""}
    check = fill_in(client, given=given)
    questions = [question for question, _answer in check_rows(check)]
    for absent in [
        "If something else, tell us how",
        "Who are they? (if yes)",
        "Email address",  # optional, not given
        "When is a good time to contact you? (optional)" if not given["contact"]["times"] else "",
        "What help would you like? (optional)",
        "Anything we should know to make contact easier? (optional)",
    ]:
        if absent:
            assert absent not in questions, questions
    assert all(answer for _question, answer in check_rows(check))
    assert "Not given" not in soup(check).get_text()
    assert "A social worker" not in soup(check).get_text()
    client.post("/refer/check/", {"state": state_of(check)})
    assert not Referral.objects.get().professionals


# Language names in the reader's language


@pytest.mark.parametrize(
    ("prefix", "polish", "english"),
    [("", "Polish", "English"), ("/pl", "polski", "angielski"), ("/ur", "پولش", "انگریزی")],
)
def test_language_names_on_check_your_answers_are_in_the_readers_language(client, demo_site, prefix, polish, english):
    check = fill_in(client, prefix=prefix)
    answers_given = [answer for _question, answer in check_rows(check)]
    assert polish in answers_given, answers_given
    given = answers()
    given["language"]["language"] = "en"
    check = fill_in(client, prefix=prefix, given=given)
    assert english in [answer for _question, answer in check_rows(check)]


def test_the_language_list_names_each_language_in_its_own_script_then_the_readers(client, demo_site):
    page = soup(client.get("/ur/refer/language/"))
    options = {option["value"]: option.get_text(strip=True) for option in page.select("select[name=language] option")}
    assert options["pl"] == "Polski (پولش)"
    assert options["ur"] == "اردو"
    page = soup(client.get("/pl/refer/language/"))
    options = {option["value"]: option.get_text(strip=True) for option in page.select("select[name=language] option")}
    assert options["pl"] == "Polski" and options["ur"] == "اردو (urdu)"
