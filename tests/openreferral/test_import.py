"""Importing Open Referral UK feeds as drafts: a round trip of this site's own feed, idempotence,
and a dry run that reports bad records without changing anything."""

import json

import pytest
from django.core.management import call_command

from directory.models import Need, Organisation, ServiceLevel, ServicePage
from openreferral.importer import import_feed, read_feed
from openreferral.models import ImportedRecord

pytestmark = pytest.mark.django_db
API = "/api/openreferral"


def export_feed(client):
    listing = client.get(f"{API}/services", {"per_page": 100}).json()
    return [client.get(f"{API}/services/{item['id']}").json() for item in listing["contents"]]


def test_round_trip_into_an_empty_directory_as_drafts(client, demo_site, tmp_path):
    feed = export_feed(client)
    path = tmp_path / "feed.json"
    path.write_text(json.dumps(feed))
    # An empty directory: no services, organisations, needs or levels.
    for page in ServicePage.objects.all():
        page.delete()
    Organisation.objects.all().delete()
    Need.objects.filter(parent__isnull=False).delete()
    Need.objects.all().delete()
    ServiceLevel.objects.all().delete()
    call_command("import_openreferral", str(path), verbosity=0)
    imported = {page.title: page for page in ServicePage.objects.all()}
    assert set(imported) == {document["name"] for document in feed}
    for document in feed:
        page = imported[document["name"]]
        assert not page.live  # drafts for editors to review, never published
        assert (page.minimum_age, page.maximum_age) == (document["minimum_age"], document["maximum_age"])
        assert page.organisation.name == document["organization"]["name"]
        needs = {
            a["taxonomy_term"]["code"]
            for a in document["attributes"]
            if a["taxonomy_term"]["taxonomy_detail"]["name"] == "Help with"
        }
        assert set(page.needs.values_list("slug", flat=True)) == needs
        levels = [
            a["taxonomy_term"]["code"]
            for a in document["attributes"]
            if a["taxonomy_term"]["taxonomy_detail"]["name"] == "Service level"
        ]
        assert page.level.slug == levels[0]
    assert ImportedRecord.objects.filter(kind="service", source=str(path)).count() == len(feed)
    # A second run changes nothing.
    report = import_feed(read_feed(str(path)), str(path))
    assert len(report.unchanged) == len(feed) and not report.created and not report.updated


def test_dry_run_reports_bad_records_and_changes_nothing(client, demo_site, tmp_path):
    feed = export_feed(client)[:3]
    feed[1]["id"] = "not-a-uuid"
    del feed[2]["name"]
    before = ServicePage.objects.count()
    for page in ServicePage.objects.filter(translation_key__in=[document["id"] for document in feed[:1]]):
        page.delete()
    report = import_feed(feed, "test feed", dry_run=True)
    assert len(report.created) == 1
    assert any("not-a-uuid" in message for _, message in report.problems)
    assert any("'name' is a required property" in message for _, message in report.problems)
    assert ServicePage.objects.count() == before - 1 and not ImportedRecord.objects.exists()


def test_a_changed_document_updates_the_draft_not_the_live_page(client, demo_site):
    feed = export_feed(client)[:1]
    import_feed(feed, "partner feed")
    page = ServicePage.objects.get(pk=ImportedRecord.objects.get(kind="service").object_id)
    page.save_revision().publish()
    feed[0]["name"] = feed[0]["name"] + " (changed)"
    report = import_feed(feed, "partner feed")
    assert report.updated
    page.refresh_from_db()
    assert not page.title.endswith("(changed)") and page.has_unpublished_changes
    assert page.get_latest_revision_as_object().title.endswith("(changed)")


def test_reading_a_paged_api(client, demo_site):
    def fetch(url):
        return client.get(url.replace("http://partner.example", "")).json()

    documents = read_feed("http://partner.example/api/openreferral", fetch=fetch)
    assert len(documents) == ServicePage.objects.live().count()


def test_editors_can_see_where_imports_came_from(client, demo_site):
    from django.contrib.auth.models import User

    import_feed(export_feed(client)[:1], "https://partner.example/api/openreferral")
    client.force_login(User.objects.create_superuser("fis", "fis@example.org", "pw"))
    page = client.get("/admin/imported_records/")
    assert page.status_code == 200 and b"partner.example" in page.content
