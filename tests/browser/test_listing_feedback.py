"""Reporting a wrong listing with the keyboard alone, in Arabic (right to left), checked by axe
at each step: the link on the service page, the form with its error summary, the thank-you page."""

from tests.browser.conftest import assert_accessible


def tab_to(page, selector, limit=40):
    """Press Tab until the element matching `selector` has the focus, as a keyboard user does."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(selector) => document.activeElement.matches(selector)", selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


def test_a_parent_reports_a_wrong_listing_with_the_keyboard(site, browser_page):
    from django.utils import translation

    from directory.models import ServicePage
    from feedback.models import ListingReport

    page = browser_page
    service = ServicePage.objects.get(slug="family-mediation")
    with translation.override("ar"):
        address = ServicePage.objects.get(pk=service.pk).url
    page.goto(f"{site.url}{address}")
    assert page.locator("html").get_attribute("dir") == "rtl"
    link = page.locator(".listing-feedback-link a")
    assert_accessible(page)
    link.focus()
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/ar/report-a-problem/{service.pk}/")
    assert_accessible(page)

    # Sending nothing: the error summary takes the focus and links to the question.
    tab_to(page, "main button[type=submit]")
    page.keyboard.press("Enter")
    page.wait_for_selector(".govuk-error-summary")
    assert_accessible(page)
    summary_link = page.locator(".govuk-error-summary a").first
    assert summary_link.get_attribute("href") == "#id_problem_0"

    page.locator(".govuk-error-summary a").first.focus()
    page.keyboard.press("Enter")
    tab_to(page, "#id_problem_0, #id_problem_1, #id_problem_2, #id_problem_3")
    page.keyboard.press("Space")
    tab_to(page, "#id_details")
    page.keyboard.type("يوم الجلسة تغيّر إلى الثلاثاء")
    tab_to(page, "main button[type=submit]")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/ar/report-a-problem/{service.pk}/thanks/")
    assert page.locator(".govuk-panel--confirmation").is_visible()
    assert_accessible(page)
    assert ListingReport.objects.filter(page=service, details="يوم الجلسة تغيّر إلى الثلاثاء").exists()

    tab_to(page, "main a.govuk-link")
    page.keyboard.press("Enter")
    page.wait_for_selector(".listing-feedback-link")
    assert "/ar/" in page.url
