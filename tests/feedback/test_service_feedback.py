"""Feedback after a service: a parent, carer or child says how it went, in their own language, in
under a minute, and nothing about them is kept; parents may add equality answers, kept apart."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.utils import timezone, translation

from directory.models import ServicePage
from feedback.models import EqualityAnswers, FeedbackAnswer, FeedbackResponse, FeedbackVersion
from hubs.models import HubPage, OutreachBasePage

pytestmark = pytest.mark.django_db

TOO_MANY = (
    "We have had a lot of feedback from this connection in the last hour, so we could not send this. "
    "Your answers are still here: please try again later."
)


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def in_language(language, text):
    with translation.override(language):
        return translation.gettext(text)


def questions(audience):
    return list(FeedbackVersion.objects.get(slug=audience).questions.all())


def answers_for(audience, *values):
    """Form data answering the version's questions in order; None leaves one unanswered."""
    # Fewer values than questions leave the rest unanswered.
    pairs = zip(questions(audience), values, strict=False)
    return {f"q{question.pk}": value for question, value in pairs if value is not None}


@pytest.fixture
def service(demo_site):
    # Family mediation has no demo feedback, so every response here is the test's own.
    return ServicePage.objects.get(slug="family-mediation")


def test_every_service_hub_and_outreach_base_page_links_to_its_feedback_form(client, demo_site):
    pages = [
        ServicePage.objects.get(slug="family-mediation"),
        HubPage.objects.get(slug="eastfield"),
        OutreachBasePage.objects.live().first(),
    ]
    for page in pages:
        link = soup(client.get(page.url)).find("a", string="Tell us how it went")
        assert link is not None and link["href"] == f"/feedback/{page.pk}/", page
        choices = soup(client.get(link["href"])).select(".feedback-audience")
        assert [choice.get_text(" ", strip=True) for choice in choices] == [
            "A parent or carer",
            "A child under 8, with pictures",
            "A child aged 8 to 12, or a teenager",
        ]


def test_a_parent_answers_in_polish_and_skips_the_equality_questions(client, service):
    start = soup(client.get(f"/pl/feedback/{service.pk}/"))
    assert start.find("html")["lang"] == "pl"
    parent_link = start.find("a", class_="feedback-audience")
    assert parent_link["href"] == f"/pl/feedback/{service.pk}/parents/"

    form = soup(client.get(parent_link["href"]))
    assert form.find("h1").get_text(strip=True) == "Powiedz nam, jak było"
    legends = [legend.get_text(" ", strip=True) for legend in form.select("legend")]
    assert legends[0] == "Czy zajęcia lub usługa ci pomogły?"
    assert form.find("label", string="Bardzo") is not None  # "A lot", the top of the scale
    hint = form.select_one(".govuk-hint:-soup-contains('nazwiska')")
    assert hint is not None, "the free-text box asks for no names"

    response = client.post(parent_link["href"], answers_for("parents", "5", "4", None, "0", "Bardzo miła pani"))
    assert response.status_code == 302
    assert response["Location"].startswith(f"/pl/feedback/{service.pk}/about-you/?t=")

    feedback = FeedbackResponse.objects.get(page=service)
    assert (feedback.audience, feedback.language, feedback.month) == (
        "parents",
        "pl",
        timezone.localdate().replace(day=1),
    )
    answers = {answer.question_text: answer for answer in feedback.answers.all()}
    assert answers["Did the session or service help you?"].tone == "positive"
    assert answers["Would you tell a friend about it?"].choice == "Yes"  # kept in English whatever the language
    assert answers["Is there anything else you want to tell us?"].text == "Bardzo miła pani"
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT text FROM feedback_feedbackanswer WHERE kind = 'text' AND response_id = %s", [feedback.pk]
        )
        assert "miła" not in cursor.fetchone()[0], "free text is encrypted at rest"

    about_you = soup(client.get(response["Location"]))
    assert about_you.find("h1").get_text(" ", strip=True).startswith("Kilka pytań o ciebie")
    skip = about_you.find("a", string=in_language("pl", "Skip these questions"))
    thanks = soup(client.get(skip["href"]))
    assert thanks.find("h1").get_text(strip=True) == in_language("pl", "Thank you for telling us")
    assert not EqualityAnswers.objects.filter(page=service).exists()


