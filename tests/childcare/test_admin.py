"""Childcare in the admin: each role opens what childcare/roles.py lets it and nothing more (menu
items included), the providers' and rules' lists, updating vacancies, and the Ofsted import's
upload, report and confirmation."""

import datetime
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from childcare.models import ChildcareProvider, OfferRule
from childcare.models.providers import AgeGroup, ProviderType
from tests.childcare.factories import provider, vacancy
from tests.factories import member_of

pytestmark = pytest.mark.django_db
PROVIDERS = "/admin/snippets/childcare/childcareprovider/"
RULES = "/admin/snippets/childcare/offerrule/"
VACANCIES = "/admin/childcare/vacancies/"
IMPORT = "/admin/childcare/ofsted-import/"
REGISTER = Path(__file__).parent / "data" / "ofsted_register.csv"

# Who opens what: the providers' list, adding a provider, the rules' list, changing a rule,
# updating vacancies, importing from Ofsted.
MATRIX = {
    "Early years team": (True, True, True, False, True, True),
    "FIS editors": (True, False, True, False, True, False),
    "FIS publishers": (True, True, True, True, True, True),
    "Translators": (False, False, False, False, False, False),
    "Insight officers": (False, False, False, False, False, False),
    "Early help desk": (False, False, False, False, False, False),
    "Hub managers: Eastfield": (False, False, False, False, False, False),
}
SCREENS = (PROVIDERS, f"{PROVIDERS}add/", RULES, "{rule}", VACANCIES, IMPORT)
MENU_ITEMS = ("Childcare providers", "Two-year-old offer rules", "Update vacancies", "Import from Ofsted")


def page_text(response):
    return BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)


def opened(client, url):
    response = client.get(url)
    assert response.status_code in (200, 302), (url, response.status_code)  # refused: back to the dashboard
    return response.status_code == 200


@pytest.mark.parametrize("group", MATRIX)
def test_each_role_opens_its_childcare_screens_and_no_others(client, demo_site, group):
    client.force_login(member_of(group, "someone"))
    rule_edit = f"{RULES}edit/{OfferRule.objects.first().pk}/"
    allowed = tuple(opened(client, url.format(rule=rule_edit)) for url in SCREENS)
    assert allowed == MATRIX[group]


@pytest.mark.parametrize("group", MATRIX)
def test_menu_items_show_only_to_those_who_may_open_them(client, demo_site, group):
    client.force_login(member_of(group, "someone"))
    dashboard = client.get("/admin/").content.decode()
    providers, _add, rules, _change, vacancies, ofsted = MATRIX[group]
    shown = {label: f'"{label}"' in dashboard or f"&quot;{label}&quot;" in dashboard for label in MENU_ITEMS}
    assert shown == {
        "Childcare providers": providers,
        "Two-year-old offer rules": rules,
        "Update vacancies": vacancies,
        "Import from Ofsted": ofsted,
    }


def test_the_providers_list_finds_by_name_and_urn_and_filters(client, demo_site):
    client.force_login(member_of("FIS editors"))
    acorns = provider(urn="EY654321", name="Acorn Tree Nursery", funded_two_year_olds=True)
    vacancy(acorns, AgeGroup.TWO, confirmed_on=datetime.date(2026, 9, 1))
    by_urn = page_text(client.get(f"{PROVIDERS}?q=EY654321"))
    assert "Acorn Tree Nursery" in by_urn
    by_name = client.get(f"{PROVIDERS}?q=acorn tree")
    assert "Acorn Tree Nursery" in page_text(by_name)
    childminders = page_text(client.get(f"{PROVIDERS}?provider_type=childminder&funded_two_year_olds=true"))
    assert "Acorn Tree Nursery" not in childminders
    headings = [th.get_text(" ", strip=True) for th in BeautifulSoup(by_name.content, "html.parser").select("thead th")]
    assert [heading for heading in headings if heading] == [
        "Name",
        "Type",
        "Postcode district",
        "Locality",
        "Funded 2s",
        "Vacancies last confirmed",
    ]


def test_an_editor_changes_a_provider_and_its_vacancies_in_its_edit_form(client, demo_site):
    from wagtail.test.utils.form_data import querydict_from_html

    client.force_login(member_of("FIS editors"))
    nursery = provider(name="Little Owls")
    vacancy(nursery, AgeGroup.TWO, places=1, confirmed_on=datetime.date(2026, 9, 1))
    edit = f"{PROVIDERS}edit/{nursery.pk}/"
    form = client.get(edit)
    assert "Vacancies" in page_text(form)
    data = querydict_from_html(form.content.decode(), form_id="w-editor-form")
    data["funded_two_year_olds"] = "on"
    data["vacancies-0-places"] = "5"
    response = client.post(edit, data)
    assert response.status_code == 302, page_text(response)[:2000]
    nursery.refresh_from_db()
    assert nursery.funded_two_year_olds and nursery.vacancies.get().places == 5


