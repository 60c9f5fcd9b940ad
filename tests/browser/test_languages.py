"""Every key page in every language, in a real browser, with an accessibility check."""

import pytest

from tests.browser.conftest import assert_accessible

LANGUAGES = {
    "": ("en", "ltr"),
    "/pa": ("pa", "ltr"),
    "/pl": ("pl", "ltr"),
    "/ro": ("ro", "ltr"),
    "/ur": ("ur", "rtl"),
    "/ar": ("ar", "rtl"),
}
KEY_PAGES = ["/", "/services/", "/services/family-mediation/", "/hubs/eastfield/", "/refer/"]


@pytest.mark.parametrize("prefix", list(LANGUAGES))
def test_key_pages_in_every_language(site, browser_page, prefix):
    code, direction = LANGUAGES[prefix]
    for path in KEY_PAGES:
        response = browser_page.goto(f"{site.url}{prefix}{path}")
        assert response.status == 200, path
        html = browser_page.locator("html")
        assert (html.get_attribute("lang"), html.get_attribute("dir")) == (code, direction), path
        assert browser_page.locator("main h1").first.is_visible()
        # The switcher names each language in its own script and keeps the same page.
        polish = browser_page.locator(".site-languages [lang=pl]").first
        assert polish.inner_text().strip() == "Polski"
        if code != "pl":
            assert polish.get_attribute("href") == f"/pl{path}"
        assert_accessible(browser_page)


@pytest.mark.parametrize("prefix", ["/ur", "/ar"])
def test_right_to_left_layout_of_forms_tables_and_quick_exit(site, browser_page, prefix, tmp_path):
    width = browser_page.viewport_size["width"]
    browser_page.goto(f"{site.url}{prefix}/hubs/eastfield/")
    exit_box = browser_page.locator(".govuk-exit-this-page__button").bounding_box()
    assert exit_box["x"] < width / 2  # quick exit mirrors to the left
    table = browser_page.locator("main table").first
    first_header = table.locator("th").first.bounding_box()
    assert first_header["x"] > width / 2  # a table's first column is on the right
    # The map is not mirrored (north stays up, east stays right) and its markers sit on it.
    browser_page.locator(".js-show-map").click()
    browser_page.wait_for_selector(".leaflet-marker-icon")
    canvas = browser_page.locator(".place-map__canvas").bounding_box()
    for marker in browser_page.locator(".leaflet-marker-icon").all():
        box = marker.bounding_box()
        assert canvas["x"] <= box["x"] and box["x"] + box["width"] <= canvas["x"] + canvas["width"]
    assert browser_page.locator(".place-map__canvas").get_attribute("dir") == "ltr"
    browser_page.screenshot(path=str(tmp_path / f"hub{prefix.replace('/', '-')}.png"), full_page=True)

    browser_page.goto(f"{site.url}{prefix}/refer/contact/")
    label = browser_page.locator("label[for=id_phone]").bounding_box()
    field = browser_page.locator("#id_phone").bounding_box()
    assert label["x"] + label["width"] > width / 2 and field["x"] + field["width"] > width / 2
    # A phone number inside right-to-left text still reads left to right.
    assert browser_page.locator("footer a[href^='tel:'] bdi").first.get_attribute("dir") == "ltr"
    browser_page.screenshot(path=str(tmp_path / f"refer{prefix.replace('/', '-')}.png"), full_page=True)

    browser_page.emulate_media(media="print")
    browser_page.goto(f"{site.url}{prefix}/services/family-mediation/")
    assert browser_page.evaluate("getComputedStyle(document.querySelector('main')).direction") == "rtl"
    browser_page.emulate_media(media="screen")
