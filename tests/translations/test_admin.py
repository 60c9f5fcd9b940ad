"""The translation coverage report and the export/import screens in the admin."""

import polib
import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile

from directory.models import ServicePage
from tests.factories import member_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    account = User.objects.create_superuser("fis", "fis@example.org", "pw")
    client.force_login(account)
    return account


def test_coverage_report_lists_pages_and_terms_by_language(client, demo_site, editor):
    ServicePage.objects.filter(slug="respite").update(summary_pl=None)
    response = client.get("/admin/reports/translations/?language=pl&state=missing")
    assert response.status_code == 200
    text = response.content.decode()
    assert "Short breaks and respite" in text  # its summary is not in Polish now
    assert "Family mediation</a>" not in text  # the page is translated in the demo
    everything = client.get("/admin/reports/translations/?language=pl").content.decode()
    assert "Family mediation</a>" in everything
    assert "Translation coverage" in client.get("/admin/").content.decode()


def test_export_and_check_then_import_through_the_admin(client, demo_site, editor):
    ServicePage.objects.filter(slug="respite").update(title_ro=None)
    response = client.get("/admin/reports/translations/export/?language=ro&only=missing")
    assert "attachment" in response["Content-Disposition"]
    catalogue = polib.pofile(response.content.decode())
    entry = next(entry for entry in catalogue if entry.msgctxt == "page:/home/services/respite/|title")
    entry.msgstr = "Pauze de odihnă pentru familii"
    upload = SimpleUploadedFile("ro.po", str(catalogue).encode(), content_type="text/x-gettext-translation")
    checked = client.post("/admin/reports/translations/import/", {"language": "ro", "file": upload, "apply": "0"})
    assert "nothing has been changed" in checked.content.decode()
    assert not ServicePage.objects.get(slug="respite").title_ro
    upload = SimpleUploadedFile("ro.po", str(catalogue).encode())
    client.post("/admin/reports/translations/import/", {"language": "ro", "file": upload, "apply": "1"})
    assert ServicePage.objects.get(slug="respite").title_ro == "Pauze de odihnă pentru familii"


def test_a_file_that_is_not_po_gets_a_clear_message(client, demo_site, editor):
    upload = SimpleUploadedFile("photo.jpg", b"\xff\xd8\xff\xe0 not a catalogue")
    response = client.post("/admin/reports/translations/import/", {"language": "pl", "file": upload, "apply": "0"})
    assert response.status_code == 200 and "This is not a PO file" in response.content.decode()


def test_people_without_page_permissions_cannot_import(client, demo_site):

    account = member_of("Early years team", "eyt")
    client.force_login(account)
    upload = SimpleUploadedFile("pl.po", b'msgid ""\nmsgstr ""\n')
    response = client.post("/admin/reports/translations/import/", {"language": "pl", "file": upload})
    # Wagtail's answer to "permission denied": back to the dashboard, with a message.
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
