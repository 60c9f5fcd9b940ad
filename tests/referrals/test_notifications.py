"""The desk's notifications: sent by the worker, never in a family's request; retried with
growing waits; a stuck one shown to the desk managers."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from referrals import notifications
from referrals.models import Notification, Referral
from tests.admin_helpers import dashboard
from tests.factories import member_of
from tests.referrals import failing_mail
from tests.referrals.journey import fill_in, state_of

pytestmark = pytest.mark.django_db

HANGING_MAIL = "tests.referrals.failing_mail.HangingBackend"


@pytest.fixture(autouse=True)
def forget_mail_calls():
    failing_mail.calls.clear()


def send_a_referral(client, django_capture_on_commit_callbacks):
    check = fill_in(client)
    # Run whatever the request leaves to run after its transaction commits, as in production.
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/refer/check/", {"state": state_of(check)})
    return response


def test_a_hanging_mail_server_never_touches_a_familys_request(
    client, demo_site, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = HANGING_MAIL
    response = send_a_referral(client, django_capture_on_commit_callbacks)
    assert response.status_code == 302 and response["Location"] == "/refer/sent/"
    done = BeautifulSoup(client.get("/refer/sent/").content, "html.parser")
    referral = Referral.objects.get()
    assert done.find(class_="referral-reference").get_text(strip=True) == referral.reference
    assert failing_mail.calls == []  # the mail server was never asked for anything
    notification = Notification.objects.get(referral=referral)
    assert notification.sent_at is None and notification.attempts == 0


def test_the_worker_sends_waiting_notifications_without_personal_data(
    client, demo_site, django_capture_on_commit_callbacks
):
    send_a_referral(client, django_capture_on_commit_callbacks)
    assert mail.outbox == []
    call_command("send_referral_notifications", verbosity=0)
    referral = Referral.objects.get()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["early-help-desk@example.org"]
    assert referral.reference in message.subject and f"/admin/self-referrals/{referral.reference}/" in message.body
    for secret in ["Zofia", "07700", "Amir", "tantrums", "WV10", "Example Road"]:
        assert secret not in message.subject + message.body
    assert Notification.objects.get().sent_at is not None
    call_command("send_referral_notifications", verbosity=0)
    assert len(mail.outbox) == 1  # sent once only


def test_failures_wait_longer_each_time_and_are_tried_again_later(
    client, demo_site, settings, django_capture_on_commit_callbacks, monkeypatch
):
    send_a_referral(client, django_capture_on_commit_callbacks)
    settings.EMAIL_BACKEND = HANGING_MAIL
    start = timezone.now()
    clock = [start]
    monkeypatch.setattr(timezone, "now", lambda: clock[0])

    call_command("send_referral_notifications", verbosity=0)
    notification = Notification.objects.get()
    assert (notification.attempts, notification.last_error) == (1, "TimeoutError")
    assert notification.next_attempt_at == start + datetime.timedelta(minutes=1)
    assert notification.sent_at is None

    # Not due yet: the mail server is left alone.
    clock[0] = start + datetime.timedelta(seconds=30)
    call_command("send_referral_notifications", verbosity=0)
    assert len(failing_mail.calls) == 1

    clock[0] = start + datetime.timedelta(minutes=1)
    call_command("send_referral_notifications", verbosity=0)
    notification.refresh_from_db()
    assert notification.attempts == 2 and len(failing_mail.calls) == 2
    assert notification.next_attempt_at == clock[0] + datetime.timedelta(minutes=2)

    # The mail server is back: the next try, when it falls due, goes.
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    clock[0] = notification.next_attempt_at
    call_command("send_referral_notifications", verbosity=0)
    notification.refresh_from_db()
    assert notification.sent_at is not None and notification.last_error == "" and len(mail.outbox) == 1


def test_waits_double_up_to_an_hour_and_never_give_up():
    minutes = [notifications.wait_after(attempt) / datetime.timedelta(minutes=1) for attempt in range(1, 10)]
    assert minutes == [1, 2, 4, 8, 16, 32, 60, 60, 60]
    assert notifications.wait_after(10_000) == datetime.timedelta(hours=1)


def test_a_message_one_sender_holds_is_not_sent_by_another(client, demo_site, django_capture_on_commit_callbacks):
    send_a_referral(client, django_capture_on_commit_callbacks)
    first = notifications.claim()
    assert first == Notification.objects.get().pk
    assert notifications.claim() is None  # a second sender, at the same time, finds nothing to send
    assert Notification.objects.get().attempts == 1


def test_nothing_is_sent_while_no_desk_mailbox_is_set(client, demo_site, django_capture_on_commit_callbacks):
    from core.models import NotificationAddresses

    NotificationAddresses.objects.update(early_help_desk_email="")
    send_a_referral(client, django_capture_on_commit_callbacks)
    call_command("send_referral_notifications", verbosity=0)
    assert mail.outbox == [] and Notification.objects.get().sent_at is None


@pytest.fixture
def stuck_notification(client, demo_site, django_capture_on_commit_callbacks):
    send_a_referral(client, django_capture_on_commit_callbacks)
    client.logout()
    Notification.objects.update(attempts=6, last_error="SMTPServerDisconnected")
    return Notification.objects.get()


def test_a_stuck_notification_shows_on_the_desk_managers_dashboard(client, stuck_notification):
    page = dashboard(client, member_of("Early help desk managers"))
    panel = page.find(id="panel-stuck-notifications").find_parent("section")
    text = panel.get_text(" ", strip=True)
    reference = stuck_notification.referral.reference
    assert "not sent: 1" in text and reference in text and "SMTPServerDisconnected" in text
    assert panel.find("a", href=f"/admin/self-referrals/{reference}/")
    for secret in ["Zofia", "07700", "Amir", "tantrums"]:
        assert secret not in text


@pytest.mark.parametrize(
    "group",
    ["Early help desk", "FIS publishers", "Early years team", None],
    ids=["desk", "publisher", "eyt", "superuser"],
)
def test_a_stuck_notification_is_not_shown_to_other_roles(client, stuck_notification, group):
    if group:
        user = member_of(group)
    else:
        from django.contrib.auth.models import User

        user = User.objects.create_superuser("admin", password="pw")
    page = dashboard(client, user)
    assert page.find(id="panel-stuck-notifications") is None
    assert stuck_notification.referral.reference not in page.get_text()


def test_a_notification_waiting_an_hour_is_stuck_and_the_panel_says_why(client, stuck_notification):
    from core.models import NotificationAddresses

    NotificationAddresses.objects.update(early_help_desk_email="")
    Notification.objects.update(attempts=0, last_error="", created_at=timezone.now() - datetime.timedelta(minutes=61))
    text = dashboard(client, member_of("Early help desk managers")).get_text(" ", strip=True)
    assert "not sent: 1" in text and "No early help desk mailbox is set" in text


def test_a_notification_on_its_first_tries_is_not_an_alarm(client, stuck_notification):
    Notification.objects.update(attempts=1)
    page = dashboard(client, member_of("Early help desk managers"))
    assert page.find(id="panel-stuck-notifications") is None
