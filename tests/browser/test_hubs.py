"""Hubs and parent champions in a real browser."""

import pytest

from tests.browser.conftest import assert_accessible

TILE_HOST = "tile.openstreetmap.org"


@pytest.mark.parametrize(
    "path",
    [
        "/hubs/",
        "/hubs/?postcode=WV10+9SG",
        "/hubs/?postcode=nonsense",
        "/hubs/eastfield/",
        "/ur/hubs/eastfield/",
        "/hubs/eastfield/leaflet/",
        "/hubs/the-avenues/scotlands-adventure-playground/",
        "/parent-champions/",
        "/ur/parent-champions/",
        "/parent-champions/become-a-parent-champion/",
    ],
)
def test_hub_and_champion_pages_are_accessible(site, browser_page, path):
    browser_page.goto(f"{site.url}{path}")
    assert_accessible(browser_page)


def test_finding_a_hub_from_the_home_page(site, browser_page):
    browser_page.goto(f"{site.url}/")
    browser_page.fill("#home-postcode", "wv10 9sg")
    browser_page.locator("form.postcode-form button").click()
    assert "postcode=wv10+9sg" in browser_page.url
    assert "Low Hill" in browser_page.locator(".locality-panel").inner_text()
    first = browser_page.locator("main ol.place-results li h3 a").first
    assert first.inner_text() == "The Avenues Family Centre"
    first.click()
    assert browser_page.url.endswith("/hubs/the-avenues/")


def test_map_tiles_load_only_after_the_visitor_asks(site, browser_page):
    tile_requests = []
    browser_page.on("request", lambda request: TILE_HOST in request.url and tile_requests.append(request.url))
    browser_page.goto(f"{site.url}/hubs/eastfield/")
    browser_page.wait_for_load_state("networkidle")
    assert tile_requests == []
    browser_page.get_by_role("button", name="Show on a map").click()
    browser_page.wait_for_selector(".leaflet-marker-icon")
    assert browser_page.locator(".leaflet-marker-icon").count() == 3  # the hub and its two outreach bases
    browser_page.wait_for_function("document.querySelectorAll('.leaflet-tile').length > 0")
    assert tile_requests, "the map should fetch tiles once asked"


def test_use_my_location(site, chromium):
    context = chromium.new_context(
        geolocation={"latitude": 52.60834, "longitude": -2.11544}, permissions=["geolocation"]
    )
    page = context.new_page()
    try:
        page.goto(f"{site.url}/hubs/")
        page.get_by_role("button", name="Use my location").click()
        page.wait_for_url("**/hubs/?lat=52.608&lon=-2.115")
        assert page.locator("main ol.place-results li h3 a").first.inner_text() == "The Avenues Family Centre"
    finally:
        context.close()


def test_without_javascript_the_finder_still_works_and_no_map_appears(site, chromium):
    context = chromium.new_context(java_script_enabled=False, viewport={"width": 320, "height": 640})
    page = context.new_page()
    try:
        page.goto(f"{site.url}/hubs/")
        assert not page.locator(".js-place-map").is_visible()
        assert not page.get_by_role("button", name="Use my location").is_visible()
        page.fill("#postcode", "WV14 0TP")
        page.locator("form.postcode-form button[type=submit]").click()
        assert "Bilston" in page.locator(".locality-panel").inner_text()
        assert page.evaluate("document.documentElement.scrollWidth") <= 320
    finally:
        context.close()


def test_leaflet_prints_on_one_a4_page(site, browser_page):
    browser_page.goto(f"{site.url}/hubs/eastfield/leaflet/")
    assert browser_page.locator(".leaflet__qr svg").is_visible()
    pdf = browser_page.pdf(format="A4")
    pages = pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")
    assert pages == 1


def test_becoming_a_champion(site, browser_page):
    browser_page.goto(f"{site.url}/parent-champions/become-a-parent-champion/")
    browser_page.get_by_role("button", name="Send").click()
    browser_page.locator(".govuk-error-summary").wait_for()
    browser_page.fill("#id_first_name", "Ioana")
    browser_page.fill("#id_email", "ioana@example.org")
    browser_page.check("#id_consent")
    browser_page.get_by_role("button", name="Send").click()
    browser_page.wait_for_url("**?sent=1")
    assert "Thank you" in browser_page.locator("main").inner_text()