def test_nothing_about_the_person_is_kept(client, service):
    client.post(
        f"/feedback/{service.pk}/parents/",
        answers_for("parents", "3"),
        REMOTE_ADDR="203.0.113.7",
        HTTP_USER_AGENT="TellTaleBrowser/1.0",
    )
    feedback = FeedbackResponse.objects.get(page=service)
    fields = {field.name for field in FeedbackResponse._meta.concrete_fields}
    assert fields == {"id", "page", "hub", "audience", "language", "month"}
    stored = [str(value) for value in FeedbackResponse.objects.filter(pk=feedback.pk).values().get().values()]
    stored += [
        str(value) for row in FeedbackAnswer.objects.filter(response=feedback).values() for value in row.values()
    ]
    assert not any("203.0.113" in value or "TellTale" in value for value in stored)
    assert "sessionid" not in client.cookies and not client.session.keys()


@pytest.mark.parametrize("audience", ["under-8", "8-and-over"])
def test_a_child_answers_in_arabic_and_goes_straight_to_thank_you(client, service, audience):
    address = f"/ar/feedback/{service.pk}/{audience}/"
    form = soup(client.get(address))
    assert form.find("html")["dir"] == "rtl"
    if audience == "under-8":
        faces = form.select(".faces")[0].select(".faces__label")
        assert [face.get_text(strip=True) for face in faces] == [
            in_language("ar", word) for word in ("Sad", "OK", "Happy")
        ]
        assert all(face.find("svg")["aria-hidden"] == "true" for face in faces)
        # Shown by site.js only where the browser has an Arabic voice.
        assert form.select(".js-read-aloud") and all(
            button.has_attr("hidden") for button in form.select(".js-read-aloud")
        )
    response = client.post(address, answers_for(audience, "3" if audience == "under-8" else "5"))
    assert response["Location"] == f"/ar/feedback/{service.pk}/{audience}/thanks/"
    thanks = soup(client.get(response["Location"]))
    assert thanks.find("h1").get_text(strip=True) == in_language("ar", "Thank you for telling us")
    answer = FeedbackAnswer.objects.get(response__page=service)
    assert (answer.response.audience, answer.tone) == (audience, "positive")


def test_equality_answers_are_optional_kept_apart_and_counted_once(client, service):
    eastfield = HubPage.objects.get(slug="eastfield")
    sent = client.post(
        f"/feedback/{service.pk}/parents/?at={eastfield.pk}", {**answers_for("parents", "4"), "at": eastfield.pk}
    )
    about_you = sent["Location"]
    page = soup(client.get(about_you))
    for name in ("age", "sex", "ethnic_group", "disability", "religion"):
        options = page.select(f"input[name={name}]")
        assert options and options[-1]["value"] == "prefer-not-to-say", name
    assert page.find(string="Indian") and page.find(string="Asian or Asian British")
    ticket = page.find("input", attrs={"name": "t"})["value"]

    bad = client.post(about_you.split("?")[0], {"t": ticket, "age": "ancient", "sex": "female"})
    assert bad.status_code == 200 and soup(bad).find(class_="govuk-error-summary") is not None
    assert soup(bad).find("input", attrs={"name": "sex", "value": "female"}).has_attr("checked")

    answers = {"t": ticket, "age": "25-34", "ethnic_group": "prefer-not-to-say", "religion": "sikh"}
    assert client.post(about_you.split("?")[0], answers)["Location"] == f"/feedback/{service.pk}/parents/thanks/"
    client.post(about_you.split("?")[0], answers)  # sent again: counted once
    client.post(about_you.split("?")[0], {**answers, "t": "forged"})
    stored = EqualityAnswers.objects.get(page=service)
    assert (stored.age, stored.sex, stored.ethnic_group, stored.religion) == ("25-34", "", "prefer-not-to-say", "sikh")
    assert (stored.locality_id, stored.month) == (eastfield.locality_id, timezone.localdate().replace(day=1))
    fields = {field.name for field in EqualityAnswers._meta.concrete_fields}
    assert fields == {"id", "page", "locality", "month", "age", "sex", "ethnic_group", "disability", "religion"}


