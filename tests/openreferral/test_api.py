"""The Open Referral UK API: every endpoint validated against the profile's JSON schemas."""

import json
from pathlib import Path

import jsonschema
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from directory.models import ServicePage

pytestmark = pytest.mark.django_db
SCHEMAS = Path(__file__).resolve().parents[2] / "openreferral" / "schema"
API = "/api/openreferral"


def validator(name):
    return jsonschema.Draft202012Validator(
        json.loads((SCHEMAS / f"{name}.json").read_text()), format_checker=jsonschema.FormatChecker()
    )


def problems(name, document):
    return [
        f"{'/'.join(map(str, error.absolute_path))}: {error.message}" for error in validator(name).iter_errors(document)
    ]


def get(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, response.content[:300]
    assert response["Access-Control-Allow-Origin"] == "*"
    return response.json()


def test_root_points_to_the_openapi_document(client, demo_site):
    root = get(client, f"{API}/")
    assert root["version"] == "3.0" and root["openapi_url"].endswith("/api/openreferral/openapi.json")
    openapi = get(client, f"{API}/openapi.json")
    assert openapi["servers"][0]["url"].endswith("/api/openreferral")
    assert set(openapi["paths"]) >= {"/services", "/services/{id}", "/taxonomy_terms", "/service_at_locations"}
    # Every parameter it documents for /services is one the API reads.
    names = {
        openapi["components"]["parameters"][ref["$ref"].split("/")[-1]]["name"]
        for ref in openapi["paths"]["/services"]["get"]["parameters"]
    }
    assert names == {
        "search",
        "page",
        "per_page",
        "taxonomy_term_id",
        "taxonomy_id",
        "minimum_age",
        "maximum_age",
        "start_time",
        "end_time",
        "day",
        "lang",
        "modified_after",
    }


def test_every_live_service_validates_as_a_full_document(client, demo_site):
    listing = get(client, f"{API}/services", per_page=100)
    assert listing["total_items"] == ServicePage.objects.live().count() == len(listing["contents"])
    for item in listing["contents"]:
        assert problems("service_list", item) == [], item["name"]
        full = get(client, f"{API}/services/{item['id']}")
        assert problems("service", full) == [], full["name"]


def test_confidential_addresses_stay_hidden(client, demo_site):
    refuge = ServicePage.objects.get(slug="refuge")
    document = get(client, f"{API}/services/{refuge.translation_key}")
    for link in document["service_at_locations"]:
        location = link["location"]
        if "confidential" in location["name"].lower():
            assert "latitude" not in location and location["addresses"] == []


def test_paging_envelope_and_bounded_page_size(client, demo_site):
    first = get(client, f"{API}/services", per_page=10)
    assert first["page_number"] == 1 and first["first_page"] and not first["last_page"] and first["size"] == 10
    assert first["total_pages"] == -(-first["total_items"] // 10)
    huge = get(client, f"{API}/services", per_page=100000)
    assert huge["size"] <= 100
    assert client.get(f"{API}/services", {"page": "x"}).status_code == 400


def listing_total(client):
    return get(client, f"{API}/services")["total_items"]


def test_filters(client, indexed_demo_site):
    terms = get(client, f"{API}/taxonomy_terms", per_page=100)["contents"]
    for term in terms:
        assert problems("taxonomy_term", term) == []
    money = next(term for term in terms if term["code"] == "money")
    found = get(client, f"{API}/services", taxonomy_term_id=money["id"], per_page=100)
    assert {item["name"] for item in found["contents"]} == set(
        ServicePage.objects.live().filter(needs__slug="money").values_list("title_en", flat=True)
    )
    assert get(client, f"{API}/services", search="mediation")["contents"][0]["name"] == "Family mediation"
    teenagers = get(client, f"{API}/services", minimum_age=11, per_page=100)["contents"]
    assert teenagers and all(item["minimum_age"] >= 11 for item in teenagers)
    assert get(client, f"{API}/services", day="MO")["total_items"] > 0
    assert client.get(f"{API}/services", {"day": "someday"}).status_code == 400
    assert get(client, f"{API}/services", modified_after="2999-01-01")["total_items"] == 0
    assert get(client, f"{API}/services", modified_after="2000-01-01")["total_items"] == listing_total(client)
    assert client.get(f"{API}/services", {"modified_after": "last week"}).status_code == 400


def test_service_at_locations_nearest_a_postcode(client, demo_site):
    near = get(client, f"{API}/service_at_locations", postcode="WV10 9SG", proximity=2000, per_page=100)
    assert near["total_items"] > 0
    for item in near["contents"]:
        assert problems("service_at_location_list", item) == []
    one = get(client, f"{API}/service_at_locations/{near['contents'][0]['id']}")
    assert problems("service_at_location", one) == []
    everything = get(client, f"{API}/service_at_locations", per_page=100)
    assert everything["total_items"] > near["total_items"]
    for number in range(1, everything["total_pages"] + 1):
        for item in get(client, f"{API}/service_at_locations", per_page=100, page=number)["contents"]:
            assert problems("service_at_location_list", item) == [], item["id"]
    pages = [get(client, f"{API}/service_at_locations", per_page=7, page=n)["contents"] for n in (1, 2)]
    assert not {item["id"] for item in pages[0]} & {item["id"] for item in pages[1]}
    assert len(pages[0]) == 7


def test_taxonomies_and_terms_by_id(client, demo_site):
    taxonomies = get(client, f"{API}/taxonomies")["contents"]
    assert {taxonomy["name"] for taxonomy in taxonomies} >= {"Help with", "Service level"}
    for taxonomy in taxonomies:
        assert problems("taxonomy", taxonomy) == []
        assert get(client, f"{API}/taxonomies/{taxonomy['id']}")["id"] == taxonomy["id"]
    term = get(client, f"{API}/taxonomy_terms")["contents"][0]
    assert get(client, f"{API}/taxonomy_terms/{term['id']}")["name"] == term["name"]
    assert client.get(f"{API}/taxonomy_terms/nope").status_code == 404
    assert client.get(f"{API}/services/not-a-uuid").status_code == 404


def test_caching_and_read_only(client, demo_site):
    response = client.get(f"{API}/services")
    again = client.get(f"{API}/services", HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304
    assert "public" in response["Cache-Control"]
    assert client.post(f"{API}/services").status_code == 405


def test_query_count_does_not_grow_with_page_size(client, demo_site):
    def queries(size):
        with CaptureQueriesContext(connection) as captured:
            client.get(f"{API}/services", {"per_page": size})
        return len(captured.captured_queries)

    client.get(f"{API}/services")  # the first request fills the caches
    assert queries(40) == queries(100)


def test_other_languages_where_translated(client, demo_site):
    service = ServicePage.objects.get(slug="family-mediation")
    polish = get(client, f"{API}/services/{service.translation_key}", lang="pl")
    assert polish["name"] == service.title_pl
