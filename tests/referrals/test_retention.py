"""Retention: personal details go a set time after closing; the statistics stay."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from referrals.models import AuditAction, AuditEvent, Note, Referral, Status, StatusChange
from tests.referrals.journey import fill_in, state_of

pytestmark = pytest.mark.django_db


def make_referral(client, closed_days_ago=None, status=Status.CLOSED_NFA):
    client.cookies.clear()
    check = fill_in(client)
    client.post("/refer/check/", {"state": state_of(check)})
    referral = Referral.objects.order_by("-pk").first()
    Note.objects.create(referral=referral, text="Private note")
    StatusChange.objects.create(referral=referral, to_status=status, reason="Private reason")
    if closed_days_ago is not None:
        referral.status = status
        referral.closed_at = timezone.now() - datetime.timedelta(days=closed_days_ago)
        referral.save()
    return referral


def test_closed_referrals_past_the_retention_period_are_anonymised(client, demo_site, settings):
    settings.REFERRAL_RETENTION_DAYS = 365
    old = make_referral(client, closed_days_ago=400)
    recent = make_referral(client, closed_days_ago=100)
    still_open = make_referral(client)
    old_but_allocated = make_referral(client, closed_days_ago=None)
    Referral.objects.filter(pk=old_but_allocated.pk).update(status=Status.ALLOCATED)

    call_command("anonymise_referrals", "--dry-run", verbosity=0)
    assert Referral.objects.get(pk=old.pk).full_name == "Zofia Kowalska-Łęcka"  # a dry run changes nothing

    call_command("anonymise_referrals", verbosity=0)
    old.refresh_from_db()
    assert old.anonymised_at is not None
    assert old.full_name is None and old.phone is None and old.children is None and old.situation is None
    assert old.contact is None and old.postcode is None
    assert Note.objects.get(referral=old).text is None
    assert StatusChange.objects.get(referral=old).reason is None
    # Statistics stay.
    assert old.reference and old.locality and old.status == Status.CLOSED_NFA and old.interpreter_needed
    for kept in (recent, still_open, old_but_allocated):
        kept.refresh_from_db()
        assert kept.full_name == "Zofia Kowalska-Łęcka" and kept.anonymised_at is None
    event = AuditEvent.objects.get(action=AuditAction.ANONYMISED)
    assert event.references == old.reference

    call_command("anonymise_referrals", verbosity=0)  # a second run finds nothing more
    assert AuditEvent.objects.filter(action=AuditAction.ANONYMISED).count() == 1


def test_retention_period_can_be_set_per_run(client, demo_site):
    referral = make_referral(client, closed_days_ago=40)
    call_command("anonymise_referrals", "--days", "30", verbosity=0)
    referral.refresh_from_db()
    assert referral.anonymised_at is not None
