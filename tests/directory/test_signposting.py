"""Parent champions log their signposting without any family's details; the Early years team
reads every entry and the figures; the Insight area gets the same counts with small ones hidden."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from wagtail import hooks

from core.insight import HOOK, Filters
from core.models import SpokenLanguage
from directory.models import Need, ServicePage, SignpostedTo, SignpostingEntry
from hubs.models import HubPage, Locality
from tests.factories import member_of

pytestmark = pytest.mark.django_db

LOG_URL = "/admin/signposting/"


@pytest.fixture
def champion(client, demo_site):
    user = member_of("Parent champions", "champion")
    client.force_login(user)
    return user


def page(response, status=200):
    assert response.status_code == status
    return BeautifulSoup(response.content, "html.parser")


def answers(**changes):
    service = ServicePage.objects.get(slug="two-year-old-offer")
    data = {
        "date": timezone.localdate().isoformat(),
        "locality": Locality.objects.get(number=5).pk,
        "need": Need.objects.get(slug="early-education").pk,
        "language": SpokenLanguage.objects.get(code="pl").pk,
        "families": "2",
        "where": f"service:{service.pk}",
    }
    data.update(changes)
    return data


def entry(user=None, **fields):
    values = {
        "logged_by": user,
        "date": datetime.date(2020, 3, 10),
        "locality": Locality.objects.get(number=1),
        "need": Need.objects.get(slug="money"),
        "language": SpokenLanguage.objects.get(code="en"),
        "signposted_to": SignpostedTo.FOOD_BANK,
        "families": 1,
    }
    values.update(fields)
    return SignpostingEntry.objects.create(**values)


def test_a_champion_logs_signposting_and_sees_their_own_entries_only(client, champion):
    someone_else = member_of("Parent champions", "another-champion")
    entry(someone_else, date=timezone.localdate(), signposted_to=SignpostedTo.GP)
    form = page(client.get(LOG_URL)).find("form", class_="signposting-log__form")
    assert form.find("input", attrs={"name": "date"})["value"] == timezone.localdate().isoformat()
    assert form.find("input", attrs={"name": "families"})["value"] == "1"

    response = client.post(LOG_URL, answers())
    assert response.status_code == 302 and response["Location"] == LOG_URL
    logged = SignpostingEntry.objects.get(logged_by=champion)
    assert (logged.signposted_to, logged.service.slug, logged.families) == ("service", "two-year-old-offer", 2)

    after = page(client.get(LOG_URL))
    assert "Logged: 2 families signposted to Free childcare for 2 year olds." in after.get_text()
    entries = after.select(".signposting-entries__entry")
    assert len(entries) == 1 and "Free childcare for 2 year olds" in entries[0].get_text()
    assert "This month you have logged 2 families." in after.get_text()
    # The next entry starts in the same area and language.
    again = after.find("form", class_="signposting-log__form")
    assert (
        again.find("select", attrs={"name": "locality"})
        .find("option", selected=True)
        .get_text()
        .startswith("Whitmore Reans")
    )
    assert again.find("select", attrs={"name": "language"}).find("option", selected=True).get_text() == (
        "Polish (Polski)"
    )


def test_there_is_nowhere_to_type_a_familys_details(client, champion):
    form = page(client.get(LOG_URL)).find("form", class_="signposting-log__form")
    assert form.find("textarea") is None
    typed = {field["type"] for field in form.find_all("input") if field.get("type") != "hidden"}
    assert typed == {"date", "number"}
    # Nor anywhere in the log itself: every column is a date, a number, a choice or a link.
    free_text = [
        field.name
        for field in SignpostingEntry._meta.concrete_fields
        if field.get_internal_type() in ("CharField", "TextField") and not field.choices
    ]
    assert free_text == []


def test_mistakes_are_explained_and_every_answer_is_kept(client, champion):
    hub = HubPage.objects.get(slug="graiseley")
    form = page(client.post(LOG_URL, answers(families="50", need="", where=f"hub:{hub.pk}")), status=400)
    summary = form.find(class_="help-critical")
    assert summary.find("a", string="Choose what they wanted help with.")["href"] == "#id_need"
    assert "Enter 20 families or fewer" in summary.get_text()
    assert form.find("input", attrs={"name": "families"})["value"] == "50"
    assert form.find("select", attrs={"name": "where"}).find("option", selected=True)["value"] == f"hub:{hub.pk}"
    assert form.find("title").get_text().startswith("Error:")
    tomorrow = (timezone.localdate() + datetime.timedelta(days=1)).isoformat()
    too_early = (timezone.localdate() - datetime.timedelta(days=400)).isoformat()
    assert "cannot be in the future" in page(client.post(LOG_URL, answers(date=tomorrow)), 400).get_text()
    assert "within the last year" in page(client.post(LOG_URL, answers(date=too_early)), 400).get_text()
    assert not SignpostingEntry.objects.filter(logged_by=champion).exists()


@pytest.mark.parametrize(
    "changes",
    [
        {"where": "service:99999999999999999999999"},
        {"where": "hub:abc"},
        {"where": "<script>"},
        {"locality": "99999999999999999999999"},
        {"language": "x"},
        {"date": "2026-02-30"},
        {"families": "1e9"},
        {"families": "-1"},
    ],
)
def test_odd_answers_get_a_message_never_an_error(client, champion, changes):
    page(client.post(LOG_URL, answers(**changes)), status=400)


def test_a_champion_removes_their_own_entry_and_nobody_elses(client, champion):
    mine = entry(champion, date=timezone.localdate())
    theirs = entry(member_of("Parent champions", "another-champion"), date=timezone.localdate())
    assert "Remove this entry only if you logged it by mistake" in page(client.get(f"{LOG_URL}{mine.pk}/remove/")).text
    assert client.post(f"{LOG_URL}{mine.pk}/remove/").status_code == 302
    assert client.get(f"{LOG_URL}{theirs.pk}/remove/").status_code == 404
    assert client.post(f"{LOG_URL}{theirs.pk}/remove/").status_code == 404
    assert list(SignpostingEntry.objects.filter(pk__in=[mine.pk, theirs.pk])) == [theirs]


def parent_champions_section():
    sections = [register() for register in hooks.get_hooks(HOOK)]
    return next(section for section in sections if section.slug == "parent-champions")


def test_the_insight_section_counts_families_with_small_numbers_hidden(demo_site):
    # In 2020, long before the demo's entries.
    bilston = Locality.objects.get(number=2)
    polish, urdu = SpokenLanguage.objects.get(code="pl"), SpokenLanguage.objects.get(code="ur")
    entry(date=datetime.date(2020, 1, 6), families=3, language=polish)
    entry(date=datetime.date(2020, 1, 20), families=4, language=polish)
    entry(date=datetime.date(2020, 3, 2), families=2, locality=bilston, language=urdu)
    offer = ServicePage.objects.get(slug="two-year-old-offer")
    entry(date=datetime.date(2020, 3, 9), families=6, signposted_to=SignpostedTo.SERVICE, service=offer)
    section = parent_champions_section()
    assert not section.permissions  # nothing about any family: open to whoever reads the Insight area
    tables = {
        table.title: table for table in section.tables(Filters(datetime.date(2020, 1, 1), datetime.date(2020, 4, 1)))
    }

    by_month = tables["Families signposted, by month"]
    assert by_month.trend and by_month.columns == ("Families signposted",)
    assert [(row.label, row.cells, row.total) for row in by_month.rows] == [
        ("January 2020", (7,), 7),
        ("February 2020", (0,), 0),
        ("March 2020", (8,), 8),
    ]
    by_area = {row.label: row.cells for row in tables["By area"].rows}
    assert (by_area["Eastfield"], by_area["Bilston"], by_area["Graiseley"]) == ((13,), (None,), (0,))
    assert [(row.label, row.cells) for row in tables["By language of the family"].rows] == [
        ("Polish", (7,)),
        ("English", (6,)),
        ("Urdu", (None,)),
    ]
    where = {row.label: row.cells for row in tables["Where they were signposted"].rows}
    assert where["Food bank"] == (9,) and where["A service on this site"] == (6,) and where["School"] == (0,)
    services = tables["Services on this site they were signposted to"].rows
    assert [(row.label, row.cells) for row in services] == [("Free childcare for 2 year olds", (6,))]

    in_bilston = section.tables(Filters(datetime.date(2020, 1, 1), datetime.date(2020, 4, 1), bilston.pk))
    assert [row.label for row in in_bilston[1].rows] == ["Bilston"]
    assert [row.cells for row in in_bilston[0].rows] == [(0,), (0,), (None,)]


def test_small_numbers_come_last_in_alphabetical_order_not_by_size(demo_site):
    for code, families in [("ur", 4), ("pl", 1), ("ar", 3), ("ro", 9), ("pa", 6)]:
        entry(date=datetime.date(2020, 5, 4), families=families, language=SpokenLanguage.objects.get(code=code))
    tables = parent_champions_section().tables(Filters(datetime.date(2020, 5, 1), datetime.date(2020, 6, 1)))
    by_language = next(table for table in tables if table.title == "By language of the family")
    assert [row.label for row in by_language.rows] == ["Romanian", "Punjabi", "Arabic", "Polish", "Urdu"]


def school_figure(client):
    figures = page(client.get("/admin/reports/signposting/"))
    return int(figures.find("th", string="School").find_next("td").get_text())


def test_the_early_years_team_reads_every_entry_and_every_number(client, demo_site):
    client.force_login(member_of("Early years team", "early-years"))
    before = school_figure(client)
    champion = member_of("Parent champions", "champion")
    entry(champion, date=timezone.localdate(), families=2, signposted_to=SignpostedTo.SCHOOL)
    listing = page(client.get("/admin/signposting_log/?signposted_to=school")).get_text()
    assert "School" in listing and "champion" in listing
    # Every number shown, small ones too: the team reads each entry anyway.
    assert school_figure(client) == before + 2
    figures = page(client.get("/admin/reports/signposting/")).get_text(" ", strip=True)
    assert "parent champions logged signposting" in figures


def test_the_team_corrects_an_entry_and_a_service_must_be_named(client, demo_site):
    logged = entry(member_of("Parent champions", "champion"), date=timezone.localdate())
    client.force_login(member_of("Early years team", "early-years"))
    fields = {
        "date": logged.date.isoformat(),
        "locality": logged.locality_id,
        "need": logged.need_id,
        "language": logged.language_id,
        "signposted_to": "service",
        "service": "",
        "hub": "",
        "families": "1",
    }
    response = client.post(f"/admin/signposting_log/edit/{logged.pk}/", fields)
    assert response.status_code == 200 and "Choose the service they were signposted to." in response.text
    fields["signposted_to"] = "community_group"
    assert client.post(f"/admin/signposting_log/edit/{logged.pk}/", fields).status_code == 302
    assert SignpostingEntry.objects.get(pk=logged.pk).signposted_to == "community_group"
