"""Parent champions: finding one, and the expression-of-interest form only the Early years team sees."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.db import connection
from wagtail.models import Site

from core.models import NotificationAddresses
from hubs.models import ChampionInterest, InterestStage, ParentChampion

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def without_demo_interest(db):
    """The demo's made-up people aside: these tests count what the form stores."""
    ChampionInterest.objects.all().delete()


JOIN_URL = "/parent-champions/become-a-parent-champion/"


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def names(page):
    return [h.get_text(strip=True) for h in page.select(".champion-card h3")]


def test_demo_has_a_dozen_champions_across_the_community_languages(demo_site):
    assert ParentChampion.objects.filter(is_active=True).count() >= 12
    spoken = set(ParentChampion.objects.values_list("languages__code", flat=True))
    assert {"pa", "pl", "ro", "ur", "ar", "bsl"} <= spoken


def test_find_champions_by_language_and_area(client, demo_site):
    polish = names(soup(client.get("/parent-champions/?language=pl")))
    assert set(polish) == {"Agnieszka", "Marek"}
    in_whitmore_reans = names(soup(client.get("/parent-champions/?language=pl&area=5")))
    assert in_whitmore_reans == ["Agnieszka"]
    assert len(names(soup(client.get("/parent-champions/")))) >= 12


def test_champion_cards_show_first_name_languages_and_hub_only(client, demo_site):
    card = soup(client.get("/parent-champions/?language=bsl")).select_one(".champion-card")
    text = card.get_text(" ", strip=True)
    assert "Claire" in text and "British Sign Language" in text
    assert card.find("a", href="/hubs/bradley-rocket-pool/")


def test_hidden_champions_are_not_shown(client, demo_site):
    ParentChampion.objects.filter(first_name="Claire").update(is_active=False)
    assert "Claire" not in names(soup(client.get("/parent-champions/")))


def test_stories_and_join_pages_are_linked(client, demo_site):
    main = soup(client.get("/parent-champions/")).find("main")
    hrefs = {a["href"] for a in main.find_all("a")}
    assert JOIN_URL in hrefs
    assert "/parent-champions/a-dad-who-came-back-to-help/" in hrefs


def valid_form(**changes):
    data = {
        "first_name": "Zofia",
        "phone": "07700 900123",
        "email": "",
        "locality": "",
        "languages": "Polski, English",
        "message": "Mogę pomóc w sobotę",
        "consent": "on",
        "website": "",
    }
    data.update(changes)
    return data


def test_interest_is_stored_encrypted_and_the_team_is_told_without_personal_data(
    client, demo_site, django_capture_on_commit_callbacks
):
    NotificationAddresses.objects.update_or_create(
        site=Site.objects.get(is_default_site=True), defaults={"early_years_team_email": "early.years@example.org"}
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(JOIN_URL, valid_form())
    assert response.status_code == 302 and response["Location"].endswith("?sent=1")
    interest = ChampionInterest.objects.get()
    assert interest.first_name == "Zofia" and interest.message == "Mogę pomóc w sobotę"
    with connection.cursor() as cursor:
        cursor.execute("SELECT first_name, phone, message FROM hubs_championinterest")
        raw = " ".join(cursor.fetchone())
    assert "Zofia" not in raw and "07700" not in raw and "sobotę" not in raw
    # Nothing is sent from the family's request: the team hears from the weekday reminder.
    assert mail.outbox == []
    call_command("send_champion_interest_reminders", verbosity=0)
    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert email.to == ["early.years@example.org"]
    assert email.subject == "1 person is waiting to hear about becoming a parent champion"
    assert "/admin/champion_interest/" in email.body
    assert "Zofia" not in email.body + email.subject and "07700" not in email.body
    # Once someone has been in touch, nobody is reminded again.
    interest.stage = InterestStage.CONTACTED
    interest.save()
    call_command("send_champion_interest_reminders", verbosity=0)
    assert len(mail.outbox) == 1
    confirmation = soup(client.get(response["Location"]))
    assert "Thank you" in confirmation.get_text()


def test_form_errors_keep_what_was_typed_and_say_how_to_fix_it(client, demo_site):
    page = soup(client.post(JOIN_URL, valid_form(phone="", email="", consent="")))
    summary = page.find(class_="govuk-error-summary").get_text()
    assert "Enter a phone number or an email address" in summary
    assert "Tick the box" in summary
    assert page.find("input", attrs={"name": "first_name"})["value"] == "Zofia"
    assert page.find("textarea", attrs={"name": "message"}).get_text().removeprefix("\n") == "Mogę pomóc w sobotę"
    assert page.find("title").get_text().startswith("Error:")
    assert ChampionInterest.objects.count() == 0


def test_robots_filling_the_hidden_field_store_nothing(client, demo_site):
    response = client.post(JOIN_URL, valid_form(website="http://spam.example"))
    assert response.status_code == 302
    assert ChampionInterest.objects.count() == 0


@pytest.fixture
def interest(db):
    return ChampionInterest.objects.create(first_name="Zofia", phone="07700 900123", language_of_form="pl")


def user_in(django_user_model, group_name, username):
    user = django_user_model.objects.create_user(username, f"{username}@example.org", "a-long-password-1")
    group, _ = Group.objects.get_or_create(name=group_name)
    user.groups.add(group)
    return user


def test_only_the_early_years_team_can_read_interest(client, interest, django_user_model):
    urls = ["/admin/champion_interest/", f"/admin/champion_interest/inspect/{interest.pk}/"]
    for url in urls:
        assert client.get(url).status_code == 302  # anonymous: sent to log in

    editor = user_in(django_user_model, "Editors", "editor")
    client.force_login(editor)
    for url in urls:
        response = client.get(url)
        assert (response.status_code, response["Location"]) == (302, "/admin/"), url
    assert b"Champion interest" not in client.get("/admin/").content

    team_member = user_in(django_user_model, "Early years team", "earlyyears")
    client.force_login(team_member)
    assert b"Champion interest" in client.get("/admin/").content
    inspect = client.get(urls[1])
    assert inspect.status_code == 200 and b"07700 900123" in inspect.content


def test_signposting_page_has_quick_routes_for_champions(client, demo_site):
    main = soup(client.get("/parent-champions/for-champions/")).find("main")
    hrefs = {a["href"] for a in main.find_all("a")}
    assert "/services/?need=domestic-abuse" in hrefs
    assert "/services/shortlist/" in hrefs
    assert "/hubs/eastfield/leaflet/" in hrefs
