"""A partner's Open Referral UK feed cannot break an import or the site: a bad record is
reported and skipped while the rest imports, a feed too big or too deeply nested is refused
with a message (never a traceback), and only http(s) addresses are fetched or stored."""

import json

import pytest
from django.core.management import CommandError, call_command
from django.db import DataError

from directory.models import Organisation, ServicePage
from openreferral import importer as oruk_import
from openreferral.importer import FeedError, Unreadable, import_feed, read_feed

pytestmark = pytest.mark.django_db
API = "/api/openreferral"


def export_feed(client, count):
    listing = client.get(f"{API}/services", {"per_page": count}).json()
    return [client.get(f"{API}/services/{item['id']}").json() for item in listing["contents"]]


def as_new(feed):
    """The feed's services removed from this site, so importing them creates them again."""
    ServicePage.objects.filter(translation_key__in=[document["id"] for document in feed]).delete()
    return feed


def nested(depth):
    value = "deep"
    for _ in range(depth):
        value = [value]
    return value


def run(*args):
    with pytest.raises(CommandError) as refused:
        call_command("import_openreferral", *args)
    return str(refused.value)


def test_values_the_database_would_refuse_do_not_stop_the_feed(client, demo_site):
    feed = as_new(export_feed(client, 3))
    odd = feed[1]
    odd["email"] = "someone@localhost-only"  # passes the schema, not Django's e-mail check
    odd["minimum_age"], odd["maximum_age"] = -4, 10**30
    odd["schedules"] = [{"id": odd["id"], "freq": "WEEKLY", "byday": "MO", "interval": 1e309, "opens_at": "25:99"}]
    report = import_feed(feed, "partner feed")
    assert len(report.created) == 3, report.problems
    page = ServicePage.objects.get(title=odd["name"]).get_latest_revision_as_object()
    assert (page.minimum_age, page.maximum_age, page.email) == (0, 25, "")


def test_a_record_the_database_refuses_is_reported_and_skipped(client, demo_site, monkeypatch):
    feed = as_new(export_feed(client, 3))
    refused = feed[1]["name"]
    contacts_for = oruk_import.contacts_for

    def failing(document, report):
        if document["name"] == refused:  # as PostgreSQL refuses a value SQLite would take
            raise DataError("value too long for type character varying(120)")
        return contacts_for(document, report)

    monkeypatch.setattr(oruk_import, "contacts_for", failing)
    report = import_feed(feed, "partner feed")
    assert sorted(report.created) == sorted(document["name"] for document in feed if document["name"] != refused)
    assert [item for item, _ in report.problems] == [f"#2 {refused}"]
    assert not ServicePage.objects.filter(title=refused).exists()


def test_a_record_nested_too_deep_is_reported_and_the_rest_imported(client, demo_site):
    feed = as_new(export_feed(client, 2))
    feed[0]["attributes"][0]["taxonomy_term"]["extra"] = nested(100)
    report = import_feed(feed, "partner feed")
    assert report.created == [feed[1]["name"]]
    assert any("nested more than" in problem for _, problem in report.problems)


def test_a_feed_too_deep_for_python_is_refused_with_a_message(tmp_path):
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000)
    assert "nested more than 32 levels deep" in run(str(path))
    path.write_text('[{"name": "x", "minimum_age": NaN}]')
    assert "not JSON" in run(str(path))


def test_feeds_too_big_or_with_too_many_services_are_refused(client, demo_site, tmp_path, monkeypatch):
    path = tmp_path / "feed.json"
    path.write_text(json.dumps(export_feed(client, 3)))
    monkeypatch.setattr(oruk_import, "MAX_DOCUMENTS", 2)
    assert "more than 2 services" in run(str(path))
    monkeypatch.setattr(oruk_import, "MAX_FEED_BYTES", 1000)
    assert "bigger than 0.001 MB" in run(str(path))


@pytest.mark.parametrize(
    "source",
    ["file:///etc/passwd", "ftp://partner.example/feed.json", "gopher://partner.example/", "http://", "https:/x"],
)
def test_only_http_and_https_addresses_are_fetched(db, source, monkeypatch):
    monkeypatch.setattr(oruk_import.WebReader, "fetch", lambda self, url: pytest.fail(f"fetched {url}"))
    assert run(source) == f"Cannot read {source}: Only http:// and https:// addresses can be fetched."


def test_only_web_addresses_are_stored(client, demo_site):
    feed = as_new(export_feed(client, 1))
    feed[0]["url"] = "javascript:alert(document.cookie)"
    feed[0]["organization"]["name"] = "A partner we have never met"
    feed[0]["organization"]["website"] = "javascript:alert(1)"
    feed[0]["organization"]["email"] = "someone@localhost-only"  # passes the schema, not Django's check
    report = import_feed(feed, "partner feed")
    assert report.created, report.problems
    organisation = Organisation.objects.get(name="A partner we have never met")
    assert (organisation.website, organisation.email) == ("", "")
    page = ServicePage.objects.get(title=feed[0]["name"]).get_latest_revision_as_object()
    assert not page.website.startswith("javascript")


def test_an_api_feed_reports_services_it_cannot_fetch_and_reads_the_rest(client, demo_site):
    asked = []

    def fetch(url):
        asked.append(url)
        if url.endswith("/services?page=1&per_page=100"):
            listing = client.get(f"{API}/services", {"per_page": 2}).json()
            listing["contents"] += [{"name": "no id"}, "not an object", {"id": "../../admin/"}]
            listing["last_page"] = True
            return listing
        if "admin" in url:
            raise OSError("404 Client Error: Not Found")
        return client.get(url.replace("http://partner.example", "")).json()

    documents = read_feed("http://partner.example/api/openreferral", fetch=fetch)
    assert len(documents) == 5
    assert [document["name"] for document in documents[:2] if isinstance(document, dict)]
    unreadable = [document for document in documents if isinstance(document, Unreadable)]
    assert len(unreadable) == 3
    # An id is one part of the address: it cannot climb out of /services/.
    assert "http://partner.example/api/openreferral/services/..%2F..%2Fadmin%2F" in asked
    report = import_feed(as_new(documents[:2]) + documents[2:], "http://partner.example/api/openreferral")
    assert len(report.created) == 2 and len(report.problems) == 3


def test_fetching_stops_at_the_size_limit(monkeypatch):
    class Response:
        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def raise_for_status(self):
            pass

        def iter_content(self, chunk_size):
            while True:  # a server that never stops sending
                yield b" " * chunk_size

    import requests

    monkeypatch.setattr(requests, "get", lambda url, **options: Response())
    monkeypatch.setattr(oruk_import, "MAX_FEED_BYTES", 1_000_000)
    with pytest.raises(FeedError, match="bigger than"):
        read_feed("https://partner.example/api/openreferral")
