"""The childcare finder in a real browser, on the demo's providers: a parent on a phone searches
by postcode, filters, opens a provider and shortlists it; every page passes axe, in English and
right to left, with and without JavaScript."""

import re

import pytest

from tests.browser.conftest import assert_accessible
from tests.browser.test_small_screens import OVERFLOWING, new_page


def a_provider(provider_type):
    from childcare.models import ChildcareProvider

    return ChildcareProvider.objects.listed().filter(provider_type=provider_type).order_by("urn").first()


def submit(page):
    with page.expect_navigation():
        page.locator("form.provider-filters button[type=submit]").click()


def fits(page):
    result = page.evaluate(OVERFLOWING)
    assert result["scrollWidth"] <= result["clientWidth"] and result["found"] == [], (page.url, result)


@pytest.mark.parametrize(
    "path",
    [
        "/childcare/",
        "/childcare/?postcode=WV10+9SG&funded_two=1&age=two&vacancies=1",
        "/childcare/?postcode=nonsense&age=toddler&type=zoo",
        "/childcare/?type=school_nursery&pickups=1&postcode=WV14+0TP&age=under_two&vacancies=1",
        "/ar/childcare/?postcode=WV10+9SG",
    ],
)
def test_finder_pages_are_accessible(site, browser_page, path):
    browser_page.goto(f"{site.url}{path}")
    assert_accessible(browser_page)


@pytest.mark.parametrize(("prefix", "provider_type"), [("", "day_nursery"), ("", "childminder"), ("/ur", "pre_school")])
def test_provider_pages_are_accessible(site, browser_page, prefix, provider_type):
    provider = a_provider(provider_type)
    browser_page.goto(f"{site.url}{prefix}/childcare/{provider.urn}/{provider.slug}/")
    assert browser_page.locator("h1").inner_text() == provider.name
    assert_accessible(browser_page)


@pytest.mark.parametrize(("prefix", "direction"), [("", "ltr"), ("/ar", "rtl")])
def test_a_parent_on_a_phone_finds_a_funded_place_and_shortlists_it(site, chromium, prefix, direction):
    context, page = new_page(chromium, 320)
    try:
        page.goto(f"{site.url}{prefix}/childcare/")
        assert page.get_attribute("html", "dir") == direction
        fits(page)
        # Results first on a phone; the search opens under its button.
        page.locator(".js-filter-toggle").click()
        page.fill("#filter-postcode", "wv10 9sg")
        page.check("#filter-funded-two")
        page.check("#filter-age-two")
        submit(page)
        assert "postcode=wv10+9sg" in page.url and "funded_two=1" in page.url and "age=two" in page.url
        fits(page)
        assert_accessible(page)
        cards = page.locator("main ol.provider-list > li")
        assert cards.count() > 0
        distances = page.locator("main .service-card__distance").all_inner_texts()
        # "0.4", or "0,4" where the language writes a decimal comma.
        miles = [float(re.search(r"\d+[.,]\d", text).group().replace(",", ".")) for text in distances]
        assert miles == sorted(miles)  # nearest first

        # Places free now, for 2 year olds: a filter more, and one to remove.
        page.locator(".js-filter-toggle").click()
        page.check("#filter-vacancies")
        submit(page)
        assert "vacancies=1" in page.url
        assert page.locator(".active-filters__item").count() == 4
        first = page.locator("main ol.provider-list > li").first
        name = first.locator("h2 a").inner_text()
        with page.expect_navigation():
            first.locator("h2 a").click()
        assert page.locator("h1").inner_text() == name
        fits(page)
        assert_accessible(page)

        with page.expect_navigation():
            page.locator("main .shortlist-form button").click()
        assert page.locator("main .shortlist-form").get_attribute("action") == f"{prefix}/services/shortlist/remove/"
        page.goto(f"{site.url}{prefix}/services/shortlist/")
        assert page.locator("main .provider-card h3 a").first.inner_text() == name
        assert "ids=c" in page.locator("#share-link").input_value()
        fits(page)
        assert_accessible(page)
    finally:
        context.close()


def test_the_finder_works_without_javascript_at_320_pixels(site, chromium):
    context, page = new_page(chromium, 320, javascript=False)
    try:
        page.goto(f"{site.url}/childcare/")
        assert not page.locator(".js-use-location").is_visible()
        page.get_by_role("link", name="Search and filter").click()
        page.fill("#filter-postcode", "WV14 0TP")
        page.check("#filter-type-pre_school")
        page.check("#filter-type")  # childminders
        submit(page)
        assert "type=childminder" in page.url and "type=pre_school" in page.url
        types = page.locator("main ol.provider-list .service-card__facts li:first-child").all_inner_texts()
        assert types and set(types) <= {"Childminder", "Pre-school"}
        fits(page)
        # Remove one filter with its own link.
        with page.expect_navigation():
            page.locator(".active-filters__item", has_text="Childminder").get_by_role("link").click()
        assert "type=childminder" not in page.url and "type=pre_school" in page.url
        first = page.locator("main ol.provider-list > li").first
        with page.expect_navigation():
            first.get_by_role("button", name="Add to shortlist").click()
        assert "#provider-" in page.url
        assert "Remove from shortlist" in page.locator(f"#{page.url.split('#')[1]}").inner_text()
    finally:
        context.close()


def test_bad_input_is_explained_at_the_top(site, browser_page):
    response = browser_page.goto(f"{site.url}/childcare/?postcode=B1+1AA&age=toddler")
    assert response.status == 400
    summary = browser_page.locator(".govuk-error-summary")
    assert "outside Wolverhampton" in summary.inner_text() and "Choose an age" in summary.inner_text()
    summary.get_by_role("link", name="Choose an age from the list.").click()
    assert browser_page.evaluate("document.activeElement.id") == "filter-age"


def test_use_my_location(site, chromium):
    context = chromium.new_context(
        geolocation={"latitude": 52.60834, "longitude": -2.11544}, permissions=["geolocation"]
    )
    page = context.new_page()
    try:
        page.goto(f"{site.url}/childcare/")
        page.get_by_role("button", name="Use my location").click()
        page.wait_for_url("**/childcare/?lat=52.608&lon=-2.115")
        assert "your location" in page.locator(".service-count").inner_text()
        assert page.locator("main .service-card__distance").count() > 0
    finally:
        context.close()


def test_use_my_location_keeps_the_filters_chosen(site, chromium):
    context = chromium.new_context(
        geolocation={"latitude": 52.60834, "longitude": -2.11544}, permissions=["geolocation"]
    )
    page = context.new_page()
    try:
        page.goto(f"{site.url}/childcare/?postcode=WV1+1SH&funded_two=1")
        page.get_by_role("button", name="Use my location").click()
        page.wait_for_url("**/childcare/?funded_two=1&lat=52.608&lon=-2.115")
        assert page.get_by_label("Funded places for 2 year olds").is_checked()
    finally:
        context.close()
