"""Key journeys in a real browser, with an accessibility check on every page visited."""

import pytest

from tests.browser.conftest import assert_accessible


@pytest.mark.parametrize("prefix", ["", "/ur"])
@pytest.mark.parametrize("path", ["/", "/how-early-help-works/"])
def test_home_and_content_pages_are_accessible(site, browser_page, prefix, path):
    browser_page.goto(f"{site.url}{prefix}{path}")
    assert browser_page.locator("main h1").is_visible()
    assert_accessible(browser_page)


def test_urdu_pages_read_right_to_left(site, browser_page, tmp_path):
    browser_page.goto(f"{site.url}/ur/")
    assert browser_page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    main_box = browser_page.locator("main .govuk-grid-column-two-thirds").first.bounding_box()
    # The main column starts on the right.
    assert main_box["x"] + main_box["width"] > browser_page.viewport_size["width"] * 0.6
    exit_box = browser_page.locator(".govuk-exit-this-page__button").bounding_box()
    assert exit_box["x"] < browser_page.viewport_size["width"] / 2
    browser_page.screenshot(path=str(tmp_path / "home-ur.png"), full_page=True)


def test_language_switcher_changes_language_and_remembers_nothing(site, browser_page):
    browser_page.goto(f"{site.url}/what-is-early-help/")
    browser_page.locator(".site-languages a[lang=pl]").click()
    assert browser_page.url == f"{site.url}/pl/what-is-early-help/"
    assert browser_page.locator("html").get_attribute("lang") == "pl"
    # The address alone says the language: an English address opens in English, and reading
    # left no cookie on the device.
    browser_page.goto(f"{site.url}/contact/")
    assert browser_page.url == f"{site.url}/contact/"
    assert browser_page.locator("html").get_attribute("lang") == "en"
    assert browser_page.context.cookies() == []
    browser_page.goto(f"{site.url}/pl/contact/")
    browser_page.locator(".site-languages a[lang=en]").click()
    assert browser_page.url == f"{site.url}/contact/"


def test_exit_this_page_button_leaves_at_once(site, browser_page):
    browser_page.goto(f"{site.url}/")
    browser_page.locator(".govuk-exit-this-page__button").click()
    browser_page.wait_for_url("https://www.bbc.co.uk/weather**")


def test_pressing_shift_three_times_leaves_too(site, browser_page):
    browser_page.goto(f"{site.url}/contact/")
    browser_page.wait_for_function("document.body.classList.contains('govuk-frontend-supported')")
    # Through /exit/ (which forgets the visit) to the neutral page. Playwright does not stub
    # where a script-started navigation is redirected, so the redirect itself is checked here;
    # tests/browser/test_exit.py follows the button's exit to the neutral page and back.
    with browser_page.expect_response(lambda response: response.url.endswith("/exit/")) as exit_response:
        for _ in range(3):
            browser_page.keyboard.press("Shift")
    assert exit_response.value.status == 302
    assert exit_response.value.headers["location"] == "https://www.bbc.co.uk/weather"


def test_pages_work_without_javascript_and_at_320_pixels(site, chromium):
    context = chromium.new_context(viewport={"width": 320, "height": 640}, java_script_enabled=False)
    page = context.new_page()
    try:
        for path in ["/", "/ur/", "/how-early-help-works/"]:
            page.goto(f"{site.url}{path}")
            assert page.evaluate("document.documentElement.scrollWidth") <= 320, path
        page.goto(f"{site.url}/")
        page.fill("#home-search-q", "parenting")
        page.locator("main form[role=search] button").click()
        assert "/search/?q=parenting" in page.url
        assert page.locator("main h1").inner_text() == "Search"
    finally:
        context.close()


def test_editor_signs_in_to_the_admin(site, browser_page):
    """The site fixture creates the editor account (see tests/browser/conftest.py)."""
    browser_page.goto(f"{site.url}/admin/")
    browser_page.fill("#id_username", "editor")
    browser_page.fill("#id_password", "a-long-correct-password")
    browser_page.locator("button[type=submit]").click()
    browser_page.wait_for_url(f"{site.url}/admin/")
    assert browser_page.locator("main, #main").first.is_visible()
    assert "Dashboard" in browser_page.title()


def test_printed_pages_leave_out_the_page_furniture(site, browser_page):
    browser_page.goto(f"{site.url}/how-early-help-works/")
    browser_page.emulate_media(media="print")
    for selector in [".govuk-exit-this-page", ".site-search", ".govuk-service-navigation", ".govuk-footer"]:
        assert not browser_page.locator(selector).is_visible(), selector
    assert browser_page.locator("main h1").is_visible()
    assert browser_page.locator(".step-by-step").is_visible()
