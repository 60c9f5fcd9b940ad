"""The outbox: tell the desk's mailbox that a referral has arrived, until the message goes.

A message names the reference and links to the inbox. It never carries personal data. It is
written in the same transaction as the referral and sent later by the notification worker
(`manage.py send_referral_notifications --loop`, and the same command every minute from the
schedule in familyinfo/schedule.py), never in the family's request and never while a
transaction is open: a mail server that is down or hangs cannot slow, fail or lose a referral.

A message that fails waits longer each time (1, 2, 4… minutes, at most an hour, as every
queued email does: familyinfo/mail_queue.py) and is tried
again for as long as it takes; once it has failed a few times or waited an hour it shows on the
desk managers' dashboard. Only the kind of failure (its class name) is kept.
"""

import datetime
import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Site

from familyinfo.mail_queue import delivery_connection, wait_after
from familyinfo.models import NotificationAddresses
from referrals.models import Notification

logger = logging.getLogger(__name__)
# How long a sender holds a message while sending it (mail has a 10 s timeout).
SENDING_LEASE = datetime.timedelta(minutes=5)
STUCK_AFTER_ATTEMPTS = 5
STUCK_AFTER = datetime.timedelta(hours=1)


def inbox_url(referral):
    site = Site.objects.filter(is_default_site=True).first()
    root = site.root_url if site else ""
    return root + reverse("referral_inbox:detail", args=[referral.reference])


def message(referral):
    # The desk works in English, whatever language the family used.
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("New self-referral %(reference)s") % {"reference": referral.reference}
        body = _(
            "A family has sent a self-referral to the early help desk.\n\n"
            "Reference: %(reference)s\n"
            "Open it in the inbox (sign in required): %(url)s\n\n"
            "This email holds no personal details on purpose. Read the referral in the inbox."
        ) % {"reference": referral.reference, "url": inbox_url(referral)}
    return subject, body


def desk_mailbox():
    site = Site.objects.filter(is_default_site=True).first()
    return NotificationAddresses.for_site(site).early_help_desk_email if site else ""


def claim():
    """Take the message that is most due, for this sender alone, in one short transaction: it
    is held for SENDING_LEASE (a sender that dies mid-send only delays it) and its attempt
    counted. Returns its id, or None when nothing is due. One at a time, so a message is
    always sent well inside its lease, however slowly the ones before it failed.

    PostgreSQL locks the rows it reads and other senders skip them; SQLite cannot lock rows, so
    each row is taken with an update that matches only while no other sender has taken it."""
    now = timezone.now()
    with transaction.atomic():
        due = (
            Notification.objects.select_for_update(skip_locked=True)
            .filter(sent_at__isnull=True, next_attempt_at__lte=now)
            .order_by("next_attempt_at", "pk")
            .values_list("pk", "next_attempt_at")[:5]
        )
        for pk, next_attempt_at in list(due):
            taken = Notification.objects.filter(pk=pk, sent_at__isnull=True, next_attempt_at=next_attempt_at).update(
                next_attempt_at=now + SENDING_LEASE, attempts=F("attempts") + 1
            )
            if taken:
                return pk
    return None


def send_pending(limit=100):
    """Send what is due. Returns (sent, failed). Safe to run from several places at once: a
    message is taken by one sender, and sent after that sender's transaction has closed."""
    mailbox = desk_mailbox()
    if not mailbox:
        # They wait (and show on the managers' dashboard after an hour) until a mailbox is set.
        if Notification.objects.filter(sent_at__isnull=True).exists():
            logger.warning("Self-referral notifications are waiting: set the early help desk mailbox in Settings.")
        return 0, 0
    sent = failed = 0
    for _attempt in range(limit):
        pk = claim()
        if pk is None:
            break
        notification = Notification.objects.select_related("referral").get(pk=pk)
        subject, body = message(notification.referral)
        try:
            # Sent from here at once, not queued again: this is the worker, and it keeps its own tries.
            send_mail(subject, body, None, [mailbox], connection=delivery_connection())
        except Exception as error:  # noqa: BLE001 (any mail failure: keep it for a later try)
            failed += 1
            kind = type(error).__name__[:200]
            Notification.objects.filter(pk=pk).update(
                last_error=kind, next_attempt_at=timezone.now() + wait_after(notification.attempts)
            )
            # The reference and the kind of failure only: never the referral's contents.
            logger.warning("Could not send the notification for %s: %s", notification.referral.reference, kind)
        else:
            sent += 1
            Notification.objects.filter(pk=pk).update(sent_at=timezone.now(), last_error="")
    return sent, failed


def stuck():
    """Messages the desk's mailbox has still not had after STUCK_AFTER_ATTEMPTS tries or
    STUCK_AFTER: shown to the desk managers, who know a referral may be waiting unseen."""
    return (
        Notification.objects.filter(sent_at__isnull=True)
        .filter(Q(attempts__gte=STUCK_AFTER_ATTEMPTS) | Q(created_at__lte=timezone.now() - STUCK_AFTER))
        .select_related("referral")
    )
