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


class RecordingBackend(Elasticsearch9SearchBackend):
    """Elasticsearch, offline: records each search it is asked (with the query JSON it would
    send) and answers with pages in a given order, such as relevance that puts the programme
    for people who harm first. The site's own ordering rules must still apply on top."""

    def __init__(self, order):
        super().__init__(
            {"URLS": ["http://search.invalid:9200"], "INDEX_PREFIX": "test_", "INDEX_SETTINGS": index_settings()}
        )
        self.order = order
        self.searches = []

    def search(self, query, model_or_queryset, fields=None, operator=None, order_by_relevance=True, **kwargs):
        compiled = self.query_compiler_class(model_or_queryset, query, fields=fields, operator=operator)
        self.searches.append({"query": query, "fields": fields, "json": compiled.get_query()})
        pages = {page.slug: page for page in model_or_queryset.filter(slug__in=self.order)}
        return [pages[slug] for slug in self.order if slug in pages]


@pytest.fixture
def elasticsearch_answers(monkeypatch):
    """Route every search through a RecordingBackend that answers in the given order."""

    def install(order):
        backend = RecordingBackend(order)
        for target in (
            "modelsearch.queryset.get_search_backend",
            "directory.selectors.get_search_backend",
            "familyinfo.fulltext.get_search_backend",
        ):
            monkeypatch.setattr(target, lambda *args, **kwargs: backend)
        return backend

    return install


def found_slugs(client, url):
    from bs4 import BeautifulSoup

    response = client.get(url)
    assert response.status_code == 200
    main = BeautifulSoup(response.content, "html.parser").find("main")
    links = main.select("ol.service-list h2 a, ol.search-results h2 a")
    return [link["href"].rstrip("/").rsplit("/", 1)[-1] for link in links]


AT_RISK = {"domestic-abuse-support", "refuge", "freedom-programme"}
PROGRAMME_FIRST = ["changing-behaviour", "family-drug-alcohol", "domestic-abuse-support", "refuge"]


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/services/", "/search/"])
def test_elasticsearch_results_put_people_at_risk_before_the_programme(client, demo_site, elasticsearch_answers, path):
    backend = elasticsearch_answers(PROGRAMME_FIRST)
    found = found_slugs(client, f"{path}?q=my+partner+shouts+at+me+and+I%27m+scared")
    assert backend.searches, "the search went through Elasticsearch"
    assert set(found[:3]) == AT_RISK, found
    assert found.index("changing-behaviour") > found.index("family-drug-alcohol")


@pytest.mark.django_db
def test_elasticsearch_polish_search_is_reordered_and_searches_polish_fields(client, demo_site, elasticsearch_answers):
    backend = elasticsearch_answers(PROGRAMME_FIRST)
    found = found_slugs(client, "/pl/services/?q=partner+na+mnie+krzyczy+i+si%C4%99+boj%C4%99")
    assert set(found[:3]) == AT_RISK, found
    fields = backend.searches[0]["json"]["bool"]["must"]["multi_match"]["fields"]
    assert any(field.startswith("directory_servicepage__summary_pl") for field in fields)


@pytest.mark.django_db
def test_elasticsearch_puts_the_programme_first_when_asked_for(client, demo_site, elasticsearch_answers):
    elasticsearch_answers(["family-drug-alcohol", "domestic-abuse-support", "changing-behaviour"])
    assert found_slugs(client, "/services/?q=my+own+anger")[0] == "changing-behaviour"


@pytest.mark.django_db
def test_elasticsearch_site_search_puts_services_above_stories(client, demo_site, elasticsearch_answers):
    from hubs.models import ChampionStoryPage

    story = ChampionStoryPage.objects.live().first()
    elasticsearch_answers([story.slug, "parenting-teenagers", "positive-parenting"])
    found = found_slugs(client, "/search/?q=parenting")
    assert found == ["parenting-teenagers", "positive-parenting", story.slug]
