"""Bulk changes with a spreadsheet: a dry run that reports every problem in every row and changes
nothing, imports that only ever make drafts, an export that imports back unchanged, and the
admin pages for the people allowed to use them (and not for anyone else)."""

import csv
import io

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Revision

from directory.models import Organisation, ServicePage
from directory.spreadsheet import SheetError, check_sheet, export_csv, import_sheet, read_sheet
from directory.spreadsheet.columns import COLUMN_NAMES
from tests.factories import member_of

pytestmark = pytest.mark.django_db
START = "/admin/services-spreadsheet/"


def exported_rows():
    return list(csv.DictReader(io.StringIO(export_csv().decode("utf-8-sig"))))


def exported(slug):
    service = ServicePage.objects.get(slug=slug)
    return next(row for row in exported_rows() if row["id"] == str(service.pk))


def sheet_bytes(rows, headers=COLUMN_NAMES, bom=True):
    output = io.StringIO(newline="")
    writer = csv.DictWriter(output, fieldnames=headers)
    writer.writeheader()
    writer.writerows(rows)
    return output.getvalue().encode("utf-8-sig" if bom else "utf-8")


def new_service(**cells):
    row = exported("family-mediation") | {"id": "", "title": "Sling library", "published": ""}
    return row | cells


def problems_by_row(report):
    return {
        row.number: {(problem.column, str(problem.message)) for problem in row.problems}
        for row in report.rows
        if row.problems
    }


def saved_state():
    return ServicePage.objects.count(), Revision.objects.count()


def test_a_dry_run_reports_every_problem_in_every_row_and_changes_nothing(demo_site):
    mediation = ServicePage.objects.get(slug="family-mediation")
    rows = [
        exported("family-mediation") | {"level": "7", "email": "not-an-email", "minimum_age": "12", "maximum_age": "5"},
        new_service(title="", needs="parentin; money"),
        new_service(title="Bike club", organisation="Nobody we know", last_reviewed="31/02/2025"),
        new_service(
            title="Chat line for teenagers", website="not a web address", for_pregnancy="maybe", minimum_age="ten"
        ),
    ]
    before = saved_state()
    report = check_sheet(read_sheet(sheet_bytes(rows)))
    problems = problems_by_row(report)
    assert problems[2] == {
        ("level", "Level 7 does not exist: use 1, 2, 3 or 4."),
        ("email", "Enter a valid email address."),
        ("maximum_age", "The oldest age must be at least the youngest age."),
    }
    assert problems[3] == {
        ("title", "Fill in title: every service needs it."),
        ("needs", "Unknown need 'parentin': did you mean 'Parenting'?"),
    }
    assert problems[4] == {
        ("organisation", "Unknown organisation 'Nobody we know': add it in Directory > Organisations first."),
        ("last_reviewed", "'31/02/2025' is not a date: write it as 2025-03-31 or 31/03/2025."),
    }
    assert problems[5] == {
        ("website", "Enter a valid URL."),
        ("for_pregnancy", "Write yes or no, not 'maybe'."),
        ("minimum_age", "Write a whole number of years, such as 0 or 18, not 'ten'."),
    }
    assert [row.outcome for row in report.rows] == ["error"] * 4 and not report.ok
    assert saved_state() == before
    mediation.refresh_from_db()
    assert mediation.level.number != 7 and not mediation.has_unpublished_changes


def test_ids_and_titles_that_cannot_be_right(demo_site):
    mediation = exported("family-mediation")
    rows = [
        mediation,
        mediation | {"summary": "Changed twice."},
        exported("stay-and-play") | {"id": str(demo_site.pk)},
        exported("stay-and-play") | {"id": "999999"},
        new_service(title="Brand new"),
        new_service(title="brand new"),
        new_service(title=mediation["title"]),
    ]
    report = check_sheet(read_sheet(sheet_bytes(rows)))
    problems = problems_by_row(report)
    assert 2 not in problems
    assert problems[3] == {("id", f"Row 2 already changes the service with id {mediation['id']}.")}
    assert problems[4] == {("id", f"Page {demo_site.pk} is not a service.")}
    assert problems[5] == {("id", "There is no service with id 999999.")}
    assert 6 not in problems
    assert problems[7] == {("title", "Row 6 adds a service with the same title: give each new service its own title.")}
    expected = (
        f"A service with this title already exists (id {mediation['id']}): "
        f"put {mediation['id']} in the id column to change it."
    )
    assert problems[8] == {("title", expected)}


