"""Every email the site sends waits in a queue and is sent by the notification worker, never in a
request.

Wagtail emails editors when a page is submitted for review, approved or rejected, and anyone may
ask for a password reset; Django sends both inside the request. With a mail server that accepts
connections and never answers, that request would hang for EMAIL_TIMEOUT and then fail. So
EMAIL_BACKEND is `QueuedEmailBackend`: sending a message stores it (`core.QueuedEmail`), in
the request's own transaction when there is one, so a change that is rolled back emails nobody.
The notification worker (`send_referral_notifications --loop`) and the `send_queued_email` job
send them with QUEUED_EMAIL_DELIVERY_BACKEND (SMTP in production), outside any transaction,
retrying failures with the same growing waits as the desk's notifications, for as long as it
takes. A message is deleted as soon as it is sent; only its attempts, next attempt and the kind
of its last failure are kept meanwhile, and no body, subject or address is ever logged.

Code that already runs in the worker or a scheduled job (the desk's notifications, the reminders)
sends at once through `delivery_connection()`, so that it can tell a failure itself.

Why not django-mailer or django-post-office: both keep what they sent (or its log, with the
server's error text) until a clean-up job runs, retry on a fixed interval or give up, and would
track failures apart from the desk's outbox; this queue is one small table that behaves exactly
as the outbox does, and is shown on the same dashboards.
"""

import copy
import datetime
import logging
import pickle

from django.conf import settings
from django.core.mail import get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.module_loading import import_string

from core.models import QueuedEmail

logger = logging.getLogger(__name__)

# Waits between tries double from the first to the longest, then stay there: never given up.
FIRST_WAIT = datetime.timedelta(minutes=1)
LONGEST_WAIT = datetime.timedelta(hours=1)
# How long a sender holds a message while sending it (mail has a 10 s timeout).
SENDING_LEASE = datetime.timedelta(minutes=5)
STUCK_AFTER_ATTEMPTS = 5
STUCK_AFTER = datetime.timedelta(hours=1)


def wait_after(attempts):
    """How long a message waits after its `attempts`-th failure: 1, 2, 4… minutes, at most an
    hour. The desk's notifications (referrals/notifications.py) wait the same."""
    return min(FIRST_WAIT * 2 ** min(max(attempts - 1, 0), 16), LONGEST_WAIT)


class QueuedEmailBackend(BaseEmailBackend):
    """The site's EMAIL_BACKEND: stores each message for the worker and returns at once."""

    def send_messages(self, email_messages):
        rows = [QueuedEmail(message=serialise(message)) for message in email_messages if message.recipients()]
        if not rows:
            return 0
        try:
            QueuedEmail.objects.bulk_create(rows)
        except Exception:
            if not self.fail_silently:
                raise
            return 0
        return len(rows)


def serialise(message):
    message = copy.copy(message)
    # The connection that queued it is no use to the worker (and an SMTP one cannot be pickled).
    message.connection = None
    return pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)


def queue_in_use():
    return issubclass(import_string(settings.EMAIL_BACKEND), QueuedEmailBackend)


def delivery_connection(**kwargs):
    """A connection that really sends, for the worker and scheduled jobs only (never a request):
    QUEUED_EMAIL_DELIVERY_BACKEND when the site queues its email, otherwise EMAIL_BACKEND itself
    (the tests' in-memory outbox)."""
    backend = settings.QUEUED_EMAIL_DELIVERY_BACKEND if queue_in_use() else settings.EMAIL_BACKEND
    if issubclass(import_string(backend), QueuedEmailBackend):
        raise ValueError("QUEUED_EMAIL_DELIVERY_BACKEND must send email, not queue it again.")
    return get_connection(backend, **kwargs)


def claim_due(waiting):
    """Take the item of `waiting` (a queryset of a RetriedDelivery) that is most due, for this
    sender alone, in one short transaction: it is held for SENDING_LEASE (a sender that dies
    mid-send only delays it) and its attempt counted. Returns its id, or None when nothing is
    due. One at a time, so an item is always sent well inside its lease, however slowly the
    ones before it failed.

    PostgreSQL locks the rows it reads and other senders skip them; SQLite cannot lock rows, so
    each row is taken with an update that matches only while no other sender has taken it."""
    now = timezone.now()
    with transaction.atomic():
        due = (
            waiting.select_for_update(skip_locked=True)
            .filter(next_attempt_at__lte=now)
            .order_by("next_attempt_at", "pk")
            .values_list("pk", "next_attempt_at")[:5]
        )
        for pk, next_attempt_at in list(due):
            taken = waiting.filter(pk=pk, next_attempt_at=next_attempt_at).update(
                next_attempt_at=now + SENDING_LEASE, attempts=F("attempts") + 1
            )
            if taken:
                return pk
    return None


def claim():
    """Take the queued email that is most due, for this sender alone."""
    return claim_due(QueuedEmail.objects.all())


def stuck_in(waiting):
    """Items of `waiting` still not sent after STUCK_AFTER_ATTEMPTS tries or STUCK_AFTER."""
    return waiting.filter(Q(attempts__gte=STUCK_AFTER_ATTEMPTS) | Q(created_at__lte=timezone.now() - STUCK_AFTER))


def send_queued(limit=100):
    """Send what is due, one message at a time, outside any transaction. Returns (sent, failed).
    Safe to run from several places at once."""
    sent = failed = 0
    for _attempt in range(limit):
        pk = claim()
        if pk is None:
            break
        queued = QueuedEmail.objects.filter(pk=pk).first()
        if queued is None:
            continue
        try:
            message = pickle.loads(bytes(queued.message))  # written only by this site's own backend
            message.connection = None
            delivery_connection(fail_silently=False).send_messages([message])
        except Exception as error:  # noqa: BLE001 (any failure: keep it for a later try)
            failed += 1
            kind = type(error).__name__[:200]
            QueuedEmail.objects.filter(pk=pk).update(
                last_error=kind, next_attempt_at=timezone.now() + wait_after(queued.attempts)
            )
            # The kind of failure only: the message may hold a password reset link.
            logger.warning("Could not send queued email %s (attempt %s): %s", pk, queued.attempts, kind)
        else:
            sent += 1
            QueuedEmail.objects.filter(pk=pk).delete()
    return sent, failed


def stuck():
    """Emails still not sent after STUCK_AFTER_ATTEMPTS tries or STUCK_AFTER, oldest first."""
    return stuck_in(QueuedEmail.objects.order_by("created_at", "pk"))
