"""The outbox: tell the desk's mailbox that a referral has arrived, until the message goes.

A message names the reference and links to the inbox. It never carries personal data, and a
mail server being down never loses or blocks a referral: it stays in the outbox and
`manage.py send_referral_notifications` (run every few minutes) tries again.
"""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Site

from familyinfo.models import NotificationAddresses
from referrals.models import Notification

logger = logging.getLogger(__name__)
MAX_ATTEMPTS = 50


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


def send_pending(limit=100):
    """Send what is waiting. Returns (sent, failed). Safe to run from several places at once:
    each message is locked while it is sent."""
    site = Site.objects.filter(is_default_site=True).first()
    mailbox = NotificationAddresses.for_site(site).early_help_desk_email if site else ""
    if not mailbox:
        logger.warning("Self-referral notifications are waiting: set the early help desk mailbox in Settings.")
        return 0, 0
    sent = failed = 0
    pending = Notification.objects.filter(sent_at__isnull=True, attempts__lt=MAX_ATTEMPTS).values_list("pk", flat=True)
    for pk in list(pending[:limit]):
        with transaction.atomic():
            notification = (
                Notification.objects.select_for_update(skip_locked=True)
                .select_related("referral")
                .filter(pk=pk, sent_at__isnull=True)
                .first()
            )
            if notification is None:
                continue
            subject, body = message(notification.referral)
            notification.attempts += 1
            try:
                send_mail(subject, body, None, [mailbox])
            except Exception as error:  # noqa: BLE001 (any mail failure: keep it for the next run)
                notification.last_error = type(error).__name__[:200]
                failed += 1
                # The reference only: never the referral's contents.
                logger.warning(
                    "Could not send the notification for %s: %s", notification.referral.reference, type(error).__name__
                )
            else:
                notification.sent_at = timezone.now()
                notification.last_error = ""
                sent += 1
            notification.save(update_fields=["attempts", "sent_at", "last_error"])
    return sent, failed
