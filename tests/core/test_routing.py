"""Pages found by their address are remembered until content changes: an editor's change
is seen at once, and addresses typed at random are never remembered."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from directory.models import ServicePage

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def built_every_time(settings):
    settings.PAGE_CACHE_SECONDS = 0  # whole pages are not kept; the route still is


def routing_queries(client, path):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    return response, sum('"url_path" IN' in query["sql"] for query in queries)


def heading(response):
    return BeautifulSoup(response.content, "html.parser").find("h1").get_text(strip=True)


def test_an_unpublished_page_is_gone_at_once_though_its_address_was_remembered(client, demo_site):
    service = ServicePage.objects.get(slug="baby-massage")
    assert client.get(service.url).status_code == 200
    assert client.get(service.url).status_code == 200  # from the remembered route

    service.unpublish()

    assert client.get("/services/baby-massage/").status_code == 404


def test_a_renamed_page_moves_to_its_new_address_at_once(client, demo_site):
    service = ServicePage.objects.get(slug="baby-massage")
    client.get("/services/baby-massage/")
    service.slug = "baby-massage-classes"
    service.save_revision().publish()

    assert client.get("/services/baby-massage/").status_code == 404
    assert client.get("/services/baby-massage-classes/").status_code == 200


def test_an_edited_title_shows_at_once(client, demo_site):
    service = ServicePage.objects.get(slug="baby-massage")
    client.get(service.url)
    service.title = "Baby massage for new parents"
    service.save_revision().publish()

    assert heading(client.get(service.url)) == "Baby massage for new parents"


def test_an_address_typed_at_random_is_looked_up_every_time(client, demo_site):
    for _ in range(2):
        response, queries = routing_queries(client, "/services/no-such-service-anywhere/")
        assert response.status_code == 404
        assert queries == 1


def test_a_real_page_is_looked_up_once_in_each_language(client, demo_site):
    english, queries = routing_queries(client, "/services/")
    assert queries == 1
    urdu, queries = routing_queries(client, "/ur/services/")
    assert queries == 1
    assert heading(english) != heading(urdu)
    assert routing_queries(client, "/ur/services/")[1] == 0
    assert heading(client.get("/services/")) == heading(english)
