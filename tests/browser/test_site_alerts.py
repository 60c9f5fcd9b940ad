"""A site alert on a phone, in Arabic: the banner reads right to left, fits 320 px without
scrolling sideways, needs no JavaScript, and passes axe, beside a hub's closure notice."""

import datetime

import pytest
from django.utils import timezone

from core.models import AlertStyle, SiteAlert
from tests.browser.conftest import assert_accessible
from tests.browser.test_small_screens import OVERFLOWING, new_page


@pytest.fixture(scope="module")
def urgent_alert(site):
    """Made outside any test's transaction (as the site's users are), so the server's threads
    can read it; taken away after, so no other page test sees it."""
    now = timezone.now()
    alert = SiteAlert.objects.create(
        heading="Hubs closed because of snow",
        heading_ar="المراكز مغلقة اليوم بسبب الثلج",
        message="Every hub is shut today. The early help desk is open by phone.",
        message_ar="كل المراكز مغلقة اليوم. مكتب المساعدة المبكرة يرد على الهاتف.",
        link_url="https://www.wolverhampton.gov.uk/",
        link_text="Council news",
        link_text_ar="أخبار المجلس",
        style=AlertStyle.URGENT,
        starts_at=now - datetime.timedelta(hours=1),
        ends_at=now + datetime.timedelta(hours=1),
    )
    yield alert
    alert.delete()


def test_urgent_alert_at_320_pixels_in_arabic(site, chromium, urgent_alert):
    for javascript in (False, True):
        context, page = new_page(chromium, 320, javascript=javascript)
        try:
            assert page.goto(f"{site.url}/ar/hubs/bradley-rocket-pool/").status == 200
            alert = page.locator(".site-alert--urgent")
            assert alert.is_visible()
            assert "المراكز مغلقة اليوم بسبب الثلج" in alert.inner_text()
            assert alert.evaluate("el => getComputedStyle(el).direction") == "rtl"
            result = page.evaluate(OVERFLOWING)
            assert result["scrollWidth"] <= result["clientWidth"], result
            if javascript:
                assert_accessible(page)
        finally:
            context.close()
