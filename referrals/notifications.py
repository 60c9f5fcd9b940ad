"""The outbox: tell the desk's mailbox that a referral has arrived, until the message goes.

A message names the reference and links to the inbox. It never carries personal data. It is
written in the same transaction as the referral and sent later by the notification worker
(`manage.py send_referral_notifications --loop`, and the same command every minute from the
schedule in familyinfo/schedule.py), never in the family's request and never while a
transaction is open: a mail server that is down or hangs cannot slow, fail or lose a referral.

A message that fails waits longer each time (1, 2, 4… minutes, at most an hour, as every
queued email does: core/mail_queue.py) and is tried
again for as long as it takes; once it has failed a few times or waited an hour it shows on the
desk managers' dashboard. Only the kind of failure (its class name) is kept.
"""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Site

from core.mail_queue import claim_due, delivery_connection, stuck_in, wait_after
from core.models import NotificationAddresses
from referrals.models import Notification, Source

logger = logging.getLogger(__name__)


def inbox_url(referral):
    site = Site.objects.filter(is_default_site=True).first()
    root = site.root_url if site else ""
    return root + reverse("referral_inbox:detail", args=[referral.reference])


def message(referral):
    # The desk works in English, whatever language the family used.
    with translation.override(settings.LANGUAGE_CODE):
        if referral.source == Source.FAMILY:
            subject = _("New self-referral %(reference)s") % {"reference": referral.reference}
            opening = _("A family has sent a self-referral to the early help desk.")
        else:
            # Who sent it (a professional, a parent champion), never who they are or where from.
            source = referral.get_source_display().lower()
            subject = _("New referral %(reference)s from a %(source)s") % {
                "reference": referral.reference,
                "source": source,
            }
            opening = _("A %(source)s has sent a referral to the early help desk.") % {"source": source}
        body = opening + _(
            "\n\n"
            "Reference: %(reference)s\n"
            "Open it in the inbox (sign in required): %(url)s\n\n"
            "This email holds no personal details on purpose. Read the referral in the inbox."
        ) % {"reference": referral.reference, "url": inbox_url(referral)}
    return subject, body


def desk_mailbox():
    site = Site.objects.filter(is_default_site=True).first()
    return NotificationAddresses.for_site(site).early_help_desk_email if site else ""


def claim():
    """Take the notification that is most due, for this sender alone (mail_queue.claim_due)."""
    return claim_due(Notification.objects.filter(sent_at__isnull=True))


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
    return stuck_in(Notification.objects.filter(sent_at__isnull=True)).select_related("referral")
