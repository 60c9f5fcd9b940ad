"""The directory's figures in the Insight area: service page views counted on the server with
nothing about the reader (robots, previews and HEAD requests left out, pages from the page cache
counted), and searches that found nothing counted by need, month and locality."""

import pytest
from bs4 import BeautifulSoup
from django.test import RequestFactory
from django.utils import timezone

from directory.models import ServicePage, ServiceView, UnmetSearch, UnmetSearchCount
from directory.search import need_searched_for, plan_search
from hubs.models import Locality
from tests.factories import member_of

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36"


def views_of(service):
    return dict(ServiceView.objects.filter(service=service).values_list("language", "count"))


@pytest.fixture
def service(demo_site):
    return ServicePage.objects.get(slug="stay-and-play")


def test_a_read_is_counted_by_month_and_language_with_no_cookie(client, service, settings):
    settings.PAGE_CACHE_SECONDS = 0
    address = service.url
    english = client.get(address, HTTP_USER_AGENT=BROWSER)
    assert english.status_code == 200 and not english.cookies
    client.get(f"/pl{address}", HTTP_USER_AGENT=BROWSER)
    client.get(address, HTTP_USER_AGENT=BROWSER)
    assert views_of(service) == {"en": 2, "pl": 1}
    assert ServiceView.objects.get(service=service, language="en").month == timezone.localdate().replace(day=1)


def test_pages_served_from_the_page_cache_are_counted(client, service, settings):
    settings.PAGE_CACHE_SECONDS = 600
    first = client.get(service.url, HTTP_USER_AGENT=BROWSER)
    again = client.get(service.url, HTTP_USER_AGENT=BROWSER)
    assert (first["X-Page-Cache"], again["X-Page-Cache"]) == ("miss", "hit")
    assert views_of(service) == {"en": 2}


@pytest.mark.parametrize(
    "request_headers",
    [
        {"HTTP_USER_AGENT": "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"},
        {"HTTP_USER_AGENT": "curl/8.5.0"},
        {},  # a script that names nothing
        {"HTTP_USER_AGENT": BROWSER, "HTTP_SEC_PURPOSE": "prefetch"},
    ],
)
def test_robots_scripts_and_prefetches_are_not_counted(client, service, settings, request_headers):
    settings.PAGE_CACHE_SECONDS = 0
    assert client.get(service.url, **request_headers).status_code == 200
    assert views_of(service) == {}


def test_head_requests_and_previews_are_not_counted(client, service, settings):
    settings.PAGE_CACHE_SECONDS = 0
    assert client.head(service.url, HTTP_USER_AGENT=BROWSER).status_code == 200
    editor = RequestFactory().get("/admin/", HTTP_USER_AGENT=BROWSER)
    preview = service.make_preview_request(original_request=editor)
    assert preview.status_code == 200
    assert views_of(service) == {}


def test_searches_that_found_nothing_are_counted_by_need_and_locality(client, demo_site):
    bilston = Locality.objects.get(name="Bilston")
    client.get("/services/", {"q": "qwxyzzy", "need": "housing", "postcode": "WV14 0AF"})
    client.get("/services/", {"q": "qwxyzzy", "need": "housing", "postcode": "WV14 0AF"})
    client.get("/pl/search/", {"q": "qwxyzzy plugh"})
    counted = {
        (row.language, row.postcode_district, row.locality_id, row.need, row.month): row.count
        for row in UnmetSearchCount.objects.all()
    }
    month = timezone.localdate().replace(day=1)
    assert counted == {("en", "WV14", bilston.pk, "housing", month): 2, ("pl", "", None, "", month): 1}
    # The counts keep no words: those stay in the Unmet searches report, for a while only.
    assert not any("qwxyzzy" in str(value) for row in UnmetSearchCount.objects.values() for value in row.values())
    assert UnmetSearch.objects.filter(query="qwxyzzy").exists()

    client.force_login(member_of("Insight officers", "insight"))
    page = BeautifulSoup(client.get("/admin/insight/", {"locality": bilston.pk}).content, "html.parser")
    tables = page.select("#unmet-searches table")
    by_need = next(table for table in tables if table.caption.get_text(strip=True).endswith("by need"))
    housing = next(row for row in by_need.select("tbody tr") if row.th.get_text(strip=True).startswith("Housing"))
    assert [cell.get_text(strip=True) for cell in housing.select("td")][0] == "fewer than 5"


@pytest.mark.parametrize(
    ("words", "language", "need"),
    [("debts and bills", "en", "money"), ("dv", "en", "domestic-abuse"), ("qwxyzzy", "en", "")],
)
def test_the_need_a_search_was_about_comes_from_its_words_and_synonyms(demo_site, words, language, need):
    assert need_searched_for(plan_search(words, language), language) == need


def test_the_most_viewed_services_by_locality(client, service, settings):
    settings.PAGE_CACHE_SECONDS = 0
    for _read in range(6):
        client.get(service.url, HTTP_USER_AGENT=BROWSER)
    client.force_login(member_of("Insight officers", "insight"))
    bilston = Locality.objects.get(name="Bilston")
    page = BeautifulSoup(client.get("/admin/insight/", {"locality": bilston.pk}).content, "html.parser")
    most = page.select("#service-views table")[0]
    first = [cell.get_text(strip=True) for cell in most.select("tbody tr")[0].select("th, td")]
    assert first[:2] == ["Stay and play", "6"]
