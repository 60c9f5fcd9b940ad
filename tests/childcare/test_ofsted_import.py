"""Importing Ofsted's childcare register: each of Ofsted's types and outcomes mapped, every
problem reported by row and column, a dry run that writes nothing, an import that can be run
again and again, nothing deleted, childminders Ofsted does not name, and providers outside the
city left out."""

import csv
import datetime
import io
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import ModelLogEntry

from childcare.models.providers import AgeGroup, ChildcareProvider, OfstedOutcome, ProviderType
from childcare.ofsted import OfstedFileError, check_file, import_file, read_file
from tests.childcare.factories import provider, vacancy

pytestmark = pytest.mark.django_db
REGISTER = Path(__file__).parent / "data" / "ofsted_register.csv"
TODAY = datetime.date(2026, 12, 7)
HEADERS = [
    "Provider URN",
    "Provider type",
    "Provider subtype",
    "Provider name",
    "Provider status",
    "Provider address line 1",
    "Provider address line 2",
    "Provider address line 3",
    "Provider town",
    "Postcode",
    "Local authority",
    "Most recent full: inspection date",
    "Most recent full: overall effectiveness",
    "Report link",
]


def nursery(**cells):
    """A row for an active day nursery in the city, as Ofsted writes it."""
    row = {
        "Provider URN": "EY700001",
        "Provider type": "Childcare on non-domestic premises",
        "Provider subtype": "Full day care",
        "Provider name": "Sunny Days Nursery",
        "Provider status": "Active",
        "Provider address line 1": "3 Test Lane",
        "Provider town": "Wolverhampton",
        "Postcode": "WV1 1DD",
        "Local authority": "Wolverhampton",
        "Most recent full: inspection date": "10/05/2024",
        "Most recent full: overall effectiveness": "2",
    }
    return row | cells