def test_a_good_file_adds_drafts_and_changes_become_draft_revisions(demo_site):
    mediation = ServicePage.objects.get(slug="family-mediation")
    live_summary = mediation.summary
    rows = [
        exported("family-mediation") | {"summary": "Help to agree arrangements for your children.", "alert": ""},
        new_service(
            title="Sling library",
            description="Soothe your baby.\n\n- Bring a towel\n- Bring <b>a feed</b>",
            last_reviewed="25/12/2025",
            review_due="",
        ),
        exported("stay-and-play"),
    ]
    report = check_sheet(read_sheet(sheet_bytes(rows)))
    assert [row.outcome for row in report.rows] == ["update", "new", "unchanged"]
    assert report.rows[0].changes == ["summary"]

    revisions = Revision.objects.count()
    report = import_sheet(read_sheet(sheet_bytes(rows)))
    assert report.applied
    massage = ServicePage.objects.get(title="Sling library")
    assert not massage.live and massage.last_reviewed.isoformat() == "2025-12-25"
    assert (
        massage.description
        == "<p>Soothe your baby.</p><ul><li>Bring a towel</li><li>Bring &lt;b&gt;a feed&lt;/b&gt;</li></ul>"
    )
    assert set(massage.needs.all()) == set(mediation.needs.all())
    mediation.refresh_from_db()
    assert mediation.live and mediation.summary == live_summary  # the live page is as it was
    assert mediation.has_unpublished_changes
    assert mediation.get_latest_revision_as_object().summary == "Help to agree arrangements for your children."
    assert Revision.objects.count() == revisions + 2


def test_an_export_imports_back_unchanged_including_drafts(demo_site):
    draft = ServicePage.objects.get(slug="stay-and-play")
    draft.summary = "A summary still in draft."
    draft.save_revision()
    rows = exported_rows()
    assert len(rows) == ServicePage.objects.count()
    assert next(row for row in rows if row["id"] == str(draft.pk))["summary"] == "A summary still in draft."
    report = check_sheet(read_sheet(export_csv()))
    assert {row.outcome for row in report.rows} == {"unchanged"}
    assert len(report.rows) == ServicePage.objects.count()


def test_cells_that_look_like_formulas_are_exported_as_text_and_imported_as_written(demo_site):
    service = ServicePage.objects.get(slug="family-mediation")
    service.summary = '=HYPERLINK("http://evil.example","Click")'
    service.alert = "+44 1902 555555 is the number to call"
    service.save_revision().publish()
    text = export_csv().decode("utf-8-sig")
    row = next(row for row in csv.DictReader(io.StringIO(text)) if row["id"] == str(service.pk))
    assert row["summary"] == '\'=HYPERLINK("http://evil.example","Click")'
    assert row["alert"] == "'+44 1902 555555 is the number to call"
    report = check_sheet(read_sheet(export_csv()))
    assert {row.outcome for row in report.rows} == {"unchanged"}
    # An apostrophe the editor typed before ordinary text is kept.
    report = check_sheet(read_sheet(sheet_bytes([row | {"alert": "'Closed in August"}])))
    assert report.rows[0].changes == ["alert"]
    assert report.rows[0].page.alert == "'Closed in August"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "The file is empty."),
        (b"  \r\n", "The file is empty."),
        ("id,title\r\n,Café\r\n".encode("cp1252"), "The file is not saved as UTF-8"),
        (b"PK\x03\x04\x14\x00binary", "This is an Excel workbook, not a CSV file"),
        (b"id;title;summary\r\n;Stay;x\r\n", "separated by semicolons or tabs"),
        (b"id,title,colour\r\n,Stay,red\r\n", "Unknown column 'colour'."),
        (b"id,titel\r\n,Stay\r\n", "Unknown column 'titel': did you mean 'title'?"),
        (b"id,summary\r\n,Stay\r\n", "The file has no 'title' column"),
        (b"id,title,title\r\n,Stay,Stay\r\n", "The column 'title' appears more than once."),
    ],
)
def test_files_that_cannot_be_read_say_why(demo_site, data, message):
    with pytest.raises(SheetError) as refused:
        read_sheet(data)
    assert message in str(refused.value.message)


def test_an_excel_file_with_a_byte_order_mark_and_uk_dates_is_read(demo_site):
    row = new_service(last_reviewed="01/04/2025", review_due="01/04/2026")
    data = sheet_bytes([row], bom=True)
    assert data.startswith(b"\xef\xbb\xbf")
    report = check_sheet(read_sheet(data))
    assert [row.outcome for row in report.rows] == ["new"], problems_by_row(report)


def test_a_short_row_is_a_problem_not_a_blanked_service(demo_site):
    data = b"id,title,summary\r\n,Stay and play\r\n"
    report = check_sheet(read_sheet(data))
    assert problems_by_row(report)[2] == {
        ("", "This row has 2 cells but the first row has 3 columns: check for a stray comma.")
    }


