"""A professional refers a family in a real browser, with the keyboard alone, and every page
passes axe-core: the safeguarding stop, a referral without consent, and the referral sent."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PREFIX = "/refer/professional"


def enter_in(page, locator):
    """Press Enter in an answer, as a keyboard user does, and wait for the next page."""
    with page.expect_navigation():
        page.locator(locator).first.press("Enter")


def choose(page, name, value):
    """Choose a radio button or tick a box with the keyboard: focus it, then Space."""
    page.locator(f"[name={name}][value={value}]").focus()
    page.keyboard.press("Space")


def continue_(page):
    """Tab's way to the Continue button, then Enter."""
    page.locator("#referral-form button.govuk-button:not(.govuk-button--secondary)").last.focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")


def type_into(page, name, text):
    page.locator(f"[name={name}]").focus()
    page.keyboard.type(text)


def test_a_professional_refers_a_family_with_the_keyboard(site, browser_page):  # noqa: F811
    page = browser_page
    page.goto(f"{site.url}{PREFIX}/")
    expect(page.locator(".referral-safeguarding")).to_be_visible()
    assert_accessible(page)
    page.locator(".govuk-button--start").focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith(f"{PREFIX}/safeguarding/")
    assert_accessible(page)

    # A child at risk now: the form stops and says whom to call.
    choose(page, "at_risk", "yes")
    continue_(page)
    expect(page.locator("h1")).to_have_text("Call the multi-agency safeguarding hub now")
    expect(page.get_by_text("999").first).to_be_visible()
    assert_accessible(page)
    change = page.get_by_role("link", name="I chose yes by mistake: change my answer")
    change.focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    choose(page, "at_risk", "no")
    continue_(page)

    assert page.url.endswith(f"{PREFIX}/referrer/")
    choose(page, "referrer_type", "professional")
    type_into(page, "full_name", "Priya Sandhu")
    type_into(page, "job_role", "Health visitor")
    type_into(page, "organisation", "Bilston health visiting team")
    type_into(page, "work_email", "priya@example.org")
    assert_accessible(page)
    enter_in(page, "[name=work_email]")

    # No agreement yet: a clear message, and what was typed stays.
    assert page.url.endswith(f"{PREFIX}/consent/")
    choose(page, "consent", "no")
    type_into(page, "given_by", "Grace Mensah")
    type_into(page, "relationship", "Mother")
    type_into(page, "date_day", "3")
    type_into(page, "date_month", "2")
    type_into(page, "date_year", "2025")
    enter_in(page, "[name=given_by]")
    summary = page.locator(".govuk-error-summary")
    expect(summary).to_contain_text("You cannot send a referral without the family's agreement")
    assert page.locator("[name=given_by]").input_value() == "Grace Mensah"
    assert_accessible(page)
    choose(page, "consent", "yes")
    enter_in(page, "[name=given_by]")

    assert page.url.endswith(f"{PREFIX}/family/")
    type_into(page, "full_name", "Grace Mensah")
    type_into(page, "relationship", "Mother")
    type_into(page, "phone", "07700 900321")
    choose(page, "preferred", "call")
    choose(page, "safe", "call")
    type_into(page, "postcode", "WV14 0TP")
    assert_accessible(page)
    enter_in(page, "[name=postcode]")

    assert page.url.endswith(f"{PREFIX}/children/")
    type_into(page, "child-0-name", "Kofi")
    choose(page, "child-0-born", "yes")
    type_into(page, "child-0-date_day", "9")
    type_into(page, "child-0-date_month", "6")
    type_into(page, "child-0-date_year", "2020")
    choose(page, "child-0-send", "no")
    enter_in(page, "[name=child-0-name]")

    assert page.url.endswith(f"{PREFIX}/help/")
    type_into(page, "situation", "Sleep and feeding worries since the baby's father left")
    type_into(page, "tried", "Two extra home visits")
    assert_accessible(page)
    continue_(page)

    choose(page, "involved", "no")
    continue_(page)
    page.locator("[name=language]").select_option("pl")
    choose(page, "interpreter", "yes")
    continue_(page)

    assert page.url.endswith(f"{PREFIX}/check/")
    expect(page.get_by_text("Bilston health visiting team")).to_be_visible()
    assert_accessible(page)
    page.locator("#referral-form button[type=submit]").focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith(f"{PREFIX}/sent/")
    assert_accessible(page)
    assert re.fullmatch(r"[A-Z0-9]{4}-[A-Z0-9]{4}", page.locator(".referral-reference").inner_text().strip())