def test_the_rules_list_says_which_rules_are_in_force_today(client, demo_site):
    client.force_login(member_of("FIS publishers"))
    current = OfferRule.objects.get(key="universal-credit", applies_until=None)
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    OfferRule.objects.create(
        key="universal-credit",
        route=current.route,
        kind=current.kind,
        label="Universal Credit (next year's limit)",
        income_limit=current.income_limit,
        income_basis=current.income_basis,
        applies_from=tomorrow,
    )
    page = BeautifulSoup(client.get(f"{RULES}?q=universal credit").content, "html.parser")
    in_force = {}
    for row in page.select("tbody tr"):
        cells = [cell.get_text(" ", strip=True) for cell in row.select("td")]
        for label in (text for text in cells if text.startswith("Universal Credit")):
            in_force[label.split(" Edit")[0]] = cells[-1] == "True"
    assert in_force == {"Universal Credit": True, "Universal Credit (next year's limit)": False}


def test_the_vacancy_list_puts_the_longest_unconfirmed_first_and_filters_stale_ones(client, demo_site):
    client.force_login(member_of("FIS editors"))
    today = timezone.localdate()
    eastfield = provider(name="AAA Fresh Nursery", postcode="WV10 0AG")
    vacancy(eastfield, AgeGroup.TWO, confirmed_on=today)
    stale = provider(name="AAA Stale Nursery", postcode="WV10 0AG")
    vacancy(stale, AgeGroup.TWO, confirmed_on=today - datetime.timedelta(days=200))
    locality = stale.locality.pk
    names = [
        heading.get_text(strip=True)
        for heading in BeautifulSoup(client.get(f"{VACANCIES}?locality={locality}").content, "html.parser").select(
            "section h2"
        )
    ]
    assert names.index("AAA Stale Nursery") < names.index("AAA Fresh Nursery")
    stale_only = page_text(client.get(f"{VACANCIES}?locality={locality}&stale=on"))
    assert "AAA Stale Nursery" in stale_only and "AAA Fresh Nursery" not in stale_only


def test_an_editor_sets_places_per_age_group_and_confirms_them(client, demo_site):
    client.force_login(member_of("FIS editors"))
    nursery = provider(name="Little Owls", youngest_months=0, oldest_years=4)
    old = timezone.localdate() - datetime.timedelta(days=90)
    vacancy(nursery, AgeGroup.TWO, places=1, confirmed_on=old)
    vacancy(nursery, AgeGroup.UNDER_TWO, places=2, confirmed_on=old)
    prefix = f"provider-{nursery.pk}"
    response = client.post(
        f"{VACANCIES}{nursery.pk}/",
        {
            "action": "save",
            "next": f"{VACANCIES}?stale=on",
            f"{prefix}-two": "4",
            f"{prefix}-three_four": "0",
            f"{prefix}-under_two": "",
        },
    )
    assert response.status_code == 302 and response["Location"] == f"{VACANCIES}?stale=on#provider-{nursery.pk}"
    saved = dict(nursery.vacancies.values_list("age_group", "places"))
    assert saved == {AgeGroup.TWO: 4, AgeGroup.THREE_FOUR: 0}  # an emptied box removes its vacancy
    assert set(nursery.vacancies.values_list("confirmed_on", flat=True)) == {timezone.localdate()}


def test_a_wrong_number_is_shown_again_with_its_message(client, demo_site):
    client.force_login(member_of("FIS editors"))
    nursery = provider(name="Little Owls")
    response = client.post(f"{VACANCIES}{nursery.pk}/", {"action": "save", f"provider-{nursery.pk}-two": "-3"})
    assert response.status_code == 200
    assert "2 year olds: places free: Ensure this value is greater than or equal to 0." in page_text(response)
    assert not nursery.vacancies.exists()


def test_still_the_same_confirms_every_vacancy_today(client, demo_site):
    client.force_login(member_of("Early years team"))
    minder = provider(provider_type=ProviderType.CHILDMINDER, name="Jo's Childminding")
    old = timezone.localdate() - datetime.timedelta(days=75)
    vacancy(minder, AgeGroup.TWO, places=1, confirmed_on=old)
    vacancy(minder, AgeGroup.SCHOOL_AGE, places=3, confirmed_on=old)
    response = client.post(f"{VACANCIES}{minder.pk}/", {"action": "same", "next": "https://elsewhere.example/"})
    assert response["Location"] == f"{VACANCIES}#provider-{minder.pk}"  # never sent off the site
    assert sorted(minder.vacancies.values_list("places", "confirmed_on")) == [
        (1, timezone.localdate()),
        (3, timezone.localdate()),
    ]


