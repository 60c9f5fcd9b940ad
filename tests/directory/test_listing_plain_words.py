"""The service listing as a family on a phone reads it: results first, what is filtered on
above them, and every level of support explained in plain words."""

import pytest
from bs4 import BeautifulSoup

from directory.models import ServiceLevel, ServicePage

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def position(page, element):
    return list(page.descendants).index(element)


def test_results_come_before_the_filters_in_the_page(client, demo_site):
    page = soup(client.get("/services/"))
    first_result = page.select_one(".service-card")
    filters = page.select_one("#service-filters")
    link = page.select_one("a[href='#service-filters']")
    assert position(page, link) < position(page, first_result) < position(page, filters)
    assert filters.select_one("form input[name=q]") is not None


def test_the_filters_in_use_show_above_the_results(client, demo_site):
    page = soup(client.get("/services/", {"need": "parenting", "age": "3", "free": "1", "level": "universal"}))
    used = page.select_one(".active-filters")
    assert [item.get_text(" ", strip=True) for item in used.select("li")] == [
        "Parenting",
        "3 years old",
        "Universal services",
        "Free only",
    ]
    assert position(page, used) < position(page, page.select_one(".service-card"))
    assert used.select_one("a").get_text(strip=True) == "Clear filters"
    # Nothing chosen, nothing to show.
    assert soup(client.get("/services/")).select_one(".active-filters") is None


def test_each_level_is_explained_where_families_see_it(client, demo_site):
    level = ServiceLevel.objects.get(slug="strengthening-families")
    service = ServicePage.objects.live().filter(level=level).first()
    listing = soup(client.get("/services/", {"level": level.slug}))
    for card in listing.select(".service-card"):
        assert level.description in card.select_one(".service-card__level").get_text(" ", strip=True)
    explained = {
        dt.get_text(strip=True): dt.find_next_sibling("dd").get_text(strip=True)
        for dt in listing.select(".service-filters__levels dt")
    }
    assert explained == {level.name: level.description for level in ServiceLevel.objects.all()}

    page = soup(client.get(service.url))
    row = next(
        row for row in page.select(".service-facts .govuk-summary-list__row") if "Level of support" in row.dt.text
    )
    assert level.name in row.dd.get_text() and level.description in row.dd.get_text()


def test_levels_are_explained_in_the_readers_language(client, demo_site):
    level = ServiceLevel.objects.get(slug="strengthening-families")
    page = soup(client.get("/pl/services/", {"level": level.slug}))
    description = page.select_one(".service-card__level-description")
    assert description.get_text(strip=True) == level.description_pl
    assert not description.has_attr("lang")  # translated, so not marked as English
