"""Every service page lets a family act: numbers to tap, the early help desk's form, honest words
about calling and booking, and the same contacts in the API, the ORUK import and the spreadsheet."""

import csv
import io
import json
import re
import uuid
from pathlib import Path

import jsonschema
import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError

from directory.audience import children
from directory.models import Audience, ServicePage, ServicePhone
from directory.spreadsheet import check_sheet, export_csv, import_sheet, read_sheet
from directory.spreadsheet.columns import COLUMN_NAMES
from openreferral.importer import import_feed

pytestmark = pytest.mark.django_db
API = "/api/openreferral"
SCHEMAS = Path(__file__).resolve().parents[2] / "openreferral" / "schema"
DRAMA = re.compile(r"^tel:\+44(1632960\d{3}|7700900\d{3})$|^sms:\+447700900\d{3}$")


def page_of(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return BeautifulSoup(response.content, "html.parser")


def contact_block(page):
    return page.select_one("main .service-contact")


# The page


def test_the_contact_block_comes_before_the_description_with_numbers_to_tap(client, demo_site):
    page = page_of(client, "/services/baby-massage/")
    block = contact_block(page)
    assert block.find("h2").get_text(strip=True) == "Contact this service"
    call = block.select_one("a.service-contact__number")
    assert call["href"] == "tel:+441632960101"
    assert call.find("bdi", dir="ltr").get_text() == "01632 960 101"
    assert "Monday to Friday, 9am to 5pm" in block.get_text()
    assert block.find("a", href="mailto:early.years@example.org")
    assert block.find("a", href="https://www.example.org/book/baby-massage")
    # Near the top: after the summary, before the long description.
    html = str(page.find("main"))
    assert html.index("service-contact") < html.index("Learn gentle massage strokes")


def test_a_text_line_opens_a_message_and_says_so(client, demo_site):
    block = contact_block(page_of(client, "/services/health-visiting/"))
    text = block.find("a", href="sms:+447700900210")
    assert text and text.get_text(" ", strip=True).startswith("Text")


def test_services_reached_through_the_desk_link_to_the_self_referral_form(client, demo_site):
    block = contact_block(page_of(client, "/services/targeted-family-support/"))
    assert block.find("a", href="/refer/")
    assert block.find("a", href=re.compile(r"^tel:\+44"))  # the desk's own number
    urdu = contact_block(page_of(client, "/ur/services/targeted-family-support/"))
    assert urdu.find("a", href="/ur/refer/")
    assert urdu.find("a", href=re.compile("^tel:")).find("bdi", dir="ltr")
    # A drop-in is not reached through the desk, so no form is offered for it.
    assert not contact_block(page_of(client, "/services/stay-and-play/")).find("a", href="/refer/")


def test_listing_cards_carry_the_number_to_call(client, demo_site):
    page = page_of(client, "/services/?q=baby+massage")
    card = page.select_one("#service-baby-massage")
    call = card.select_one(".service-card__call a")
    assert call["href"] == "tel:+441632960101" and "Call" in call.get_text()


def test_every_demo_service_is_honest_about_calling_and_booking(client, demo_site):
    """Walks every demo service: each can be reached by phone, says "call" only beside a number
    it shows, and "Booking needed" only with how to book."""
    services = list(ServicePage.objects.live())
    assert len(services) >= 45
    for service in services:
        page = page_of(client, service.url)
        main = page.find("main")
        text = main.get_text(" ", strip=True)
        assert "number on this page" not in text, service.slug
        assert main.find("a", href=re.compile(r"^(tel|sms):\+44")), f"{service.slug} shows no number"
        for link in contact_block(page).select("a.service-contact__number"):
            assert DRAMA.match(link["href"]), f"{service.slug}: {link['href']} is not a drama number"
        for item in main.select(".schedule-list__item"):
            when = item.get_text(" ", strip=True)
            if "Booking needed" in when:
                assert item.find("a", href=re.compile(r"^(tel:|https://)")), f"{service.slug}: {when}"
        for route in main.select("#how-to-get-it + ul li"):
            words = route.get_text(" ", strip=True)
            if re.search(r"\bcall\b", words):
                assert route.find("a", href=re.compile("^tel:")), f"{service.slug}: {words}"


def test_booking_needed_is_not_said_without_a_way_to_book(client, demo_site):
    service = ServicePage.objects.get(slug="baby-massage")
    assert "Booking needed" in page_of(client, service.url).find("main").get_text()
    service.booking_url = ""
    service.phones = []
    service.save_revision().publish()
    main = page_of(client, service.url).find("main")
    assert "Booking needed" not in main.get_text()
    assert "call" not in main.select_one("#how-to-get-it + ul").get_text()


def test_phone_only_booking_says_which_number(client, demo_site):
    item = page_of(client, "/services/changing-behaviour/").select_one(".schedule-list__item")
    assert "Booking needed: call" in item.get_text(" ", strip=True)
    assert item.find("a", href="tel:+441632960720")


# Numbers as editors type them


def test_editors_numbers_are_checked_and_stored_in_one_form(demo_site):
    service = ServicePage.objects.get(slug="baby-massage")
    phone = ServicePhone(page=service, number="01902 551199")
    phone.full_clean()
    assert phone.number == "+441902551199" and phone.display == "01902 551 199"
    with pytest.raises(ValidationError) as caught:
        ServicePhone(page=service, number="019025511").full_clean()
    assert "Enter a UK phone number with 11 digits" in str(caught.value)


def test_a_wrong_number_is_reported_once_beside_the_number(demo_site):
    service = ServicePage.objects.get(slug="baby-massage")
    with pytest.raises(ValidationError) as caught:
        ServicePhone(page=service, number="1902 555 555").full_clean()
    assert list(caught.value.message_dict) == ["number"]
    assert caught.value.message_dict["number"] == ["UK phone numbers start with 0: did you mean 01902 555 555?"]


# Who it is for


@pytest.mark.parametrize(
    ("slug", "words"),
    [
        ("two-year-old-offer", "Children aged 2"),
        ("english-classes", "Parents and carers"),
        ("positive-parenting", "Parents and carers of children aged 2 to 11"),
        ("stay-and-play", "Families with children from birth to 5"),
        ("bump-to-baby", "Expectant parents"),
        ("young-people-wellbeing", "Young people aged 11 to 18"),
    ],
)
def test_who_it_is_for_in_plain_words(client, demo_site, slug, words):
    page = page_of(client, f"/services/{slug}/")
    row = next(row for row in page.select(".service-facts .govuk-summary-list__row") if "Who it is for" in row.dt.text)
    assert row.dd.get_text(" ", strip=True).startswith(words)


def test_no_adult_course_gives_childrens_ages_and_no_age_runs_from_a_number_to_itself(client, demo_site):
    for service in ServicePage.objects.live():
        text = page_of(client, service.url).find("main").get_text(" ", strip=True)
        assert not re.search(r"\b(\d+) to \1\b", text), service.slug
        if service.audience == Audience.PARENTS:
            assert not re.search(r"\b[Aa]ges? 0 to 18|aged 0 to 18", text), service.slug
    listing = page_of(client, "/services/?q=english").get_text(" ", strip=True)
    assert "Ages 0 to 18" not in listing


def test_age_words():
    assert children(2, 2) == "children aged 2"
    assert children(0, 5) == "children from birth to 5"
    assert children(0, 0) == "babies under 1"
    assert children(5, 16) == "children and young people aged 5 to 16"


# The API and the ORUK import


def test_the_api_publishes_contacts_phones_email_and_who_it_is_for(client, demo_site):
    service = ServicePage.objects.get(slug="baby-massage")
    document = client.get(f"{API}/services/{service.translation_key}").json()
    validator = jsonschema.Draft202012Validator(
        json.loads((SCHEMAS / "service.json").read_text()), format_checker=jsonschema.FormatChecker()
    )
    assert not list(validator.iter_errors(document))
    [contact] = document["contacts"]
    assert contact["name"] == "Early Years team"
    [phone] = contact["phones"]
    assert phone["number"] == "01632 960 101" and phone["contact_id"] == contact["id"]
    assert phone["description"] == "Monday to Friday, 9am to 5pm"
    assert {language["code"] for language in phone["languages"]} == {"en", "pa", "ur"}
    assert document["email"] == "early.years@example.org"
    assert document["description"].endswith("Who it is for: Families with children from birth to 1.")
    desk = client.get(
        f"{API}/services/{ServicePage.objects.get(slug='targeted-family-support').translation_key}"
    ).json()
    assert any(phone["number"].startswith("01902") for contact in desk["contacts"] for phone in contact["phones"])


def test_the_import_reads_phones_and_refuses_a_number_without_its_zero(client, demo_site):
    service = ServicePage.objects.get(slug="health-visiting")
    document = client.get(f"{API}/services/{service.translation_key}").json()
    document["id"] = str(uuid.uuid4())
    document["name"] = "Health visiting (from a neighbour's feed)"
    document["contacts"][0]["phones"].append({"id": str(uuid.uuid4()), "number": "1902555555"})
    report = import_feed([document], source="test")
    assert report.created == [document["name"]]
    assert report.problems == [
        (document["name"], "phone '1902555555' left out: UK phone numbers start with 0: did you mean 01902 555 555?")
    ]
    page = ServicePage.objects.get(title=document["name"]).get_latest_revision_as_object()
    phones = list(page.phones.all())
    assert [(phone.number, phone.kind) for phone in phones] == [("+441632960210", "voice"), ("+447700900210", "text")]
    assert {language.code for language in phones[0].languages.all()} == {"en", "pa", "ur", "pl"}
    assert "Who it is for" not in page.description


# The spreadsheet


def exported_rows():
    return list(csv.DictReader(io.StringIO(export_csv().decode("utf-8-sig"))))


def sheet(rows):
    output = io.StringIO(newline="")
    writer = csv.DictWriter(output, fieldnames=COLUMN_NAMES)
    writer.writeheader()
    writer.writerows(rows)
    return output.getvalue().encode("utf-8-sig")


def row_for(slug):
    service = ServicePage.objects.get(slug=slug)
    return next(row for row in exported_rows() if row["id"] == str(service.pk))


def test_the_spreadsheet_has_phones_email_website_and_booking(demo_site):
    row = row_for("health-visiting")
    assert row["phones"] == (
        "01632 960 210 (Monday to Friday, 8:30am to 5pm); "
        "text: 07700 900 210 (Text your health visiting team: a reply within one working day)"
    )
    assert row["email"] == "health.visiting@example.org"
    assert row_for("baby-massage")["booking_url"] == "https://www.example.org/book/baby-massage"
    assert row_for("english-classes")["who_takes_part"] == "Parents and carers"


@pytest.mark.parametrize(
    ("cell", "message"),
    [
        ("1902555555", "1902555555 looks like Excel dropped the leading 0: did you mean 01902 555 555?"),
        ("7700900123 (evenings)", "7700900123 looks like Excel dropped the leading 0: did you mean 07700 900 123?"),
        ("1.90256E+09", "Excel turned the phone number into 1.90256E+09"),
        ("019025511", "Enter a UK phone number with 11 digits"),
    ],
)
def test_a_number_excel_spoiled_is_caught_naming_row_and_column(demo_site, cell, message):
    before = ServicePage.objects.get(slug="health-visiting").latest_revision_id
    report = import_sheet(read_sheet(sheet([row_for("stay-and-play"), row_for("health-visiting") | {"phones": cell}])))
    assert not report.applied
    [row] = report.with_problems
    assert row.number == 3
    [problem] = row.problems
    assert problem.column == "phones" and message in str(problem.message)
    assert ServicePage.objects.get(slug="health-visiting").latest_revision_id == before


def test_changing_phones_in_the_spreadsheet_keeps_each_lines_languages(demo_site):
    row = row_for("health-visiting")
    row["phones"] = "01632960210 (Weekdays, 9am to 5pm); 0121 496 0000"
    report = import_sheet(read_sheet(sheet([row])))
    assert report.applied and report.rows[0].changes == ["phones"]
    draft = ServicePage.objects.get(slug="health-visiting").get_latest_revision_as_object()
    phones = list(draft.phones.all())
    assert [(phone.number, phone.note) for phone in phones] == [
        ("+441632960210", "Weekdays, 9am to 5pm"),
        ("+441214960000", ""),
    ]
    assert {language.code for language in phones[0].languages.all()} == {"en", "pa", "ur", "pl"}
    # The live page is unchanged until a publisher publishes the draft.
    assert ServicePage.objects.get(slug="health-visiting").phones.count() == 2
    assert check_sheet(read_sheet(export_csv())).ok


def test_languages_on_a_line_read_in_order_in_arabic(client, demo_site):
    # Each name isolated, so English, Punjabi and Polish names keep their order in a right-to-left
    # line, with the reader's own list separator.
    page = page_of(client, "/ar/services/health-visiting/")
    line = page.select_one(".service-contact__phone .service-contact__detail:last-child")
    names = [bdi.get_text() for bdi in line.select("bdi[lang]")]
    assert names == ["English", "ਪੰਜਾਬੀ", "Polski", "اردو"]
    assert "، " in line.get_text() and ", " not in line.get_text()
