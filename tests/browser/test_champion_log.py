"""A parent champion logs signposting on a phone (320 px wide) with the keyboard alone, checked
by axe at each step: the form, its error summary, and the entry logged."""

from tests.browser.conftest import EDITOR_PASSWORD, assert_accessible
from tests.browser.test_listing_feedback import tab_to


def choose(page, selector, typed):
    """Pick an option as a keyboard user does: focus the list and type the start of its name."""
    tab_to(page, selector)
    page.keyboard.type(typed)
    return page.eval_on_selector(selector, "(select) => select.options[select.selectedIndex].text")


def test_a_champion_logs_signposting_with_the_keyboard_on_a_phone(site, browser_page):
    from directory.models import SignpostingEntry

    # No database writes in the test's own thread (they would lock tables the server writes):
    # the champion's account is made with the server (conftest.site).
    page = browser_page
    page.set_viewport_size({"width": 320, "height": 800})
    # Wagtail's messages fade in: axe would measure the colours half-way. Phones offer the same
    # setting to people who ask for less motion.
    page.emulate_media(reduced_motion="reduce")
    page.goto(f"{site.url}/admin/login/?next=/admin/signposting/")
    tab_to(page, "[name=username]")
    page.keyboard.type("champion")
    tab_to(page, "[name=password]")
    page.keyboard.type(EDITOR_PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(f"{site.url}/admin/signposting/")
    assert_accessible(page)
    assert page.evaluate("document.documentElement.scrollWidth") <= 320

    # Sent without choosing: every question left out is named in the summary, with a link to it.
    tab_to(page, "form.signposting-log__form button[type=submit]")
    page.keyboard.press("Enter")
    page.wait_for_selector(".help-critical")
    assert_accessible(page)
    assert page.locator(".help-critical a").first.get_attribute("href") == "#id_locality"

    assert choose(page, "#id_locality", "Whit").startswith("Whitmore Reans")
    assert choose(page, "#id_need", "Free") == "Free childcare and early education"
    assert choose(page, "#id_language", "Pol") == "Polish (Polski)"
    tab_to(page, "#id_families")
    page.keyboard.press("Control+A")
    page.keyboard.type("2")
    assert choose(page, "#id_where", "Free c") == "Free childcare for 2 year olds"
    tab_to(page, "form.signposting-log__form button[type=submit]")
    page.keyboard.press("Enter")
    page.wait_for_selector(".signposting-entries__entry")
    assert "Logged: 2 families signposted to Free childcare for 2 year olds." in page.content()
    # Wagtail fades its message in: on a busy machine axe measured it half-faded.
    page.evaluate("() => Promise.all(document.getAnimations().map((animation) => animation.finished))")
    assert_accessible(page)
    logged = SignpostingEntry.objects.get(logged_by__username="champion")
    assert (logged.locality.number, logged.need.slug, logged.language.code, logged.families) == (
        5,
        "early-education",
        "pl",
        2,
    )
