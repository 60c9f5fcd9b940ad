"""Every public page is built with at most ten database queries, in English and in another
language, even when it is not served from the shared page cache: after each publish every
page is built again, and pages for visitors with a shortlist are always built. A service page
adds one more, after it is built: the UPDATE that counts its read for the Insight area."""

import pytest

from directory.models import CostOption, ServicePage
from hubs.models import ChampionStoryPage, HubEventPage, HubPage, JoinChampionsPage, OutreachBasePage

pytestmark = pytest.mark.django_db

MAX_QUERIES = 10
# A reader's browser (a request that names none is not counted as a read: core/page_views.py).
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"
# Pages whose reads are counted for the Insight area: one UPDATE more, after the page is built.
COUNTED = {"service", "service with a cost"}


def paid_service():
    """A service that is not free: its costs are one more thing to read."""
    service = ServicePage.objects.get(slug="baby-massage")
    service.is_free = False
    service.save()
    CostOption.objects.create(page=service, option="per session", amount="2.50")
    return service


def public_pages():
    hub = HubPage.objects.live().get(slug="eastfield")
    return {
        "home": "/",
        "listing": "/services/",
        "service": ServicePage.objects.get(slug="stay-and-play").url,
        "service with a cost": paid_service().url,
        "hub finder": "/hubs/",
        "hub": hub.url,
        "hub leaflet": f"{hub.url}leaflet/",
        "outreach base": OutreachBasePage.objects.live().child_of(hub).first().url,
        "hub event": HubEventPage.objects.live().first().url,
        "what's on": "/whats-on/",
        "parent champions": "/parent-champions/",
        "champion story": ChampionStoryPage.objects.live().first().url,
        "become a champion": JoinChampionsPage.objects.live().first().url,
        "for champions": "/parent-champions/for-champions/",
        "content page": "/what-is-early-help/",
    }


@pytest.mark.parametrize("prefix", ["", "/ur"])
def test_every_public_page_takes_at_most_ten_queries(
    client, demo_site, settings, prefix, django_assert_max_num_queries
):
    settings.PAGE_CACHE_SECONDS = 0  # built every time, as after a publish
    for name, path in public_pages().items():
        client.get(prefix + path, HTTP_USER_AGENT=BROWSER)  # settings and menus are kept, as in production
        with django_assert_max_num_queries(MAX_QUERIES + (name in COUNTED), info=name):
            response = client.get(prefix + path, HTTP_USER_AGENT=BROWSER)
        assert response.status_code == 200, name


def test_a_page_deep_in_the_tree_costs_no_more_than_one_near_the_top(client, demo_site, settings):
    """Finding a page by its address takes one query whatever its depth (Wagtail alone takes
    two for each part of the address), and none once the address is remembered."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    settings.PAGE_CACHE_SECONDS = 0
    counts = {}
    for path in ["/what-is-early-help/", HubEventPage.objects.live().first().url]:
        with CaptureQueriesContext(connection) as first:
            client.get(path)
        with CaptureQueriesContext(connection) as again:
            client.get(path)
        counts[path] = tuple(
            sum('"url_path" IN' in query["sql"] or '"slug" =' in query["sql"] for query in queries)
            for queries in (first, again)
        )
    assert set(counts.values()) == {(1, 0)}, counts
