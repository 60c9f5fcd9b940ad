"""The Elasticsearch backend, checked offline: mapping, analysers and query JSON.

No Elasticsearch server runs here; the live suite at the end runs when ELASTICSEARCH_URL is set.
"""

import os

import pytest
from wagtail.search.backends.elasticsearch9 import Elasticsearch9SearchBackend

from directory.models import ServicePage
from directory.search import plan_search
from translations.search_analysis import index_settings


@pytest.fixture
def backend():
    return Elasticsearch9SearchBackend(
        {"URLS": ["http://search.invalid:9200"], "INDEX_PREFIX": "test_", "INDEX_SETTINGS": index_settings()}
    )


def test_every_language_has_an_analyser(backend):
    analyzers = backend.settings["settings"]["index"]["analysis"]["analyzer"]
    assert {name for name in analyzers if name.startswith("familyinfo_")} == {
        f"familyinfo_{code}" for code in ["en", "pa", "pl", "ro", "ur", "ar"]
    }
    assert analyzers["familyinfo_en"] == {"type": "english"}
    assert "indic_normalization" in analyzers["familyinfo_pa"]["filter"]
    assert "persian_normalization" in analyzers["familyinfo_ur"]["filter"]


def test_polish_stemming_when_the_plugin_is_installed():
    assert index_settings(polish_stemmer=True)["settings"]["index"]["analysis"]["analyzer"]["familyinfo_pl"] == {
        "type": "polish"
    }


def test_service_mapping_analyses_each_language_copy_with_its_analyser(backend):
    properties = backend.mapping_class(ServicePage).get_mapping()["properties"]
    for code in ["en", "pa", "pl", "ro", "ur", "ar"]:
        assert properties[f"directory_servicepage__summary_{code}"]["analyzer"] == f"familyinfo_{code}"
        assert properties[f"directory_servicepage__description_{code}"]["analyzer"] == f"familyinfo_{code}"
    # Page titles are indexed by wagtail-modeltranslation for every page type, with the default analyser.
    assert "title_pl" in properties
    assert properties["directory_servicepage__is_free_filter"]["type"] == "boolean"


@pytest.mark.django_db
def test_query_json_searches_the_readers_language_and_english(backend):
    from directory.selectors import language_fields

    plan = plan_search("rodzicielstwo", language="pl")
    query = backend.query_compiler_class(
        ServicePage.objects.live(), plan.text, fields=language_fields("pl"), operator="or"
    ).get_query()
    match = query["bool"]["must"]["multi_match"]
    assert match["query"] == "rodzicielstwo"
    assert any(field.startswith("directory_servicepage__summary_pl") for field in match["fields"])
    assert any(field.startswith("directory_servicepage__summary_en") for field in match["fields"])
    assert {"term": {"live_filter": True}} in query["bool"]["filter"]


ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL")


@pytest.mark.skipif(not ELASTICSEARCH_URL, reason="set ELASTICSEARCH_URL to run the live Elasticsearch tests")
@pytest.mark.django_db
def test_live_elasticsearch_finds_services(demo_site):
    from django.core.management import call_command

    from directory.selectors import ServiceFilters, find_services

    call_command("update_index", verbosity=0)
    services, _ = find_services(ServiceFilters(q="mediation"))
    assert "Family mediation" in [service.title for service in services]