def test_bad_input_is_sent_back_in_the_readers_language_with_answers_kept(client, service):
    address = f"/pl/feedback/{service.pk}/parents/"
    first, *_rest, comment = questions("parents")
    response = client.post(address, {f"q{first.pk}": "", f"q{comment.pk}": "x" * 501, "at": "not-a-place"})
    assert response.status_code == 200
    page = soup(response)
    summary = [link.get_text(strip=True) for link in page.select(".govuk-error-summary a")]
    assert summary == [in_language("pl", "Choose an answer."), in_language("pl", "Write no more than 500 characters.")]
    assert page.find("textarea").get_text() == "x" * 501
    nonsense = client.post(address, {f"q{first.pk}": "99"})
    assert (
        in_language("pl", "Choose one of the answers.") in soup(nonsense).find(class_="govuk-error-summary").get_text()
    )
    assert client.get(f"/feedback/{service.pk}/grandparents/").status_code == 404
    assert client.get(f"/feedback/{service.get_parent().pk}/").status_code == 404  # not a listing
    assert client.get("/feedback/99999999999/").status_code == 404
    assert not FeedbackResponse.objects.filter(page=service).exists()


def test_too_much_feedback_from_one_connection_is_held_back_with_answers_kept(client, service, settings):
    settings.SERVICE_FEEDBACK_RATE_LIMIT_PER_HOUR = 2
    address = f"/ur/feedback/{service.pk}/8-and-over/"
    for _ in range(2):
        assert client.post(address, answers_for("8-and-over", "4")).status_code == 302
    response = client.post(address, answers_for("8-and-over", "2", None, None, None, "اچھا تھا"))
    assert response.status_code == 429
    page = soup(response)
    assert in_language("ur", TOO_MANY) in page.find(class_="govuk-error-summary").get_text()
    assert page.find("textarea").get_text() == "اچھا تھا"
    assert FeedbackResponse.objects.filter(page=service).count() == 2


def test_a_sign_in_sheet_printed_for_a_place_counts_its_feedback_for_that_hub(client, service):
    graiseley = HubPage.objects.get(slug="graiseley")
    elsewhere = HubPage.objects.get(slug="bingley")  # family mediation does not run there
    sheet = soup(client.get(f"/feedback/{service.pk}/sign-in-sheet/?at={graiseley.pk}"))
    assert sheet.select_one(".sign-in-sheet__qr svg") is not None
    assert f"/feedback/{service.pk}/?at={graiseley.pk}" in sheet.select_one(".sign-in-sheet__footer").get_text()
    headings = [cell.get_text(strip=True) for cell in sheet.select("thead th")]
    assert headings[1:] == [
        "Parent or carer’s name",
        "Children’s first names",
        "Children’s ages",
        "First time here? (tick)",
    ]
    assert len(sheet.select("tbody tr")) == 15
    invitations = [item["lang"] for item in sheet.select(".sign-in-sheet__invitations li")]
    assert invitations == ["en", "pa", "pl", "ro", "ur", "ar"]

    start = soup(client.get(f"/feedback/{service.pk}/?at={graiseley.pk}"))
    form_address = start.find("a", class_="feedback-audience")["href"]
    assert form_address == f"/feedback/{service.pk}/parents/?at={graiseley.pk}"
    form = soup(client.get(form_address))
    assert form.find("input", attrs={"name": "at"})["value"] == str(graiseley.pk)
    client.post(form_address, {**answers_for("parents", "5"), "at": graiseley.pk})
    client.post(form_address, {**answers_for("parents", "5"), "at": elsewhere.pk})
    assert list(FeedbackResponse.objects.filter(page=service).order_by("pk").values_list("hub", flat=True)) == [
        graiseley.pk,
        None,  # a place the service does not run at is ignored; it runs at three hubs
    ]


