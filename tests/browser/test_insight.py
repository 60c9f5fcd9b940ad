"""On a phone (320 pixels), the Insight area is narrowed to Bilston for this quarter with the
keyboard alone, to read the row of money worries, checked by axe before and after."""

from tests.browser.conftest import EDITOR_PASSWORD, assert_accessible

WIDE = """() => {
  const root = document.documentElement;
  return {scrollWidth: root.scrollWidth, clientWidth: root.clientWidth};
}"""


def tab_to(page, selector, limit=80):
    """Press Tab until the element matching `selector` has the focus, as a keyboard user does."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(selector) => document.activeElement.matches(selector)", selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


def test_the_insight_area_is_filtered_by_area_with_the_keyboard_at_320_pixels(site, chromium):
    # As the administrator made with the server (conftest.site), who may read the counts: a
    # user made in the test's own transaction would hold a lock the server's sign-in waits on.
    context = chromium.new_context(viewport={"width": 320, "height": 640}, bypass_csp=True)
    page = context.new_page()
    try:
        page.goto(f"{site.url}/admin/login/")
        page.fill("[name=username]", "editor")
        page.fill("[name=password]", EDITOR_PASSWORD)
        with page.expect_navigation():
            page.locator("button[type=submit]").click()
        page.goto(f"{site.url}/admin/insight/")
        assert page.locator("#id_period_0").is_checked()  # this quarter, until another is chosen
        assert_accessible(page)

        tab_to(page, "#id_locality")
        page.keyboard.type("Bil")
        tab_to(page, ".insight-filters button[type=submit]")
        with page.expect_navigation():
            page.keyboard.press("Enter")
        assert "locality=" in page.url and "period=this-quarter" in page.url
        assert "Bilston" in page.locator(".insight__period").inner_text()

        needs = page.locator("#referrals table", has_text="Needs ticked, and what happened next")
        money = needs.locator("tbody tr", has_text="Money worries")
        assert money.locator("td").all_inner_texts() == ["0"] * 7  # the test site has no referrals
        assert page.locator("#referrals .insight-chart svg").first.is_visible()
        assert "format=csv" in page.locator("a", has_text="Download these figures as CSV").get_attribute("href")
        # Wide tables scroll inside their own box: the page itself does not.
        sizes = page.evaluate(WIDE)
        assert sizes["scrollWidth"] <= sizes["clientWidth"], sizes
        assert_accessible(page)
    finally:
        context.close()