def test_an_editor_checks_then_imports_drafts_in_the_admin(client, demo_site):
    editor = member_of("FIS editors", "ed")
    client.force_login(editor)
    page = client.get(START)
    assert page.status_code == 200 and b"needs" in page.content
    assert START.encode() in client.get("/admin/").content  # the menu item
    upload = sheet_bytes([new_service(title="Sling library"), exported("family-mediation") | {"alert": "Closed"}])
    before = saved_state()
    report = client.post(START, {"file": io.BytesIO(upload)})
    assert report.status_code == 200 and "Import 2 services" in report.content.decode()
    assert saved_state() == before  # the check changed nothing
    sealed = report.context["confirm"].initial["sheet"]

    tampered = client.post(f"{START}import/", {"sheet": sealed[:-3] + "abc"})
    assert "could not be read back" in tampered.content.decode() and saved_state() == before

    done = client.post(f"{START}import/", {"sheet": sealed})
    assert done.status_code == 200
    massage = ServicePage.objects.get(title="Sling library")
    assert not massage.live and massage.owner == editor
    assert massage.get_latest_revision().user == editor
    assert f"/admin/pages/{massage.pk}/edit/" in done.content.decode()
    mediation = ServicePage.objects.get(slug="family-mediation")
    assert mediation.alert != "Closed" and mediation.get_latest_revision_as_object().alert == "Closed"


def test_a_confirmed_file_is_checked_again_before_anything_is_written(client, demo_site):
    client.force_login(member_of("FIS editors", "ed"))
    row = new_service()
    report = client.post(START, {"file": io.BytesIO(sheet_bytes([row]))})
    assert "Import 1 service" in report.content.decode()
    Organisation.objects.filter(name=row["organisation"]).update(name="Renamed since the check")
    before = saved_state()
    response = client.post(f"{START}import/", {"sheet": report.context["confirm"].initial["sheet"]})
    assert "changed after the check" in response.content.decode()
    assert "Unknown organisation" in response.content.decode()
    assert saved_state() == before


def test_the_admin_report_lists_every_problem_with_a_link_to_its_row(client, demo_site):
    client.force_login(member_of("FIS editors", "ed"))
    report = client.post(START, {"file": io.BytesIO(sheet_bytes([new_service(level="7")]))})
    content = report.content.decode()
    assert 'href="#row-2"' in content and 'id="row-2"' in content
    assert "Level 7 does not exist: use 1, 2, 3 or 4." in content
    assert "Import 1 service" not in content


def test_a_file_that_cannot_be_read_is_explained_on_the_upload_page(client, demo_site):
    client.force_login(member_of("FIS editors", "ed"))
    response = client.post(START, {"file": io.BytesIO(b"name,colour\r\nx,y\r\n")})
    assert response.status_code == 200
    assert "Unknown column &#x27;colour&#x27;." in response.content.decode()


def test_the_export_is_a_dated_csv_attachment(client, demo_site):
    client.force_login(member_of("FIS publishers", "pub"))
    response = client.get(f"{START}export.csv")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    assert response["Content-Disposition"].startswith('attachment; filename="services-20')
    assert response.content.decode("utf-8-sig").startswith(",".join(COLUMN_NAMES))


def test_insight_officers_cannot_import_or_export(client, demo_site):
    client.force_login(member_of("Insight officers", "insight"))
    before = saved_state()
    for response in [
        client.get(START),
        client.get(f"{START}export.csv"),
        client.get(f"{START}template.csv"),
        client.post(START, {"file": io.BytesIO(sheet_bytes([new_service()]))}),
    ]:
        # Permission denied: back to the dashboard, with no file.
        assert response.status_code == 302
        assert response["Location"] == "/admin/"
        assert not response.get("Content-Type", "").startswith("text/csv")
        assert b"id,title" not in response.content
    assert saved_state() == before
    assert START.encode() not in client.get("/admin/").content


def test_the_commands_export_and_import_with_the_same_report(demo_site, tmp_path, capsys):
    path = tmp_path / "services.csv"
    call_command("export_services_csv", str(path))
    rows = list(csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))
    rows[0]["level"] = "9"
    rows[1]["summary"] = "Changed from the command line."
    bad = tmp_path / "bad.csv"
    bad.write_bytes(sheet_bytes(rows))
    before = saved_state()
    with pytest.raises(CommandError, match="Rows with problems: 1. Nothing was imported."):
        call_command("import_services_csv", str(bad), "--dry-run")
    output = capsys.readouterr().out
    assert "row 2" in output and "Level 9 does not exist" in output and "update summary" in output
    assert saved_state() == before
    with pytest.raises(CommandError):
        call_command("import_services_csv", str(bad))
    assert saved_state() == before
    good = tmp_path / "good.csv"
    good.write_bytes(sheet_bytes(rows[1:]))
    call_command("import_services_csv", str(good))
    assert "Imported as drafts: 0 new, 1 to update" in capsys.readouterr().out
    assert saved_state() == (before[0], before[1] + 1)
