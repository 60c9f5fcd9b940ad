"""Search tests search the index `indexed_demo_site` builds, on every backend: without its
indexing step, a search for a demo service finds nothing."""

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command

from tests import search_backends

pytestmark = pytest.mark.django_db


def listed(client, url):
    response = client.get(url)
    assert response.status_code == 200
    main = BeautifulSoup(response.content, "html.parser").find("main")
    return [a.get_text(strip=True) for a in main.select("ol h2 a, ol h3 a")]


def schema_only():
    """The index made (so searching it is not an error) with nothing put in it."""
    call_command("update_index", schema_only=True, verbosity=0)


# Not the live cluster: its indices are shared by the whole run, not copied for each test.
@pytest.mark.parametrize("search_backend", ["database", "elasticsearch"], indirect=True)
def test_without_the_indexing_step_a_search_finds_nothing(client, request, monkeypatch, search_backend):
    monkeypatch.setattr(search_backends, "build_index", schema_only)
    # As if no test had indexed Elasticsearch yet in this run.
    monkeypatch.setattr(search_backends, "BUILT_CLUSTERS", {})
    request.getfixturevalue("indexed_demo_site")
    assert listed(client, "/services/?q=mediation") == []
    assert "Family mediation" not in listed(client, "/search/?q=mediation")


def test_with_it_the_same_search_finds_the_service(client, indexed_demo_site):
    assert "Family mediation" in listed(client, "/services/?q=mediation")
    assert "Family mediation" in listed(client, "/search/?q=mediation")
