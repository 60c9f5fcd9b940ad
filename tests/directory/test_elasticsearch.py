"""The Elasticsearch backend as production configures it: what it sends and what it does with
the answers.

Every search test taking `indexed_demo_site` already runs on Elasticsearch as well as on the
database (tests/search_backends.py). These tests check the requests themselves: the index and
its per-language analysers, the mappings, the bulk indexing, and the exact queries (fields,
boosts, filters) the listing and site search send. They run on the recording transport, and
against a real cluster too when ELASTICSEARCH_URL is set.
"""

import pytest
from wagtail.search.backends import get_search_backend

from core.search_analysis import index_settings
from directory.models import ServicePage
from pages.models import ContentPage
from tests.search_backends import (
    BACKENDS,
    FAKE_URL,
    ClusterError,
    FakeCluster,
    Recorder,
    analyse,
    elasticsearch_config,
    production_search_backend,
)

CODES = ["en", "pa", "pl", "ro", "ur", "ar"]


@pytest.fixture(params=[name for name in BACKENDS if name != "database"])
def elasticsearch(request, settings):
    """A demo site indexed in Elasticsearch (recorded; live too with ELASTICSEARCH_URL), and
    the recorder of every request sent to it."""
    request.getfixturevalue("demo_site")
    indexing, url, prefix = request.getfixturevalue("indexed_clusters")(request.param)
    recorder = Recorder(indexing.cluster.copy() if indexing.cluster else None)
    recorder.indexing = indexing
    recorder.index = f"{prefix}wagtailcore_page"
    settings.WAGTAILSEARCH_BACKENDS = {"default": elasticsearch_config(recorder, url, prefix)}
    return recorder


def test_production_settings_use_elasticsearch_9_with_the_site_analysers():
    config = production_search_backend("https://user:secret@search.example:9200")
    assert config["BACKEND"] == "wagtail.search.backends.elasticsearch9"
    assert config["URLS"] == ["https://user:secret@search.example:9200"]
    assert config["INDEX_SETTINGS"] == index_settings()


def test_every_language_has_an_analyser():
    analyzers = index_settings()["settings"]["index"]["analysis"]["analyzer"]
    assert set(analyzers) == {f"familyinfo_{code}" for code in CODES}
    assert analyzers["familyinfo_en"] == {"type": "english"}
    assert "indic_normalization" in analyzers["familyinfo_pa"]["filter"]
    assert "persian_normalization" in analyzers["familyinfo_ur"]["filter"]


def test_polish_stemming_when_the_plugin_is_installed():
    assert index_settings(polish_stemmer=True)["settings"]["index"]["analysis"]["analyzer"]["familyinfo_pl"] == {
        "type": "polish"
    }


def test_the_recording_transport_analyses_like_the_site_analysers():
    analyzers = index_settings()["settings"]["index"]["analysis"]["analyzer"]
    assert analyse("Partner na mnie krzyczy i się boję", "familyinfo_pl", analyzers)[-2:] == ["sie", "boje"]
    assert analyse("Parenting teenagers' behaviour", "familyinfo_en", analyzers) == ["parent", "teenager", "behaviour"]
    # Urdu's own letters (ی, ک, ہ) read as the Arabic ones, as persian_normalization does.
    assert analyse("یہ کتاب", "familyinfo_ur", analyzers) == ["يه", "كتاب"]


def test_the_recording_transport_refuses_what_elasticsearch_refuses():
    cluster = FakeCluster()
    cluster.handle("PUT", "/pages", {}, index_settings())
    with pytest.raises(ClusterError, match="has not been configured"):
        cluster.handle("PUT", "/pages/_mapping", {}, {"properties": {"title": {"type": "text", "analyzer": "klingon"}}})
    cluster.handle("PUT", "/pages/_mapping", {}, {"properties": {"title_pl": {"type": "text"}}})
    # One index holds every page type: a field mapped differently by two of them is refused.
    with pytest.raises(ClusterError, match="conflicts"):
        cluster.handle(
            "PUT", "/pages/_mapping", {}, {"properties": {"title_pl": {"type": "text", "analyzer": "familyinfo_pl"}}}
        )


@pytest.mark.django_db
def test_update_index_creates_the_page_index_with_every_language_analyser(elasticsearch):
    created = [request for request in elasticsearch.indexing.created_indices() if elasticsearch.index in request.path]
    assert len(created) == 1, "one new index per rebuild, then the alias moves to it"
    analysis = created[0].body["settings"]["index"]["analysis"]["analyzer"]
    assert {name: analysis[name] for name in analysis} == index_settings()["settings"]["index"]["analysis"]["analyzer"]
    assert any(request.path.endswith(f"/_alias/{elasticsearch.index}") for request in elasticsearch.indexing.requests)


