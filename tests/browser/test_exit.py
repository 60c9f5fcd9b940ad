"""Exit this page on a shared device, in a real browser: with JavaScript (the button, or Shift
three times) and without. Afterwards Back, and reopening the form, show none of the answers."""

from tests.browser.conftest import assert_accessible
from tests.browser.test_referrals import continue_, press

NAME = "Zofia Kowalska"
PHONE = "07700 900456"


def stub_other_sites(context):
    # The neutral page is on another site: answered locally, nothing leaves this machine.
    context.route(
        lambda url: not url.startswith(("http://localhost", "http://127.0.0.1")),
        lambda route: route.fulfill(status=200, content_type="text/html", body="<title>Elsewhere</title>"),
    )


def half_tell(page, base):
    """Answer the first page, type a phone number on the second without sending it, and
    put a service on the shortlist."""
    page.goto(f"{base}/services/")
    press(page, "li.service-card form[action$='/shortlist/add/'] button")
    page.goto(f"{base}/refer/")
    press(page, ".govuk-button--start")
    page.fill("[name=full_name]", NAME)
    page.check("[name=relationship][value=parent]")
    continue_(page)
    assert "/refer/contact/" in page.url
    page.fill("[name=phone]", PHONE)


def assert_nothing_remembered(page, base, javascript=True):
    # Back: the page the family left, asked for again, shows nothing they typed.
    page.go_back()
    page.wait_for_load_state()
    assert "/refer/contact/" in page.url, page.url
    assert page.locator("[name=phone]").input_value() == ""
    # Its back link sends the page's hidden token: it must not bring the first answers back.
    press(page, ".referral-back-link")
    assert "/refer/about-you/" in page.url
    assert page.locator("[name=full_name]").input_value() == ""
    # Reopening the form: nothing to carry on with.
    page.goto(f"{base}/refer/")
    assert "Start now" in page.locator(".govuk-button--start").inner_text()
    if javascript:  # axe-core needs it
        assert_accessible(page)
    page.goto(f"{base}/services/shortlist/")
    assert page.locator("main ol li").count() == 0


def test_exit_with_javascript_forgets_a_half_told_referral(site, chromium):
    # The button and Shift pressed three times run the same exit (GOV.UK Frontend's component
    # follows the button's address, /exit/); test_journeys.py checks that Shift goes there too.
    # Playwright cannot stub where a script-started navigation is redirected, so the button is
    # used here to reach the (stubbed) neutral page and come back.
    context = chromium.new_context(viewport={"width": 1024, "height": 800}, bypass_csp=True)
    stub_other_sites(context)
    page = context.new_page()
    try:
        half_tell(page, site.url)
        page.wait_for_function("document.body.classList.contains('govuk-frontend-supported')")
        assert {cookie["name"] for cookie in context.cookies()} >= {"sessionid", "familyinfo_shortlist"}
        page.locator(".govuk-exit-this-page__button").click()
        page.wait_for_url("https://www.bbc.co.uk/weather**")
        assert context.cookies() == []
        assert_nothing_remembered(page, site.url)
    finally:
        context.close()


def test_exit_without_javascript_forgets_a_half_told_referral(site, chromium):
    context = chromium.new_context(viewport={"width": 320, "height": 640}, java_script_enabled=False)
    stub_other_sites(context)
    page = context.new_page()
    try:
        half_tell(page, site.url)
        page.locator(".govuk-exit-this-page__button").click()
        page.wait_for_url("https://www.bbc.co.uk/weather**")
        assert context.cookies() == []
        assert_nothing_remembered(page, site.url, javascript=False)
    finally:
        context.close()


def test_add_to_shortlist_keeps_the_family_at_the_same_result(site, chromium):
    context = chromium.new_context(viewport={"width": 320, "height": 640}, java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(f"{site.url}/services/")
        card = page.locator("li.service-card").nth(5)
        card_id = card.get_attribute("id")
        press(page, f"#{card_id} form button")
        assert page.url.endswith(f"/services/#{card_id}")
        # The result is in view, its button now says "Remove".
        assert page.evaluate(f"document.getElementById('{card_id}').getBoundingClientRect().top") < 640
        assert page.evaluate("window.scrollY") > 0
        assert "Remove from shortlist" in page.locator(f"#{card_id}").inner_text()
    finally:
        context.close()
