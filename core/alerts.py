"""Which site alerts are showing now, read from the content cache.

Every alert that has not ended is kept in the content cache (until content changes), and the
ones in force are picked out at each request, so an alert appears and goes at its times
without anything being saved. The page cache's keys carry the alerts in force
(`in_force_key`), so a page kept before an alert started, or while it showed, is not served
once the alerts in force are different.
"""

from django.utils import timezone

from core.page_cache import cached_content


def scheduled_alerts(request=None):
    """Every alert that has not yet ended, soonest first."""
    from core.models import SiteAlert

    return cached_content(
        "site-alerts", lambda: list(SiteAlert.objects.filter(ends_at__gt=timezone.now())), request=request
    )


def alerts_in_force(request=None, moment=None):
    """The alerts to show now, urgent ones first."""
    moment = moment or timezone.now()
    showing = [alert for alert in scheduled_alerts(request) if alert.in_force(moment)]
    return sorted(showing, key=lambda alert: (not alert.is_urgent, alert.starts_at))


def in_force_key(request=None):
    """A short name for the set of alerts in force, for the page cache's keys."""
    return "-".join(str(alert.pk) for alert in alerts_in_force(request)) or "none"