def test_vacancies_cannot_be_changed_by_those_who_may_not(client, demo_site):
    nursery = provider()
    vacancy(nursery, AgeGroup.TWO, places=1, confirmed_on=datetime.date(2026, 1, 1))
    client.force_login(member_of("Translators"))
    response = client.post(f"{VACANCIES}{nursery.pk}/", {"action": "same"})
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert nursery.vacancies.get().confirmed_on == datetime.date(2026, 1, 1)


def test_an_editor_checks_then_imports_ofsteds_file(client, demo_site):
    client.force_login(member_of("Early years team"))
    upload = SimpleUploadedFile("register.csv", REGISTER.read_bytes(), content_type="text/csv")
    report = client.post(IMPORT, {"file": upload})
    assert report.status_code == 200
    text = page_text(report)
    assert "Nothing has changed yet" in text and "New providers: 5" in text and "Skipped: 4" in text
    assert "Outside Wolverhampton (skipped): 1" in text
    assert not ChildcareProvider.objects.filter(urn="EY500001").exists()
    checked = BeautifulSoup(report.content, "html.parser").select_one("input[name=checked]")["value"]
    done = client.post(f"{IMPORT}confirm/", {"checked": checked})
    assert done.status_code == 200 and "Providers imported from Ofsted" in page_text(done)
    assert (
        ChildcareProvider.objects.filter(urn__in=["EY500001", "EY500002", "500003", "EY500004", "EY500005"]).count()
        == 5
    )


def test_a_confirmation_is_refused_if_a_provider_changed_after_the_check(client, demo_site):
    client.force_login(member_of("FIS publishers"))
    upload = SimpleUploadedFile("register.csv", REGISTER.read_bytes(), content_type="text/csv")
    checked = BeautifulSoup(client.post(IMPORT, {"file": upload}).content, "html.parser").select_one(
        "input[name=checked]"
    )["value"]
    provider(urn="EY500001", name="Added meanwhile", postcode="WV1 1DD")
    again = client.post(f"{IMPORT}confirm/", {"checked": checked})
    assert "A provider changed after your check, so nothing has been imported yet" in page_text(again)
    assert not ChildcareProvider.objects.filter(urn="EY500002").exists()


def test_a_tampered_or_borrowed_confirmation_is_refused(client, demo_site):
    client.force_login(member_of("FIS publishers", "first"))
    upload = SimpleUploadedFile("register.csv", REGISTER.read_bytes(), content_type="text/csv")
    checked = BeautifulSoup(client.post(IMPORT, {"file": upload}).content, "html.parser").select_one(
        "input[name=checked]"
    )["value"]
    tampered = client.post(f"{IMPORT}confirm/", {"checked": checked[:-3] + "abc"})
    assert "could not be read back" in page_text(tampered)
    client.force_login(member_of("FIS publishers", "second"))
    borrowed = client.post(f"{IMPORT}confirm/", {"checked": checked})
    assert "could not be read back" in page_text(borrowed)
    assert not ChildcareProvider.objects.filter(urn="EY500001").exists()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "The submitted file is empty."),
        (b" \r\n", "The file is empty."),
        (b"PK\x03\x04", "This is a spreadsheet workbook, not a CSV file"),
        (b"Name,Town\r\nA,B\r\n", "The file has no “Provider URN” column."),
        (b"Provider URN,Provider name\r\n\x81\x8d", "The file's encoding cannot be read"),
    ],
)
def test_a_file_that_cannot_be_read_is_explained_not_a_server_error(client, demo_site, data, message):
    client.force_login(member_of("Early years team"))
    response = client.post(IMPORT, {"file": SimpleUploadedFile("register.csv", data)})
    assert response.status_code == 200
    assert "There is a problem with the file" in page_text(response) and message in page_text(response)


def test_the_report_lists_every_problem_with_its_row_and_column(client, demo_site):
    client.force_login(member_of("Early years team"))
    data = REGISTER.read_bytes().replace(b",14/03/2023,1,", b",14/03/2023,Brilliant,")
    response = client.post(IMPORT, {"file": SimpleUploadedFile("register.csv", data)})
    problems = [
        item.get_text(" ", strip=True)
        for item in BeautifulSoup(response.content, "html.parser").select("[role=alert] li")
    ]
    assert problems == [
        "Row 4, Most recent full: overall effectiveness: 'Brilliant' is not an Ofsted outcome: expected 1 to 4, "
        "Outstanding, Good, Requires improvement, Inadequate, Met or Not met."
    ]
    assert "Import 4 providers" in page_text(response)  # the other rows still import