def test_the_hub_leaflet_carries_a_qr_code_to_the_hubs_feedback_form(client, demo_site):
    hub = HubPage.objects.get(slug="eastfield")
    leaflet = soup(client.get(f"{hub.url}leaflet/"))
    feedback = leaflet.select_one(".leaflet__feedback-qr svg")
    assert feedback is not None
    assert f"/feedback/{hub.pk}/" in leaflet.select_one(".leaflet__aside").get_text()


def form_as_sent(form):
    """What a browser would send for an HTML form left as it is."""
    data = {}
    for field in form.select("input[name], textarea[name], select[name]"):
        if field.get("type") in ("submit", "button") or (
            field.get("type") in ("checkbox", "radio") and not field.has_attr("checked")
        ):
            continue
        if field.name == "textarea":
            data[field["name"]] = field.get_text().removeprefix("\n")
        elif field.name == "select":
            chosen = field.find("option", selected=True)
            data[field["name"]] = chosen["value"] if chosen else ""
        else:
            # A ticked box without a value is sent as "on".
            data[field["name"]] = field.get("value", "on" if field.get("type") == "checkbox" else "")
    return data


def test_an_editor_rewords_a_question_in_polish_and_earlier_answers_keep_their_wording(client, service):
    from tests.factories import member_of

    client.post(f"/feedback/{service.pk}/parents/", answers_for("parents", "2"))
    client.force_login(member_of("FIS editors", "editor"))
    editor = f"/admin/snippets/feedback/feedbackversion/edit/{FeedbackVersion.objects.get(slug='parents').pk}/"
    data = form_as_sent(soup(client.get(editor)).find("form", attrs={"action": editor}))
    data["questions-0-text_en"] = "Was the session useful to you?"
    data["questions-0-text_pl"] = "Czy zajęcia były dla ciebie przydatne?"
    data["questions-3-options_pl"] = "Tak\nNie"  # the English has three answers
    refused = client.post(editor, data)
    assert refused.status_code == 200 and "Give the same 3 answers as the English" in refused.content.decode()
    data["questions-3-options_pl"] = "Tak\nMoże\nNie"
    assert client.post(editor, data).status_code == 302
    client.logout()

    form = soup(client.get(f"/pl/feedback/{service.pk}/parents/"))
    assert form.select("legend")[0].get_text(" ", strip=True) == "Czy zajęcia były dla ciebie przydatne?"
    client.post(f"/feedback/{service.pk}/parents/", answers_for("parents", "5"))
    asked = FeedbackAnswer.objects.filter(response__page=service).order_by("pk").values_list("question_text", flat=True)
    assert list(asked) == ["Did the session or service help you?", "Was the session useful to you?"]


def test_old_comments_are_deleted_and_the_ratings_stay(service):
    from django.core.management import call_command

    from feedback.responses import save_response

    version = FeedbackVersion.objects.get(slug="parents")
    first, *_rest, comment = questions("parents")
    today = timezone.localdate()
    old_month = (today - datetime.timedelta(days=400)).replace(day=1)
    for month in (old_month, today.replace(day=1)):
        save_response(service, None, version, [(first, 4), (comment, "A kind worker")], "en", month=month)
    call_command("forget_feedback_comments", days=180, verbosity=0)
    kept = FeedbackAnswer.objects.filter(response__page=service)
    assert sorted((answer.response.month, answer.kind) for answer in kept) == [
        (old_month, "rating"),
        (today.replace(day=1), "rating"),
        (today.replace(day=1), "text"),
    ]