@pytest.mark.django_db
def test_each_language_copy_of_a_service_is_mapped_with_its_analyser_and_boost(elasticsearch):
    properties = {}
    for mapping in elasticsearch.indexing.mappings():
        properties.update(mapping["properties"])
    for code in CODES:
        # Titles are Page's, indexed for every page type by wagtail-modeltranslation.
        assert properties[f"title_{code}"] == {
            "type": "text",
            "analyzer": f"familyinfo_{code}",
            "copy_to": ["_all_text", "_all_text_boost_2_0"],
        }
        assert properties[f"directory_servicepage__summary_{code}"] == {
            "type": "text",
            "analyzer": f"familyinfo_{code}",
            "copy_to": ["_all_text", "_all_text_boost_2_0"],
        }
        assert properties[f"directory_servicepage__description_{code}"] == {
            "type": "text",
            "analyzer": f"familyinfo_{code}",
            "copy_to": "_all_text",
        }
        assert properties["directory_servicepage__needs"]["properties"][f"name_{code}"]["analyzer"] == (
            f"familyinfo_{code}"
        )
        assert properties[f"pages_contentpage__intro_{code}"]["analyzer"] == f"familyinfo_{code}"
    assert properties["directory_servicepage__is_free_filter"] == {"type": "boolean"}
    assert properties["live_filter"] == {"type": "boolean"}


@pytest.mark.django_db
def test_bulk_indexing_sends_every_language_of_every_live_service(elasticsearch):
    # Other indexed models (childcare providers) share primary keys with pages: key by type too.
    documents = {
        (document["_django_content_type"][0], document["pk"]): document
        for document in elasticsearch.indexing.bulk_documents()
    }
    mediation = ServicePage.objects.get(slug="family-mediation")
    document = documents[("directory.ServicePage", str(mediation.pk))]
    assert document["_django_content_type"][:2] == ["directory.ServicePage", "wagtailcore.Page"]
    assert document["live_filter"] is True
    for code in CODES:
        assert document[f"title_{code}"] == getattr(mediation, f"title_{code}")
        assert document[f"directory_servicepage__summary_{code}"] == getattr(mediation, f"summary_{code}")
    assert {need["name_en"] for need in document["directory_servicepage__needs"]} == set(
        mediation.needs.values_list("name_en", flat=True)
    )
    live = {("directory.ServicePage", str(pk)) for pk in ServicePage.objects.live().values_list("pk", flat=True)}
    assert live <= set(documents)


def only_search(recorder):
    searches = recorder.searches()
    assert len(searches) == 1, [request.path for request in recorder.requests]
    return searches[0]


@pytest.mark.django_db
def test_the_listing_searches_the_readers_language_and_english_with_boosts(client, elasticsearch):
    response = client.get("/pl/services/?q=mediacje&age=4")
    assert response.status_code == 200
    search = only_search(elasticsearch)
    assert search.path == f"/{elasticsearch.index}/_search"
    assert search.params == {"scroll": "2m"}
    fields = []
    for code in ["pl", "en"]:
        fields += [
            f"title_{code}^2",
            f"directory_servicepage__summary_{code}^2",
            f"directory_servicepage__description_{code}",
            f"directory_servicepage__eligibility_{code}",
        ]
    fields.append("directory_servicepage__analysed_text")  # every language's plain forms
    assert search.body == {
        "query": {
            "bool": {
                # The typed word, and its plain form (translations/text_analysis.py).
                "must": {"multi_match": {"query": "mediacje mediacj", "fields": fields}},
                "filter": [
                    {"match": {"_django_content_type": "directory.ServicePage"}},
                    {"term": {"live_filter": True}},
                ],
            }
        },
        "_source": False,
        "stored_fields": "pk",
        "size": 100,
    }


@pytest.mark.django_db
def test_site_search_sends_every_page_type_with_title_and_summary_boosts(client, elasticsearch):
    assert client.get("/search/?q=mediation").status_code == 200
    query = only_search(elasticsearch).body["query"]["bool"]
    match = query["must"]["multi_match"]
    assert match["query"] == "mediation mediat"  # the word and its plain form
    assert sorted(match["fields"]) == ["_all_text", "_all_text_boost_2_0^2.0"]
    # Live and not promoted (nothing is, for this search); no filter for private sections while
    # the site has none.
    no_ids = {"bool": {"must_not": {"terms": {"id_filter": []}}}}
    assert query["filter"] == [
        {"match": {"_django_content_type": "wagtailcore.Page"}},
        {"bool": {"must": [{"term": {"live_filter": True}}, no_ids]}},
    ]


