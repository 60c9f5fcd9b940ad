"""Site alerts: shown on every public page between their two times, in the reader's language,
and never kept in a cached page past their end (or missing from one after their start)."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from core import alerts
from core.models import AlertStyle, SiteAlert

pytestmark = pytest.mark.django_db
HOUR = datetime.timedelta(hours=1)


@pytest.fixture
def clock(monkeypatch):
    """Moves the time every alert check reads."""
    moments = [timezone.now()]
    monkeypatch.setattr(alerts.timezone, "now", lambda: moments[-1])
    return moments


def banner(client, path="/"):
    response = client.get(path)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").select_one(".site-alerts"), response


def snow(starts, ends, **fields):
    return SiteAlert.objects.create(
        heading="Hubs closed because of snow",
        heading_ar="المراكز مغلقة بسبب الثلج",
        message="Every hub is shut today. The early help desk is open by phone.",
        starts_at=starts,
        ends_at=ends,
        **fields,
    )


def test_shown_only_between_its_times(client, empty_site, clock, settings):
    settings.PAGE_CACHE_SECONDS = 0
    now = clock[0]
    snow(now + HOUR, now + 3 * HOUR)
    assert banner(client)[0] is None  # before
    clock.append(now + 2 * HOUR)
    shown, _ = banner(client)
    assert "Hubs closed because of snow" in shown.get_text()  # during
    clock.append(now + 4 * HOUR)
    assert banner(client)[0] is None  # after


def test_cached_pages_follow_the_alert_times(client, demo_site, clock, settings):
    settings.PAGE_CACHE_SECONDS = 600
    now = clock[0]
    snow(now + HOUR, now + 3 * HOUR)
    assert banner(client)[0] is None
    assert banner(client)[1]["X-Page-Cache"] == "hit"  # kept, before the alert
    clock.append(now + 2 * HOUR)
    shown, response = banner(client)
    assert shown is not None and response["X-Page-Cache"] == "miss"
    assert banner(client)[1]["X-Page-Cache"] == "hit"  # kept, with the alert
    clock.append(now + 3 * HOUR)  # its end
    gone, _ = banner(client)
    assert gone is None  # the copy kept before it started is right again


def test_urgent_style_and_the_readers_language(client, empty_site, clock, settings):
    settings.PAGE_CACHE_SECONDS = 0
    now = clock[0]
    snow(now - HOUR, now + HOUR, style=AlertStyle.URGENT)
    shown, _ = banner(client, "/ar/")
    alert = shown.select_one(".govuk-notification-banner")
    assert "site-alert--urgent" in alert["class"]
    assert alert["role"] == "region" and alert["aria-labelledby"]
    assert "المراكز مغلقة بسبب الثلج" in alert.get_text()
    assert "عاجل" in alert.select_one(".govuk-notification-banner__title").get_text()
    # The message is not translated yet: shown in English, marked as English.
    message = alert.select("p.govuk-body")[0]
    assert message.get("lang") == "en" and message.get("dir") == "ltr"


def test_an_alert_must_end_after_it_starts():
    now = timezone.now()
    alert = SiteAlert(heading="x", message="y", starts_at=now, ends_at=now - HOUR)
    with pytest.raises(Exception, match="after the start"):
        alert.full_clean()
