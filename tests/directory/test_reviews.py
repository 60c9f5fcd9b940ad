"""Keeping listings true: review dates, the review listing and the reminder emails."""

import datetime
import smtplib

import pytest
from django.core import mail
from django.core.mail.backends import locmem
from django.core.management import CommandError, call_command
from django.utils import timezone

from directory.models import ServicePage

pytestmark = pytest.mark.django_db


def test_reminders_email_each_owner_their_due_services(demo_site):
    today = timezone.localdate()
    ServicePage.objects.update(review_due=today + datetime.timedelta(days=100))
    ServicePage.objects.filter(slug="family-mediation").update(
        review_due=today - datetime.timedelta(days=3), owner_email="mediation@example.org"
    )
    ServicePage.objects.filter(slug="stay-and-play").update(
        review_due=today + datetime.timedelta(days=5), owner_email="early.years@example.org"
    )
    ServicePage.objects.filter(slug="dads-group").update(
        review_due=today + datetime.timedelta(days=6), owner_email="early.years@example.org"
    )
    call_command("send_review_reminders", stdout=open("/dev/null", "w"))
    by_owner = {message.to[0]: message for message in mail.outbox}
    assert set(by_owner) == {"mediation@example.org", "early.years@example.org"}
    assert "overdue" in by_owner["mediation@example.org"].body
    assert "Stay and play" in by_owner["early.years@example.org"].body
    assert "Dads' group" in by_owner["early.years@example.org"].body
    assert "Family mediation" not in by_owner["early.years@example.org"].body


class RefusesOneMailbox(locmem.EmailBackend):
    """A mail server that rejects one owner's address and takes the rest."""

    def send_messages(self, messages):
        if any("mediation@example.org" in message.to for message in messages):
            raise smtplib.SMTPRecipientsRefused({"mediation@example.org": (550, b"no such mailbox")})
        return super().send_messages(messages)


def test_one_owner_the_mail_server_refuses_does_not_stop_the_others(demo_site, settings):
    settings.EMAIL_BACKEND = f"{__name__}.RefusesOneMailbox"
    today = timezone.localdate()
    ServicePage.objects.update(review_due=today + datetime.timedelta(days=100))
    # Sorted by address, the refused owner comes first.
    ServicePage.objects.filter(slug="family-mediation").update(review_due=today, owner_email="mediation@example.org")
    ServicePage.objects.filter(slug="stay-and-play").update(review_due=today, owner_email="play@example.org")
    with pytest.raises(CommandError, match="1 reminder\\(s\\) not sent: SMTPRecipientsRefused"):
        call_command("send_review_reminders", stdout=open("/dev/null", "w"))
    assert [message.to for message in mail.outbox] == [["play@example.org"]]


def test_dry_run_sends_nothing(demo_site):
    call_command("send_review_reminders", "--dry-run", stdout=open("/dev/null", "w"))
    assert mail.outbox == []


def test_review_due_defaults_to_a_year_after_review(demo_site):
    page = ServicePage.objects.get(slug="dads-group")
    page.review_due = None
    page.last_reviewed = datetime.date(2026, 1, 1)
    page.save()
    assert page.review_due == datetime.date(2027, 1, 1)


def test_review_listing_and_unmet_searches_in_the_admin(client, demo_site, django_user_model):
    admin = django_user_model.objects.create_superuser("fis", "fis@example.org", "a-long-password-1")
    client.force_login(admin)
    response = client.get("/admin/service_reviews/?review=overdue")
    assert response.status_code == 200
    client.get("/search/?q=qwxyzzy")
    unmet = client.get("/admin/unmet_searches/")
    assert unmet.status_code == 200 and b"qwxyzzy" in unmet.content
