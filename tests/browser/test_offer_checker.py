"""The two-year-old offer's checker in a real browser: a parent on a phone answers with the
keyboard, goes back with the browser, and gets a result, in English and right to left, with and
without JavaScript; every page passes axe."""

import pytest

from tests.browser.conftest import assert_accessible
from tests.browser.test_small_screens import new_page


def answer_to_result(page, prefix, check_each=False):
    """Month of birth, postcode, nothing about the child, Universal Credit under the limit."""

    def continue_(page):
        if check_each:
            assert_accessible(page)
        with page.expect_navigation():
            page.keyboard.press("Enter")

    page.fill("#id_month", "10")
    page.fill("#id_year", "2024")
    continue_(page)
    assert "/check/postcode/" in page.url
    page.fill("#id_postcode", "WV10 9AA")
    continue_(page)
    assert "/check/child/" in page.url
    page.check("input[value='none']")
    continue_(page)
    page.check("input[value='universal-credit']")
    continue_(page)
    assert "/check/income-universal-credit/" in page.url
    page.check("input[value='yes']")
    continue_(page)
    assert "/check/result/" in page.url


@pytest.mark.parametrize(("prefix", "direction"), [("", "ltr"), ("/ar", "rtl")])
def test_a_parent_on_a_phone_checks_with_the_keyboard(site, chromium, prefix, direction):
    context, page = new_page(chromium, 320)
    try:
        page.goto(f"{site.url}{prefix}/two-year-old-offer/")
        assert page.get_attribute("html", "dir") == direction
        with page.expect_navigation():
            page.click(".govuk-button--start")
        assert "/two-year-old-offer/check/" in page.url
        answer_to_result(page, prefix, check_each=True)
        assert page.locator(".govuk-panel--confirmation").is_visible()
        assert page.locator(".offer-providers li").count() > 0  # nearest funded places
        assert_accessible(page)
        scroll = page.evaluate("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        assert scroll[0] <= scroll[1]
        page.go_back(wait_until="load")
        assert "/check/income-universal-credit/" in page.url
        assert page.is_checked("input[value='yes']")
    finally:
        context.close()


def test_the_checker_works_without_javascript(site, chromium):
    context, page = new_page(chromium, 375, javascript=False)
    try:
        page.goto(f"{site.url}/two-year-old-offer/check/")
        page.click("main button[type=submit]")  # nothing typed
        assert "There is a problem" in page.content()
        answer_to_result(page, "")
        assert "likely to get free childcare" in page.content()
        page.click("a[href*='/check/support/']")
        assert page.is_checked("input[value='universal-credit']")
    finally:
        context.close()