def csv_bytes(rows, headers=HEADERS, encoding="utf-8-sig"):
    output = io.StringIO(newline="")
    writer = csv.DictWriter(output, fieldnames=headers, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return output.getvalue().encode(encoding)


def checked(rows, **options):
    return check_file(read_file(csv_bytes(rows, **options)), today=TODAY)


def imported(rows):
    return import_file(read_file(csv_bytes(rows)), today=TODAY)


def register():
    return read_file(REGISTER.read_bytes())


def by_urn(report):
    return {row.urn: row for row in report.rows}


def problems_by_row(report):
    return {
        row.number: {(problem.column, str(problem.message)) for problem in row.problems}
        for row in report.rows
        if row.problems
    }


def saved_state():
    return (
        list(ChildcareProvider.objects.order_by("pk").values()),
        ModelLogEntry.objects.count(),
    )


def test_each_kind_of_provider_and_outcome_is_mapped(demo_site):
    report = import_file(register(), today=TODAY)
    assert report.applied
    assert [row.urn for row in report.new] == ["EY500001", "EY500002", "500003", "EY500004", "EY500005"]
    nursery_ = ChildcareProvider.objects.get(urn="EY500001")
    assert nursery_.provider_type == ProviderType.DAY_NURSERY
    assert (nursery_.inspection_outcome, nursery_.inspection_date) == (
        OfstedOutcome.OUTSTANDING,
        datetime.date(2023, 3, 14),
    )
    assert nursery_.report_url == "https://reports.ofsted.gov.uk/provider/16/EY500001"
    assert (nursery_.address_line_1, nursery_.town, nursery_.postcode) == ("12 Test Road", "Wolverhampton", "WV1 1DD")
    assert nursery_.locality is not None and nursery_.latitude is not None
    pre_school = ChildcareProvider.objects.get(urn="EY500002")
    assert pre_school.provider_type == ProviderType.PRE_SCHOOL
    assert pre_school.inspection_outcome == OfstedOutcome.GOOD  # written as a word
    assert pre_school.inspection_date == datetime.date(2022, 11, 2)  # written as ISO
    assert pre_school.address_line_2 == "St Mary's Road, Penn"  # Ofsted's third line joins the second
    school = ChildcareProvider.objects.get(urn="500003")
    assert school.provider_type == ProviderType.SCHOOL_NURSERY
    assert (school.inspection_outcome, school.inspection_date) == ("", None)  # not inspected yet
    childminder = ChildcareProvider.objects.get(urn="EY500004")
    assert childminder.provider_type == ProviderType.CHILDMINDER
    assert childminder.inspection_outcome == OfstedOutcome.MET
    home = ChildcareProvider.objects.get(urn="EY500005")
    # Childcare on domestic premises is in someone's home: shown like a childminder, by district.
    assert (home.provider_type, home.name, home.postcode, home.postcode_district) == (
        ProviderType.CHILDMINDER,
        "Home From Home Childcare",
        "",
        "WV14",
    )
    assert home.address_line_1 == ""


@pytest.mark.parametrize(
    ("written", "outcome"),
    [
        ("1", OfstedOutcome.OUTSTANDING),
        ("2", OfstedOutcome.GOOD),
        ("3", OfstedOutcome.REQUIRES_IMPROVEMENT),
        ("4", OfstedOutcome.INADEQUATE),
        ("2.0", OfstedOutcome.GOOD),
        ("Outstanding", OfstedOutcome.OUTSTANDING),
        ("requires improvement", OfstedOutcome.REQUIRES_IMPROVEMENT),
        ("Satisfactory", OfstedOutcome.REQUIRES_IMPROVEMENT),
        ("INADEQUATE", OfstedOutcome.INADEQUATE),
        ("Met", OfstedOutcome.MET),
        ("Not met", OfstedOutcome.NOT_MET),
        ("Not met with actions", OfstedOutcome.NOT_MET),
        ("Not met with enforcement", OfstedOutcome.NOT_MET),
    ],
)
def test_each_inspection_outcome(demo_site, written, outcome):
    row = by_urn(checked([nursery(**{"Most recent full: overall effectiveness": written})]))["EY700001"]
    assert row.outcome == "new" and row.provider.inspection_outcome == outcome


@pytest.mark.parametrize(
    ("provider_type", "subtype", "expected"),
    [
        ("Childminder", "", ProviderType.CHILDMINDER),
        ("Childcare on domestic premises", "Sessional day care", ProviderType.CHILDMINDER),
        ("Childcare on non-domestic premises", "Full day care", ProviderType.DAY_NURSERY),
        ("CHILDCARE ON NON-DOMESTIC PREMISES", "Sessional day care", ProviderType.PRE_SCHOOL),
        ("Childcare on non-domestic premises", "School nursery", ProviderType.SCHOOL_NURSERY),
        ("Childcare on non-domestic premises", "Maintained nursery", ProviderType.SCHOOL_NURSERY),
    ],
)
def test_each_type_and_subtype(demo_site, provider_type, subtype, expected):
    cells = nursery(**{"Provider type": provider_type, "Provider subtype": subtype, "Postcode": "WV10 0AG"})
    row = by_urn(checked([cells]))["EY700001"]
    assert row.outcome == "new" and row.provider.provider_type == expected


@pytest.mark.parametrize(
    ("cells", "reason"),
    [
        ({"Provider status": "Resigned"}, "Not active with Ofsted: Resigned."),
        ({"Provider status": "Suspended"}, "Not active with Ofsted: Suspended."),
        ({"Provider type": "Home childcarer", "Provider subtype": ""}, "A home childcarer (nanny)"),
        ({"Provider subtype": "Out of school day care"}, "out-of-school clubs, holiday schemes and crèches"),
        ({"Provider subtype": "Holiday scheme"}, "out-of-school clubs, holiday schemes and crèches"),
    ],
)
def test_providers_the_finder_does_not_list_are_skipped_with_a_reason(demo_site, cells, reason):
    row = by_urn(checked([nursery(**cells)]))["EY700001"]
    assert row.outcome == "skipped" and reason in str(row.reason)


def test_a_dry_run_writes_nothing(demo_site):
    existing = provider(urn="EY500001", name="Little Acorns", postcode="WV1 1DD")
    before = saved_state()
    report = check_file(register(), today=TODAY)
    assert saved_state() == before and not report.applied
    assert len(report.new) == 4 and [row.urn for row in report.updated] == [existing.urn]
    assert not ChildcareProvider.objects.filter(urn="EY500002").exists()


def test_the_register_fixture_reports_every_row(demo_site):
    report = check_file(register(), today=TODAY)
    skipped = {row.urn: str(row.reason) for row in report.skipped}
    assert set(skipped) == {"EY500006", "EY500008", "EY500009", "EY500010"}
    assert "add them by hand with their postcode district" in skipped["EY500006"]
    assert [(row.number, row.urn) for row in report.outside] == [(10, "EY500007")]
    assert "the local authority is Walsall" in str(report.outside[0].reason)
    assert not report.with_problems
    # The title lines above Ofsted's header are not rows: numbers are the spreadsheet's.
    assert report.rows[0].number == 4


def test_importing_again_changes_nothing(demo_site):
    first = import_file(register(), today=TODAY)
    assert len(first.new) == 5
    state = saved_state()
    again = import_file(register(), today=TODAY)
    assert again.applied and not again.new and not again.updated
    assert len(again.unchanged) == 5
    assert saved_state() == state


def test_a_change_is_reported_by_field_and_keeps_what_ofsted_does_not_publish(demo_site):
    existing = provider(
        urn="EY700001",
        name="Sunny Days",
        postcode="WV1 1DD",
        funded_two_year_olds=True,
        funded_universal=True,
        opens_at=datetime.time(8),
        closes_at=datetime.time(18),
        school_pickups="Oak Lane Primary",
        special_needs_experience=True,
        phone="01902 000000",
        listed=False,
        inspection_outcome=OfstedOutcome.GOOD,
        inspection_date=datetime.date(2024, 5, 10),
    )
    vacancy(existing, AgeGroup.TWO, places=3, confirmed_on=datetime.date(2026, 11, 1))
    report = imported([nursery(**{"Most recent full: overall effectiveness": "1"})])
    (row,) = report.updated
    assert [(change.field, change.before, change.after) for change in row.changes] == [
        ("name", "Sunny Days", "Sunny Days Nursery"),
        ("address_line_1", "1 Test Street", "3 Test Lane"),
        ("inspection_outcome", "Good", "Outstanding"),
    ]
    existing.refresh_from_db()
    assert existing.name == "Sunny Days Nursery" and existing.inspection_outcome == OfstedOutcome.OUTSTANDING
    assert existing.funded_two_year_olds and existing.funded_universal and existing.special_needs_experience
    assert (existing.opens_at, existing.closes_at) == (datetime.time(8), datetime.time(18))
    assert (existing.school_pickups, existing.phone, existing.listed) == ("Oak Lane Primary", "01902 000000", False)
    assert list(existing.vacancies.values_list("places", "confirmed_on")) == [(3, datetime.date(2026, 11, 1))]
    assert ModelLogEntry.objects.filter(object_id=str(existing.pk), action="wagtail.edit").exists()


def test_an_empty_cell_keeps_the_last_inspection(demo_site):
    existing = provider(
        urn="EY700001", inspection_outcome=OfstedOutcome.GOOD, inspection_date=datetime.date(2024, 5, 10)
    )
    cells = nursery(**{"Most recent full: inspection date": "NULL", "Most recent full: overall effectiveness": ""})
    row = by_urn(checked([cells]))["EY700001"]
    assert "inspection_outcome" not in row.changed_fields and "inspection_date" not in row.changed_fields
    assert existing.inspection_outcome == OfstedOutcome.GOOD


def test_providers_missing_from_the_file_are_reported_not_deleted(demo_site):
    gone = provider(urn="EY600001", name="Not In The File Nursery")
    report = import_file(register(), today=TODAY)
    assert [missing.urn for missing in report.missing] == ["EY600001"]
    assert ChildcareProvider.objects.filter(pk=gone.pk).exists()
    # The demo's made-up providers are not on Ofsted's register, and are not reported.
    assert ChildcareProvider.objects.filter(is_demo=True).exists()


def test_a_provider_on_the_site_that_is_no_longer_active_is_pointed_out(demo_site):
    provider(urn="EY500009", name="Closed Doors Nursery", postcode="WV6 0AF")
    row = by_urn(check_file(register(), today=TODAY))["EY500009"]
    assert row.outcome == "skipped"
    assert "It is on the site: untick “shown on the site”" in str(row.reason)


def test_a_childminder_ofsted_does_not_name_is_named_by_district(demo_site):
    report = checked([nursery(**{"Provider type": "Childminder", "Provider name": "REDACTED", "Postcode": "WV10 9"})])
    row = by_urn(report)["EY700001"]
    assert row.name == "Childminder (WV10)"
    assert (row.provider.postcode, row.provider.address_line_1) == ("", "")


def test_a_childminders_own_name_is_kept_when_ofsted_redacts_it(demo_site):
    minder = provider(urn="EY700001", provider_type=ProviderType.CHILDMINDER, name="Little Stars Childminding")
    cells = nursery(**{"Provider type": "Childminder", "Provider name": "REDACTED", "Postcode": "REDACTED"})
    row = by_urn(checked([cells]))["EY700001"]
    assert row.outcome == "update" and row.changed_fields == ["inspection_outcome", "inspection_date"]
    assert (
        row.provider.name == "Little Stars Childminding" and row.provider.postcode_district == minder.postcode_district
    )


def test_a_childminders_district_name_follows_a_move(demo_site):
    provider(
        urn="EY700001", provider_type=ProviderType.CHILDMINDER, name="Childminder (WV10)", postcode_district="WV10"
    )
    cells = nursery(**{"Provider type": "Childminder", "Provider name": "REDACTED", "Postcode": "WV11"})
    row = by_urn(checked([cells]))["EY700001"]
    assert row.provider.name == "Childminder (WV11)" and "postcode_district" in row.changed_fields


@pytest.mark.parametrize(
    ("cells", "why"),
    [
        ({"Local authority": "Walsall", "Postcode": "WS1 1AA"}, "the local authority is Walsall"),
        ({"Local authority": "", "Postcode": "B1 1AA"}, "B1 1AA is not in the city"),
        ({"Local authority": "", "Provider type": "Childminder", "Postcode": "WS1"}, "WS1 is not in the city"),
    ],
)
def test_providers_outside_wolverhampton_are_skipped(demo_site, cells, why):
    report = checked([nursery(**cells)])
    assert not report.rows and [row.urn for row in report.outside] == ["EY700001"]
    assert why in str(report.outside[0].reason)


def test_a_provider_on_the_site_that_ofsted_puts_outside_the_city_is_pointed_out(demo_site):
    provider(urn="EY700001")
    report = checked([nursery(**{"Local authority": "Walsall"})])
    (row,) = report.skipped
    assert "Outside Wolverhampton" in str(row.reason) and "It is on the site" in str(row.reason)
    assert not report.outside


def test_every_problem_is_reported_by_row_and_column(demo_site):
    rows = [
        nursery(**{"Provider URN": ""}),
        nursery(**{"Provider URN": "AB12"}),
        nursery(**{"Provider URN": "EY700003"}),
        nursery(**{"Provider URN": "EY700003", "Provider name": "Twice"}),
        nursery(**{"Provider URN": "EY700005", "Provider type": "Boarding school"}),
        nursery(**{"Provider URN": "EY700006", "Provider subtype": "Forest school"}),
        nursery(**{"Provider URN": "EY700007", "Provider subtype": ""}),
        nursery(**{"Provider URN": "EY700008", "Provider status": ""}),
        nursery(**{"Provider URN": "EY700009", "Most recent full: overall effectiveness": "Brilliant"}),
        nursery(**{"Provider URN": "EY700010", "Most recent full: inspection date": "31/02/2024"}),
        nursery(**{"Provider URN": "EY700011", "Most recent full: inspection date": "01/01/2027"}),
        nursery(**{"Provider URN": "EY700012", "Report link": "reports dot ofsted"}),
        nursery(**{"Provider URN": "EY700013", "Postcode": ""}),
        nursery(**{"Provider URN": "EY700014", "Postcode": "WV1 1ZZ"}),
        nursery(**{"Provider URN": "EY700015", "Postcode": "WV1"}),
        nursery(**{"Provider URN": "EY700016", "Provider name": "REDACTED"}),
        nursery(**{"Provider URN": "EY700017", "Provider name": "N" * 201}),
        nursery(**{"Provider URN": "EY700018", "Provider type": "", "Provider subtype": ""}),
    ]
    report = checked(rows)
    problems = problems_by_row(report)
    assert problems == {
        2: {("Provider URN", "The URN is empty: every provider needs its Ofsted reference number.")},
        3: {("Provider URN", "'AB12' is not an Ofsted URN: 6 or 7 digits, sometimes after EY.")},
        5: {("Provider URN", "Row 4 has the same URN: only the first is imported.")},
        6: {
            (
                "Provider type",
                "Unknown provider type 'Boarding school': expected Childminder, Childcare on domestic premises or "
                "Childcare on non-domestic premises.",
            )
        },
        7: {
            (
                "Provider subtype",
                "Unknown provider subtype 'Forest school': expected Full day care, Sessional day care or School "
                "nursery.",
            )
        },
        8: {
            (
                "Provider subtype",
                "Say what kind of childcare it is: Full day care, Sessional day care or School nursery.",
            )
        },
        9: {("Provider status", "The status is empty: we cannot tell if they are still registered.")},
        10: {
            (
                "Most recent full: overall effectiveness",
                "'Brilliant' is not an Ofsted outcome: expected 1 to 4, Outstanding, Good, Requires improvement, "
                "Inadequate, Met or Not met.",
            )
        },
        11: {
            (
                "Most recent full: inspection date",
                "'31/02/2024' is not a date: write it as 31/03/2025 or 2025-03-31.",
            )
        },
        12: {("Most recent full: inspection date", "01/01/2027 is in the future.")},
        13: {("Report link", "'reports dot ofsted' is not a web address starting https://.")},
        14: {("Postcode", "The postcode is empty: a new provider needs one to be found.")},
        15: {
            (
                "Postcode",
                "We could not find WV1 1ZZ in Wolverhampton. Check it, or enter just the first part, like WV1.",
            )
        },
        16: {("Postcode", "Enter the full postcode, like WV1 1SH.")},
        17: {("Provider name", "The name is empty: every provider needs one.")},
        18: {("Provider name", "Ensure this value has at most 200 characters (it has 201).")},
        19: {("Provider type", "The provider type is empty.")},
    }
    # The good row still imports: a problem leaves out its own row only.
    assert [row.urn for row in report.new] == ["EY700003"]
    assert not ChildcareProvider.objects.filter(urn="EY700003").exists()


def test_a_row_with_cells_missing_is_a_problem_not_a_shifted_provider(demo_site):
    data = csv_bytes([nursery()]) + b"EY700002,Childcare on non-domestic premises,Full day care\r\n"
    report = check_file(read_file(data), today=TODAY)
    assert problems_by_row(report) == {
        3: {("", "This row has 3 cells but the header row has 14: check for a missing or stray comma.")}
    }


def test_headers_are_matched_whatever_their_case_and_other_columns_are_ignored(demo_site):
    headers = [header.upper() for header in HEADERS] + ["Places including estimates", "Region"]
    rows = [{header.upper(): value for header, value in nursery().items()} | {"Region": "West Midlands"}]
    report = checked(rows, headers=headers)
    assert [row.urn for row in report.new] == ["EY700001"]


def test_ofsteds_other_spelling_of_the_postcode_column_is_read(demo_site):
    headers = [("Provider Postcode" if header == "Postcode" else header) for header in HEADERS]
    rows = [{("Provider Postcode" if key == "Postcode" else key): value for key, value in nursery().items()}]
    assert by_urn(checked(rows, headers=headers))["EY700001"].provider.postcode == "WV1 1DD"


def test_a_file_saved_by_excel_in_windows_encoding_is_read(demo_site):
    ofsted_file = read_file(csv_bytes([nursery(**{"Provider name": "Café Tots"})], encoding="cp1252"))
    assert ofsted_file.encoding == "Windows-1252"
    assert by_urn(check_file(ofsted_file, today=TODAY))["EY700001"].name == "Café Tots"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "The file is empty."),
        (b"  \r\n", "The file is empty."),
        (b"PK\x03\x04rest of a workbook", "This is a spreadsheet workbook, not a CSV file"),
        (b"\xd0\xcf\x11\xe0an old workbook", "This is a spreadsheet workbook, not a CSV file"),
        (b"Provider URN,Provider name\r\n\x81\x8d\x8f", "The file's encoding cannot be read"),
        (b"Name,Town\r\nSunny Days,Wolverhampton\r\n", "The file has no “Provider URN” column."),
        (b"Provider URN;Provider name\r\nEY1;A\r\n", "The columns are separated by semicolons or tabs"),
        (b"Provider URN,Provider name\r\n", "The file has a header row but no providers."),
        (b"Provider URN,Postcode,Provider postcode\r\nEY700001,WV1 1DD,WV1 1DD\r\n", "two “Postcode” columns"),
        (b"Provider URN\x00,Name\r\n", "This is not a CSV file"),
    ],
)
def test_files_that_cannot_be_read_say_why(demo_site, data, message):
    with pytest.raises(OfstedFileError) as refused:
        read_file(data)
    assert message in str(refused.value.message)


