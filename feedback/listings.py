"""The pages families may report, and marking a service reviewed when its report is done."""

import datetime

from django.utils import timezone

from core.revisions import latest_version
from directory.models import ServicePage
from hubs.models import HubPage, OutreachBasePage

REPORTABLE = (ServicePage, HubPage, OutreachBasePage)
REVIEW_INTERVAL = datetime.timedelta(days=365)  # as ServicePage.save fills in review_due


def reportable_listing(page_id):
    """The live, public service, hub or outreach base page with this id, or None."""
    from wagtail.models import Page

    page = Page.objects.live().filter(pk=page_id).first()
    if page is None or page.get_view_restrictions().exists():
        return None
    page = page.specific
    return page if isinstance(page, REPORTABLE) else None


def can_mark_reviewed(page):
    """Only services carry review dates (the "Service reviews" report)."""
    return isinstance(page.specific, ServicePage)


def mark_reviewed(page, user):
    """Set the service's last reviewed date to today and its next review a year on.

    The change goes through the same rules as any other edit: it is published at once only when
    the user may publish and no other draft is waiting (publishing would put that draft live
    too); otherwise it is saved as a draft for Publisher review. Returns True if published."""
    service = page.specific
    permissions = service.permissions_for_user(user)
    waiting = service.has_unpublished_changes
    draft = latest_version(service)
    today = timezone.localdate()
    draft.last_reviewed = today
    draft.review_due = today + REVIEW_INTERVAL
    revision = draft.save_revision(user=user, log_action=True)
    if permissions.can_publish() and not waiting:
        revision.publish(user=user)
        return True
    return False
