"""An insight officer on a phone (320 pixels) answers "how many families in Bilston asked for help
with money this quarter, and what happened next?" with the keyboard alone, checked by axe."""

import datetime
import uuid

from django.utils import timezone

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


def bilston_money_referrals():
    from core.insight_period import quarter_start
    from hubs.models import Locality
    from referrals.models import Referral, Status

    bilston = Locality.objects.get(name="Bilston")
    start = quarter_start(timezone.localdate().replace(day=1))
    received = timezone.make_aware(datetime.datetime.combine(start, datetime.time(10)))
    Referral.objects.bulk_create(
        Referral(
            submission_key=uuid.uuid4(),
            reference=f"TEST-{number:04d}",
            form_language="en",
            received_at=received,
            locality=bilston,
            need_codes=["money"],
            status=Status.SIGNPOSTED if number < 6 else Status.ALLOCATED,
        )
        for number in range(12)
    )


def test_an_insight_officer_filters_by_area_with_the_keyboard_at_320_pixels(site, chromium):
    from django.contrib.auth.models import Group, User

    bilston_money_referrals()
    officer = User.objects.create_user("insight-officer", "insight@example.org", EDITOR_PASSWORD)
    officer.groups.add(Group.objects.get(name="Insight officers"))
    context = chromium.new_context(viewport={"width": 320, "height": 640}, bypass_csp=True)
    page = context.new_page()
    try:
        page.goto(f"{site.url}/admin/login/")
        page.fill("[name=username]", "insight-officer")
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
        assert money.locator("td").all_inner_texts() == ["0", "0", "6", "6", "0", "0", "12"]
        assert page.locator("#referrals .insight-chart svg").first.is_visible()
        assert "format=csv" in page.locator("a", has_text="Download these figures as CSV").get_attribute("href")
        # Wide tables scroll inside their own box: the page itself does not.
        sizes = page.evaluate(WIDE)
        assert sizes["scrollWidth"] <= sizes["clientWidth"], sizes
        assert_accessible(page)
    finally:
        context.close()
