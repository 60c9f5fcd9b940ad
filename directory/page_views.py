"""Service page views, counted for the Insight area's most-viewed services: one UPDATE of a
monthly counter per read (the first read of a month in a language adds the row). Which reads
count, and which never do (robots, previews, HEAD requests), is core/page_views.py's part."""

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from directory.models import ServiceView
from directory.models.services import SERVICE_VIEWS


def count_service_view(sender, kind, object_id, language, **kwargs):
    if kind != SERVICE_VIEWS:
        return
    group = {"service_id": object_id, "month": timezone.localdate().replace(day=1), "language": language}
    if ServiceView.objects.filter(**group).update(count=F("count") + 1):
        return
    try:
        with transaction.atomic():
            ServiceView.objects.create(**group, count=1)
    except IntegrityError:
        # Another reader's request added the month's row first.
        ServiceView.objects.filter(**group).update(count=F("count") + 1)
