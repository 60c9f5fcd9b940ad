"""An edit goes from draft to published through the review-and-publish workflow, in a browser."""

from playwright.sync_api import expect

from tests.browser.conftest import EDITOR_PASSWORD, assert_accessible

NEW_SUMMARY = "Help for separated parents to agree arrangements for their children, without going to court."


def sign_in(page, site_url, username):
    page.context.clear_cookies()
    page.goto(f"{site_url}/admin/login/")
    page.fill("[name=username]", username)
    page.fill("[name=password]", EDITOR_PASSWORD)
    with page.expect_navigation():
        page.locator("button[type=submit]").click()


def test_an_editors_change_is_published_after_a_publisher_approves_it(site, browser_page):
    # No database reads in the test's own thread: they would hold a lock on the pages table
    # that the server's save would wait on. The editor finds the page as a person would.
    page = browser_page
    service_url = f"{site.url}/services/family-mediation/"
    # fis-editor and fis-publisher are made with the server (conftest.site).

    sign_in(page, site.url, "fis-editor")
    page.goto(f"{site.url}/admin/pages/search/?q=Family+mediation")
    with page.expect_navigation():
        page.get_by_role("link", name="Family mediation", exact=True).first.click()
    edit_url = page.url
    page.locator("#id_summary_en").fill(NEW_SUMMARY)
    # An editor cannot publish: the only way on is to submit the change for review.
    expect(page.locator("button[name=action-publish]")).to_have_count(0)
    page.get_by_role("button", name="More actions").click()
    with page.expect_navigation():
        page.get_by_role("button", name="Submit to Publisher review").click()
    expect(page.get_by_text("has been submitted for moderation", exact=False).first).to_be_visible()

    page.context.clear_cookies()
    page.goto(service_url)
    expect(page.get_by_text(NEW_SUMMARY)).to_have_count(0)  # families still see the published text

    sign_in(page, site.url, "fis-publisher")
    expect(page.locator("#panel-awaiting-approval")).to_contain_text("Pages awaiting your approval: 1")
    page.goto(edit_url)
    expect(page.locator("#id_summary_en")).to_have_value(NEW_SUMMARY)
    page.get_by_role("button", name="More actions").click()
    with page.expect_navigation():
        page.get_by_role("button", name="Approve and Publish", exact=True).click()

    page.context.clear_cookies()
    page.goto(service_url)
    expect(page.get_by_text(NEW_SUMMARY)).to_be_visible()
    assert_accessible(page)
