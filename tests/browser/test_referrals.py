"""A family asks for help in a real browser, in English and in Urdu; the desk reads it."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import EDITOR_PASSWORD, assert_accessible


def press(page, locator):
    """Click a button that sends the form, and wait for the next page."""
    with page.expect_navigation():
        page.locator(locator).last.click()


def continue_(page):
    press(page, "#referral-form button.govuk-button:not(.govuk-button--secondary)")


def fill_referral(page, base, prefix, name):
    page.goto(f"{base}{prefix}/refer/")
    assert_accessible(page)
    press(page, ".govuk-button--start")

    page.fill("[name=full_name]", name)
    page.check("[name=relationship][value=parent]")
    assert_accessible(page)
    continue_(page)

    # A mistake first: no way to contact. The error is clear and the name survives going back.
    page.check("[name=preferred][value=text]")
    continue_(page)
    expect(page.locator(".govuk-error-summary")).to_be_visible()
    assert_accessible(page)
    page.fill("[name=phone]", "07700 900456")
    page.check("[name=safe][value=text]")
    continue_(page)

    page.fill("[name=postcode]", "WV14 0TP")
    continue_(page)

    page.fill("[name=child-0-name]", "علی")
    page.check("[name=child-0-born][value=yes]")
    page.fill("[name=child-0-date_day]", "5")
    page.fill("[name=child-0-date_month]", "11")
    page.fill("[name=child-0-date_year]", "2022")
    page.check("[name=child-0-send][value=no]")
    press(page, "button[value=add-child]")
    assert page.locator("[name=child-0-name]").input_value() == "علی"
    page.fill("[name=child-1-name]", "Sara")
    page.check("[name=child-1-born][value=yes]")
    page.fill("[name=child-1-date_day]", "2")
    page.fill("[name=child-1-date_month]", "2")
    page.fill("[name=child-1-date_year]", "2019")
    page.check("[name=child-1-send][value=not-sure]")
    assert_accessible(page)
    continue_(page)

    page.check("[name=needs][value=behaviour]")
    page.fill("[name=situation]", "Bedtime is very hard. سونے کا وقت مشکل ہے")
    continue_(page)
    # The back link keeps what was typed on the page it leaves.
    page.check("[name=involved][value=no]")
    press(page, ".referral-back-link")
    assert page.locator("[name=situation]").input_value() == "Bedtime is very hard. سونے کا وقت مشکل ہے"
    continue_(page)
    continue_(page)

    page.select_option("[name=language]", "ur")
    page.check("[name=interpreter][value=yes]")
    continue_(page)
    page.check("[name=consent][value=yes]")
    assert_accessible(page)
    continue_(page)

    assert "/refer/check/" in page.url
    expect(page.get_by_text(name)).to_be_visible()
    assert_accessible(page)
    press(page, "#referral-form button[type=submit]")
    assert "/refer/sent/" in page.url
    assert_accessible(page)
    return page.locator(".referral-reference").inner_text().strip()


@pytest.mark.parametrize(("prefix", "name"), [("", "Ruth Okafor"), ("/ur", "فاطمہ بی بی")])
def test_a_family_refers_itself_and_the_desk_reads_it(site, browser_page, prefix, name):
    reference = fill_referral(browser_page, site.url, prefix, name)
    assert re.fullmatch(r"[A-Z0-9]{4}-[A-Z0-9]{4}", reference)

    browser_page.goto(f"{site.url}/admin/login/")
    browser_page.fill("[name=username]", "desk")
    browser_page.fill("[name=password]", EDITOR_PASSWORD)
    browser_page.locator("button[type=submit]").click()
    browser_page.goto(f"{site.url}/admin/self-referrals/?q={reference}")
    browser_page.get_by_role("link", name=reference).click()
    expect(browser_page.locator("h1")).to_contain_text(reference)
    expect(browser_page.get_by_text(name).first).to_be_visible()
    expect(browser_page.get_by_text("07700 900 456")).to_be_visible()  # stored +447700900456
    expect(browser_page.get_by_text("سونے کا وقت مشکل ہے", exact=False)).to_be_visible()


def test_urdu_form_reads_right_to_left_with_the_back_link_on_the_right(site, browser_page, tmp_path):
    browser_page.goto(f"{site.url}/ur/refer/about-you/")
    assert browser_page.locator("html").get_attribute("dir") == "rtl"
    back = browser_page.locator(".referral-back-link").bounding_box()
    assert back["x"] > browser_page.viewport_size["width"] / 2
    browser_page.screenshot(path=str(tmp_path / "refer-ur.png"), full_page=True)


def test_form_is_usable_at_320_pixels(site, chromium):
    context = chromium.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    page.goto(f"{site.url}/refer/children/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    context.close()


def enter_in(page, locator):
    """Press Enter in an answer, as a keyboard or a phone's Go key does, and wait for the next page."""
    with page.expect_navigation():
        page.locator(locator).first.press("Enter")