@pytest.mark.django_db
def test_a_published_change_reaches_the_index_and_search(client, elasticsearch):
    page = ContentPage.objects.get(slug="accessibility")
    page.intro_en = "Quokkas are welcome here."
    page.save_revision().publish()
    sent = [request for request in elasticsearch.requests if request.path == f"/{elasticsearch.index}/_doc/{page.pk}"]
    assert sent and sent[-1].body["pages_contentpage__intro_en"] == "Quokkas are welcome here."
    if elasticsearch.cluster is None:
        get_search_backend().refresh_indexes()
    response = client.get("/search/?q=quokkas")
    assert page.title in response.content.decode()


# The site's own order on top of Elasticsearch's relevance: whatever order the cluster gives,
# people at risk come before the programme for people who harm, and services before stories.


class OrderedCluster(FakeCluster):
    """The fake cluster answering with chosen pages first, in a chosen order (those that pass
    the search's filters, whether or not their words match), then its other matches unless
    `only` the chosen ones."""

    order = []
    only = False

    def ranked(self, index, query):
        from wagtail.models import Page

        hits = super().ranked(index, query)
        slugs = dict(Page.objects.filter(slug__in=self.order).values_list("slug", "pk"))
        filtered = {"bool": {**query["bool"], "must": {"match_all": {}}}}
        chosen = [str(slugs[slug]) for slug in self.order if slug in slugs]
        chosen = [doc_id for doc_id in chosen if doc_id in index.documents and self.score(index, doc_id, filtered)]
        others = [] if self.only else [hit for hit in hits if hit[0] not in chosen]
        return [(doc_id, 100.0 - position) for position, doc_id in enumerate(chosen)] + others


@pytest.fixture
def elasticsearch_answers(settings, indexed_clusters, demo_site):
    """The recorded Elasticsearch, answering in a given order of slugs."""

    def install(order, only=False):
        indexing, url, prefix = indexed_clusters("elasticsearch")
        cluster = indexing.cluster.copy()
        cluster.__class__ = type("Ordered", (OrderedCluster,), {"order": order, "only": only})
        recorder = Recorder(cluster)
        settings.WAGTAILSEARCH_BACKENDS = {"default": elasticsearch_config(recorder, FAKE_URL, prefix)}
        return recorder

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
def test_elasticsearch_results_put_people_at_risk_before_the_programme(client, elasticsearch_answers, path):
    recorder = elasticsearch_answers(PROGRAMME_FIRST, only=True)
    found = found_slugs(client, f"{path}?q=my+partner+shouts+at+me+and+I%27m+scared")
    assert recorder.searches(), "the search went through Elasticsearch"
    assert set(found[:3]) == AT_RISK, found
    assert found.index("changing-behaviour") > max(found.index(slug) for slug in AT_RISK)


@pytest.mark.django_db
def test_elasticsearch_polish_search_is_reordered_and_searches_polish_fields(client, elasticsearch_answers):
    recorder = elasticsearch_answers(PROGRAMME_FIRST)
    found = found_slugs(client, "/pl/services/?q=partner+na+mnie+krzyczy+i+si%C4%99+boj%C4%99")
    assert set(found[:3]) == AT_RISK, found
    fields = recorder.queries()[0]["bool"]["must"]["multi_match"]["fields"]
    assert "directory_servicepage__summary_pl^2" in fields


@pytest.mark.django_db
def test_elasticsearch_puts_the_programme_first_when_asked_for(client, elasticsearch_answers):
    elasticsearch_answers(["family-drug-alcohol", "domestic-abuse-support", "changing-behaviour"])
    assert found_slugs(client, "/services/?q=my+own+anger")[0] == "changing-behaviour"


@pytest.mark.django_db
def test_elasticsearch_site_search_puts_services_above_stories(client, elasticsearch_answers):
    from hubs.models import ChampionStoryPage

    story = ChampionStoryPage.objects.live().first()
    elasticsearch_answers([story.slug, "parenting-teenagers", "positive-parenting"], only=True)
    found = found_slugs(client, "/search/?q=parenting")
    assert found.index("parenting-teenagers") < found.index("positive-parenting") < found.index(story.slug)
