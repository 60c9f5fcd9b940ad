"""Translating one page in the admin, beside its English: what translators use day to day."""

import pytest
from bs4 import BeautifulSoup

from directory.models import ServicePage
from tests.factories import member_of

pytestmark = pytest.mark.django_db
REF = "page:/home/services/family-mediation/"
URL = "/admin/reports/translations/translate/"


@pytest.fixture
def translator(client):
    user = member_of("Translators", "translator")
    client.force_login(user)
    return user


def open_form(client, language="pl"):
    response = client.get(URL, {"ref": REF, "language": language})
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    data = {field["name"]: field.get("value", "") for field in page.select("form input[type=hidden]")}
    boxes = {box["name"]: box for box in page.select("form textarea")}
    return page, data, boxes


def box_for(page, boxes, label):
    """The text box whose label starts with a field name, such as 'summary'."""
    for name, box in boxes.items():
        if page.select_one(f"label[for={box['id']}]").get_text().startswith(f"{label} ·"):
            return name
    raise AssertionError(f"no box for {label}")


def test_a_translator_translates_a_page_beside_its_english(client, demo_site, translator):
    service = ServicePage.objects.get(slug="family-mediation")
    page, data, boxes = open_form(client)
    assert service.summary_en in page.get_text()
    summary = box_for(page, boxes, "summary")
    assert boxes[summary].get_text() == service.summary_pl and boxes[summary]["lang"] == "pl"
    data |= {name: box.get_text() for name, box in boxes.items()}
    data[summary] = "Pomoc dla rodziców po rozstaniu w ustaleniu opieki nad dziećmi."
    response = client.post(URL, data)
    assert response.status_code == 302
    assert "sent to Publisher review" in client.get(response["Location"]).content.decode()

    # Like any change by someone who cannot publish, it waits for a publisher.
    service.refresh_from_db()
    assert service.summary_pl != "Pomoc dla rodziców po rozstaniu w ustaleniu opieki nad dziećmi."
    assert service.workflow_in_progress
    publisher = member_of("FIS publishers", "publisher")
    client.force_login(publisher)
    task_state = service.current_workflow_task_state
    client.post(f"/admin/pages/workflow/action/{service.pk}/approve/{task_state.pk}/", {"comment": ""})
    service.refresh_from_db()
    assert service.summary_pl == "Pomoc dla rodziców po rozstaniu w ustaleniu opieki nad dziećmi."
    client.logout()
    assert client.get("/pl/services/family-mediation/").content.decode().count("Pomoc dla rodziców po rozstaniu") == 1


def test_a_publisher_translating_publishes_at_once(client, demo_site):
    publisher = member_of("FIS publishers", "publisher")
    client.force_login(publisher)
    page, data, boxes = open_form(client)
    data |= {name: box.get_text() for name, box in boxes.items()}
    data[box_for(page, boxes, "summary")] = "Nowe streszczenie."
    client.post(URL, data)
    assert ServicePage.objects.get(slug="family-mediation").summary_pl == "Nowe streszczenie."


def test_urdu_boxes_read_right_to_left(client, demo_site, translator):
    _page, _data, boxes = open_form(client, "ur")
    assert {box["dir"] for box in boxes.values()} == {"rtl"}


def test_the_english_cannot_be_changed_through_the_form(client, demo_site, translator):
    service = ServicePage.objects.get(slug="family-mediation")
    english, polish = service.summary_en, service.summary_pl
    _page, data, boxes = open_form(client)
    data["catalogue"] = data["catalogue"].replace("a", "b")  # tampered with: the signature fails
    response = client.post(URL, data | {name: "x" for name in boxes})
    assert "Nothing was saved" in response.content.decode()
    service.refresh_from_db()
    assert (service.summary_en, service.summary_pl) == (english, polish)


def test_a_translation_changed_meanwhile_is_not_overwritten_and_typing_is_kept(client, demo_site, translator):
    page, data, boxes = open_form(client)
    summary = box_for(page, boxes, "summary")
    service = ServicePage.objects.get(slug="family-mediation")
    service.summary_pl = "Zmienione przez kogoś innego."
    service.save_revision().publish()
    data |= {name: box.get_text() for name, box in boxes.items()}
    data[summary] = "Moje tłumaczenie."
    response = client.post(URL, data)
    assert response.status_code == 200
    assert "Nothing was saved" in response.content.decode()
    assert "Moje tłumaczenie." in response.content.decode()
    service.refresh_from_db()
    assert service.summary_pl == "Zmienione przez kogoś innego."


def test_only_people_who_translate_open_it(client, demo_site):
    user = member_of("Insight officers", "insight")
    client.force_login(user)
    refused = client.get(URL, {"ref": REF, "language": "pl"})
    assert refused.status_code == 302  # permission denied: back to the dashboard
    assert refused["Location"] == "/admin/"
    translator = member_of("Translators", "translator")
    client.force_login(translator)
    assert client.get(URL, {"ref": "page:/home/nothing-here/", "language": "pl"}).status_code == 404
    assert client.get(URL, {"ref": REF, "language": "en"}).status_code == 404


def test_the_coverage_report_links_each_language_to_the_form(client, demo_site, translator):
    report = BeautifulSoup(client.get("/admin/reports/translations/?language=pl").content, "html.parser")
    link = report.find("a", attrs={"aria-label": "Translate Family mediation into Polish"})
    assert link is not None
    assert client.get(link["href"]).status_code == 200


def test_a_sessions_note_translation_survives_the_next_publish(client, demo_site):
    from directory.models import Schedule

    schedule = Schedule.objects.exclude(note="").select_related("page").first()
    publisher = member_of("FIS publishers", "publisher")
    client.force_login(publisher)
    response = client.get(URL, {"ref": f"directory.schedule:pk={schedule.pk}", "language": "pl"})
    page = BeautifulSoup(response.content, "html.parser")
    data = {field["name"]: field.get("value", "") for field in page.select("form input[type=hidden]")}
    [box] = page.select("form textarea")
    client.post(URL, data | {box["name"]: "Tylko w czasie roku szkolnego"})
    schedule.refresh_from_db()
    assert schedule.note_pl == "Tylko w czasie roku szkolnego"
    service = schedule.page.specific_class.objects.get(pk=schedule.page_id)
    service.get_latest_revision().publish()  # the next publish, by anyone
    schedule.refresh_from_db()
    assert schedule.note_pl == "Tylko w czasie roku szkolnego"


def test_with_a_draft_waiting_the_translation_joins_the_draft_and_says_so(client, demo_site, translator):
    service = ServicePage.objects.get(slug="family-mediation")
    service.summary_en = "A draft an editor is still working on."
    service.save_revision()
    page, data, boxes = open_form(client)
    data |= {name: box.get_text() for name, box in boxes.items()}
    data[box_for(page, boxes, "summary")] = "Szkic."
    response = client.post(URL, data, follow=True)
    assert "added to the draft waiting on this page" in response.content.decode()
    draft = ServicePage.objects.get(pk=service.pk).get_latest_revision_as_object()
    assert draft.summary_pl == "Szkic."
    assert ServicePage.objects.get(pk=service.pk).summary_pl != "Szkic."
