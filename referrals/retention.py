"""Retention: personal details leave the database a set time after the desk closes a referral.

What stays (reference, dates, status, area, hub, languages, interpreter flag, the codes of the
needs ticked) names nobody and keeps the statistics true.
"""

import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from referrals.models import CLOSED_STATUSES, Note, Referral, StatusChange

PERSONAL_FIELDS = [
    "full_name",
    "relationship",
    "phone",
    "email",
    "address",
    "postcode",
    "contact",
    "children",
    "needs",
    "situation",
    "help_wanted",
    "professionals",
    "access_needs",
    "referrer",
    "family_consent",
    "tried_so_far",
]


def due_for_anonymising(now=None, days=None):
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(days=days if days is not None else settings.REFERRAL_RETENTION_DAYS)
    return Referral.objects.filter(status__in=CLOSED_STATUSES, closed_at__lt=cutoff, anonymised_at__isnull=True)


def anonymise(referrals, now=None):
    now = now or timezone.now()
    done = []
    for referral in referrals:
        with transaction.atomic():
            for name in PERSONAL_FIELDS:
                setattr(referral, name, None)
            referral.anonymised_at = now
            referral.save()
            Note.objects.filter(referral=referral).update(text=None)
            StatusChange.objects.filter(referral=referral).update(reason=None)
        done.append(referral)
    return done