def test_an_import_whose_check_no_longer_holds_writes_nothing(demo_site):
    ofsted_file = read_file(csv_bytes([nursery()]))
    plan = check_file(ofsted_file, today=TODAY).plan
    provider(urn="EY700001", name="Added meanwhile")
    report = import_file(ofsted_file, today=TODAY, expected_plan=plan)
    assert not report.applied
    assert ChildcareProvider.objects.get(urn="EY700001").name == "Added meanwhile"


def test_the_command_is_a_dry_run_unless_told_to_apply(demo_site, capsys):
    before = saved_state()
    call_command("import_ofsted", str(REGISTER))
    output = capsys.readouterr().out
    assert output.startswith("Dry run (nothing changed; --apply to import): 5 new, 0 to update")
    assert "row 4 (EY500001) Little Acorns Day Nursery: new" in output
    assert "row 12 (EY500009) Closed Doors Nursery: skipped. Not active with Ofsted: Resigned." in output
    assert "1 outside Wolverhampton: skipped" in output
    assert saved_state() == before
    call_command("import_ofsted", str(REGISTER), "--apply")
    assert capsys.readouterr().out.startswith("Imported: 5 new")
    assert ChildcareProvider.objects.filter(urn__in=["EY500001", "EY500004"]).count() == 2


def test_the_command_explains_a_file_it_cannot_read(demo_site, tmp_path):
    workbook = tmp_path / "register.xlsx"
    workbook.write_bytes(b"PK\x03\x04")
    with pytest.raises(CommandError, match="spreadsheet workbook"):
        call_command("import_ofsted", str(workbook))
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("import_ofsted", str(tmp_path / "nowhere.csv"))