@pytest.mark.parametrize("prefix", ["", "/ur"])
def test_enter_in_an_answer_moves_forward_on_every_page(site, browser_page, prefix):
    page = browser_page
    page.goto(f"{site.url}{prefix}/refer/about-you/")
    page.check("[name=relationship][value=parent]")
    page.fill("[name=full_name]", "Ruth Okafor")
    enter_in(page, "[name=full_name]")
    assert page.url.endswith("/refer/contact/"), page.url

    page.check("[name=preferred][value=text]")
    page.check("[name=safe][value=text]")
    page.fill("[name=phone]", "07700 900456")
    enter_in(page, "[name=phone]")
    assert page.url.endswith("/refer/address/"), page.url

    page.fill("[name=postcode]", "WV14 0TP")
    enter_in(page, "[name=postcode]")
    assert page.url.endswith("/refer/children/"), page.url

    page.fill("[name=child-0-name]", "Sara")
    page.check("[name=child-0-born][value=yes]")
    page.fill("[name=child-0-date_day]", "2")
    page.fill("[name=child-0-date_month]", "2")
    page.check("[name=child-0-send][value=no]")
    page.fill("[name=child-0-date_year]", "2019")
    enter_in(page, "[name=child-0-date_year]")
    assert page.url.endswith("/refer/help/"), page.url

    # Pages whose only typed answers are long ones (where Enter starts a new line): Enter on
    # a tick box or an option sends the page.
    page.fill("[name=situation]", "Bedtime is very hard.")
    enter_in(page, "[name=needs]")
    assert page.url.endswith("/refer/professionals/"), page.url

    page.check("[name=involved][value=no]")
    enter_in(page, "[name=involved][value=no]")
    assert page.url.endswith("/refer/language/"), page.url

    page.select_option("[name=language]", "ur")
    page.check("[name=interpreter][value=no]")
    enter_in(page, "[name=interpreter][value=no]")
    assert page.url.endswith("/refer/consent/"), page.url

    page.check("[name=consent][value=yes]")
    enter_in(page, "[name=consent][value=yes]")
    assert page.url.endswith("/refer/check/"), page.url


def boxes_overlap(first, second):
    return not (
        first["x"] + first["width"] <= second["x"]
        or second["x"] + second["width"] <= first["x"]
        or first["y"] + first["height"] <= second["y"]
        or second["y"] + second["height"] <= first["y"]
    )


@pytest.mark.parametrize("width", [320, 375])
@pytest.mark.parametrize("prefix", ["", "/ur"])
def test_the_exit_button_never_covers_the_back_link(site, chromium, prefix, width, tmp_path):
    context = chromium.new_context(viewport={"width": width, "height": 640})
    page = context.new_page()
    page.goto(f"{site.url}{prefix}/refer/contact/")
    exit_button = page.locator(".govuk-exit-this-page")
    back = page.locator(".referral-back-link")
    assert not boxes_overlap(exit_button.bounding_box(), back.bounding_box())
    # Scrolled so that the link sits just under the pinned button, then back to it with the
    # keyboard: the page moves so that the link is in view below the button, not under it.
    page.locator("[name=phone]").focus()
    page.evaluate(
        "window.scrollTo(0, document.querySelector('.referral-back-link').getBoundingClientRect().top"
        " + window.scrollY - 10)"
    )
    assert boxes_overlap(exit_button.bounding_box(), back.bounding_box()), "the test must start with it covered"
    page.keyboard.press("Shift+Tab")  # the back link comes just before the first answer
    assert page.evaluate("document.activeElement.classList.contains('referral-back-link')")
    page.screenshot(path=str(tmp_path / f"back-link-{prefix.strip('/') or 'en'}-{width}.png"))
    assert not boxes_overlap(exit_button.bounding_box(), back.bounding_box())
    context.close()
