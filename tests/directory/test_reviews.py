"""Keeping listings true: review dates, the review listing and the reminder emails. Each test
builds the services it needs on a site of its own."""

import datetime
import io
import smtplib

import pytest
from django.core import mail
from django.core.mail.backends import locmem
from django.core.management import CommandError, call_command
from django.utils import timezone

from tests.directory.factories import ServiceIndexPageFactory, ServicePageFactory

pytestmark = pytest.mark.django_db


def days_from_today(days):
    return timezone.localdate() + datetime.timedelta(days=days)


@pytest.fixture
def listing(empty_site):
    return ServiceIndexPageFactory(parent=empty_site)


def service(listing, title, due_in_days, owner_email):
    # Reviewed a year before it falls due, as the review form would have it.
    due = days_from_today(due_in_days)
    return ServicePageFactory(
        parent=listing,
        title=title,
        last_reviewed=due - datetime.timedelta(days=365),
        review_due=due,
        owner_email=owner_email,
    )


def reminders(*args):
    call_command("send_review_reminders", *args, stdout=io.StringIO())


def test_reminders_email_each_owner_their_due_services(listing):
    service(listing, "Family mediation", -3, "mediation@example.org")
    service(listing, "Stay and play", 5, "early.years@example.org")
    service(listing, "Dads' group", 14, "early.years@example.org")
    service(listing, "Toy library", 15, "early.years@example.org")  # not due within two weeks
    service(listing, "Baby massage", -30, "")  # nobody to tell
    reminders()
    by_owner = {message.to[0]: message for message in mail.outbox}
    assert set(by_owner) == {"mediation@example.org", "early.years@example.org"}
    assert "Family mediation: overdue since" in by_owner["mediation@example.org"].body
    early_years = by_owner["early.years@example.org"].body
    assert "Stay and play: due" in early_years and "Dads' group: due" in early_years
    assert "Toy library" not in early_years and "Family mediation" not in early_years


class RefusesOneMailbox(locmem.EmailBackend):
    """A mail server that rejects one owner's address and takes the rest."""

    def send_messages(self, messages):
        if any("mediation@example.org" in message.to for message in messages):
            raise smtplib.SMTPRecipientsRefused({"mediation@example.org": (550, b"no such mailbox")})
        return super().send_messages(messages)


def test_one_owner_the_mail_server_refuses_does_not_stop_the_others(listing, settings):
    settings.EMAIL_BACKEND = f"{__name__}.RefusesOneMailbox"
    # Sorted by address, the refused owner comes first.
    service(listing, "Family mediation", 0, "mediation@example.org")
    service(listing, "Stay and play", 0, "play@example.org")
    with pytest.raises(CommandError, match="1 reminder\\(s\\) not sent: SMTPRecipientsRefused"):
        reminders()
    assert [message.to for message in mail.outbox] == [["play@example.org"]]


def test_dry_run_sends_nothing(listing):
    service(listing, "Family mediation", -3, "mediation@example.org")
    reminders("--dry-run")
    assert mail.outbox == []


def test_review_due_defaults_to_a_year_after_review(listing):
    page = ServicePageFactory(parent=listing, last_reviewed=datetime.date(2026, 1, 1), review_due=None)
    assert page.review_due == datetime.date(2027, 1, 1)


def test_review_listing_shows_the_overdue_services(client, listing, django_user_model):
    service(listing, "Family mediation", -3, "mediation@example.org")
    service(listing, "Stay and play", 100, "play@example.org")
    admin = django_user_model.objects.create_superuser("fis", "fis@example.org", "a-long-password-1")
    client.force_login(admin)
    response = client.get("/admin/service_reviews/?review=overdue")
    assert response.status_code == 200
    page = response.content.decode()
    assert "Family mediation" in page and "Stay and play" not in page


def test_searches_that_find_nothing_are_listed_in_the_admin(client, empty_site, django_user_model):
    admin = django_user_model.objects.create_superuser("fis", "fis@example.org", "a-long-password-1")
    client.force_login(admin)
    client.get("/search/?q=qwxyzzy")
    unmet = client.get("/admin/unmet_searches/")
    assert unmet.status_code == 200
    assert b"qwxyzzy" in unmet.content
