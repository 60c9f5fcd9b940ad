"""The service menu in a real browser."""

import pytest

from tests.browser.conftest import assert_accessible


@pytest.mark.parametrize(
    "path",
    [
        "/services/",
        "/services/?need=parenting&age=3&postcode=WV10+9SG",
        "/services/?age=99",
        "/services/family-mediation/",
        "/services/refuge/",
        "/search/?q=parentting",
        "/whats-on/",
        "/ur/services/",
        "/services/shortlist/",
    ],
)
def test_directory_pages_are_accessible(site, browser_page, path):
    browser_page.goto(f"{site.url}{path}")
    assert_accessible(browser_page)


def test_parent_filters_and_shortlists_services(site, browser_page):
    browser_page.goto(f"{site.url}/")
    browser_page.get_by_role("link", name="Your child's behaviour").click()
    assert "need=behaviour" in browser_page.url
    browser_page.select_option("#filter-age", "3")
    browser_page.get_by_role("button", name="Show services").click()
    assert "age=3" in browser_page.url and "need=behaviour" in browser_page.url
    first = browser_page.locator("ol.service-list > li").first
    title = first.locator("h2 a").inner_text()
    first.get_by_role("button", name="Add to shortlist").click()
    browser_page.goto(f"{site.url}/services/shortlist/")
    assert browser_page.locator("main ol h2 a").first.inner_text() == title
    share = browser_page.locator("#share-link").input_value()
    assert "/services/shortlist/?ids=" in share


def test_shortlist_prints_without_buttons(site, browser_page):
    browser_page.goto(f"{site.url}/services/")
    browser_page.locator("ol.service-list > li").first.get_by_role("button", name="Add to shortlist").click()
    browser_page.goto(f"{site.url}/services/shortlist/")
    browser_page.emulate_media(media="print")
    assert not browser_page.locator(".shortlist-actions").is_visible()
    assert browser_page.locator("main ol h2 a").first.is_visible()


def test_listing_works_without_javascript_at_320_pixels(site, chromium):
    context = chromium.new_context(java_script_enabled=False, viewport={"width": 320, "height": 640})
    page = context.new_page()
    try:
        page.goto(f"{site.url}/services/?q=DV")
        assert page.locator("ol.service-list > li").count() > 0
        assert page.evaluate("document.documentElement.scrollWidth") <= 320
        page.goto(f"{site.url}/services/family-mediation/")
        assert page.evaluate("document.documentElement.scrollWidth") <= 320
    finally:
        context.close()
