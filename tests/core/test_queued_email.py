"""Every email the site sends waits in a queue for the notification worker: a staff member's
request (a password reset, a page sent for review) never waits for the mail server, the worker
sends it later, failures wait longer each time, and stuck ones are shown and reported."""

import datetime
import io
import logging

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from core import mail_queue
from core.models import QueuedEmail
from directory.models import ServicePage
from tests.admin_helpers import dashboard
from tests.factories import member_of
from tests.familyinfo.test_workflow import submit_change
from tests.referrals import failing_mail

pytestmark = pytest.mark.django_db

QUEUE = "core.mail_queue.QueuedEmailBackend"
LOCMEM = "django.core.mail.backends.locmem.EmailBackend"
HANGING_MAIL = "tests.referrals.failing_mail.HangingBackend"
REFUSING_MAIL = "tests.referrals.failing_mail.Backend"


@pytest.fixture(autouse=True)
def queued(settings):
    """The site as deployed: email is queued, and the worker sends it through a mail server that
    accepts connections and never answers (at once here, as a timeout)."""
    failing_mail.calls.clear()
    settings.EMAIL_BACKEND = QUEUE
    settings.QUEUED_EMAIL_DELIVERY_BACKEND = HANGING_MAIL
    return settings


@pytest.fixture
def editor(db):
    return User.objects.create_user("sam", email="sam@example.org", password="old-password", is_staff=True)


def ask_for_a_password_reset(client, email="sam@example.org"):
    return client.post("/admin/password_reset/", {"email": email})


def reset_link(message):
    return next(word for word in message.body.split() if "/admin/password_reset/confirm/" in word)


def test_a_password_reset_returns_without_asking_the_mail_server(client, editor):
    response = ask_for_a_password_reset(client)
    assert response.status_code == 302 and response["Location"] == "/admin/password_reset/done/"
    assert failing_mail.calls == []  # the hanging mail server was never asked for anything in the request
    assert mail.outbox == []
    queued = QueuedEmail.objects.get()
    assert queued.attempts == 0 and queued.last_error == ""


def test_the_worker_later_sends_the_reset_and_keeps_nothing_once_sent(client, editor, queued):
    ask_for_a_password_reset(client)
    queued.QUEUED_EMAIL_DELIVERY_BACKEND = LOCMEM
    out = io.StringIO()
    call_command("send_queued_email", stdout=out)
    assert "Sent 1 queued email(s), failed 0" in out.getvalue()
    [message] = mail.outbox
    assert message.to == ["sam@example.org"]
    # The link works: the editor can choose a new password with it.
    link = reset_link(message)
    response = client.get(link, follow=True)
    form_url = response.redirect_chain[-1][0]
    response = client.post(form_url, {"new_password1": "a-new-Passw0rd!", "new_password2": "a-new-Passw0rd!"})
    assert response.status_code == 302
    editor.refresh_from_db()
    assert editor.check_password("a-new-Passw0rd!")
    # The reset link is not kept once it has gone.
    assert not QueuedEmail.objects.exists()


def one_turn_of_the_worker(monkeypatch, **streams):
    """Run the notification worker's loop once: it stops as it starts to wait."""
    from referrals.management.commands import send_referral_notifications

    def stop(_seconds):
        raise KeyboardInterrupt

    monkeypatch.setattr(send_referral_notifications.time, "sleep", stop)
    # The worker drops stale database connections each turn; inside a test's transaction that
    # would close the test's own connection (PostgreSQL), so it is left alone here.
    monkeypatch.setattr(send_referral_notifications, "close_old_connections", lambda: None)
    # Leave the test run's own SIGTERM handling alone.
    monkeypatch.setattr(send_referral_notifications.signal, "signal", lambda *args: None)
    call_command("send_referral_notifications", "--loop", **{"stdout": io.StringIO(), **streams})


def test_the_notification_worker_sends_queued_email_too(client, editor, queued, monkeypatch):
    ask_for_a_password_reset(client)
    queued.QUEUED_EMAIL_DELIVERY_BACKEND = LOCMEM
    one_turn_of_the_worker(monkeypatch)
    assert [message.to for message in mail.outbox] == [["sam@example.org"]]
    assert not QueuedEmail.objects.exists()


def test_sending_for_review_and_sending_back_do_not_wait_for_the_mail_server(client, demo_site):
    service = ServicePage.objects.get(slug="family-mediation")
    editor, publisher = member_of("FIS editors", "ed"), member_of("FIS publishers", "pub")
    submit_change(service, editor, summary="A change the publisher sends back.")
    client.force_login(publisher)
    task_state = service.current_workflow_task_state
    response = client.post(
        f"/admin/pages/workflow/action/{service.pk}/reject/{task_state.pk}/", {"comment": "Check the dates"}
    )
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{service.pk}/edit/"
    assert failing_mail.calls == []
    # The publishers were told of the submission, the editor of the rejection: all queued.
    assert QueuedEmail.objects.count() >= 2


def test_a_failed_email_waits_longer_each_time_and_is_never_dropped(client, editor, queued, monkeypatch, caplog):
    ask_for_a_password_reset(client)
    queued.QUEUED_EMAIL_DELIVERY_BACKEND = REFUSING_MAIL
    now = timezone.now()
    clock = [now]
    monkeypatch.setattr(mail_queue.timezone, "now", lambda: clock[0])
    waits = []
    with caplog.at_level(logging.WARNING, logger="core.mail_queue"):
        for _attempt in range(8):
            call_command("send_queued_email", stdout=io.StringIO())
            # Nothing is tried again before its time.
            call_command("send_queued_email", stdout=io.StringIO())
            queued_email = QueuedEmail.objects.get()
            waits.append((queued_email.next_attempt_at - clock[0]) / datetime.timedelta(minutes=1))
            clock[0] = queued_email.next_attempt_at
    assert waits == [1, 2, 4, 8, 16, 32, 60, 60]
    assert len(failing_mail.calls) == 8
    assert queued_email.attempts == 8 and queued_email.last_error == "ConnectionRefusedError"
    # The log names the kind of failure, never whom it was for or the reset link.
    assert "ConnectionRefusedError" in caplog.text
    assert "sam@example.org" not in caplog.text and "password_reset" not in caplog.text

    queued.QUEUED_EMAIL_DELIVERY_BACKEND = LOCMEM
    call_command("send_queued_email", stdout=io.StringIO())
    assert len(mail.outbox) == 1 and not QueuedEmail.objects.exists()


def test_the_same_waits_as_the_desks_notifications():
    from referrals import notifications

    for attempts in range(1, 12):
        assert mail_queue.wait_after(attempts) == notifications.wait_after(attempts)


def test_an_email_one_sender_holds_is_not_sent_by_another(client, editor):
    ask_for_a_password_reset(client)
    assert mail_queue.claim() == QueuedEmail.objects.get().pk
    assert mail_queue.claim() is None
    assert mail_queue.send_queued() == (0, 0)


def test_an_email_rolled_back_with_its_change_is_never_sent(editor):
    from django.db import transaction

    with pytest.raises(RuntimeError), transaction.atomic():
        mail.send_mail("Subject", "Body", None, ["sam@example.org"])
        raise RuntimeError("the change failed")
    assert not QueuedEmail.objects.exists()


@pytest.fixture
def stuck_email(client, editor):
    ask_for_a_password_reset(client)
    QueuedEmail.objects.update(attempts=6, last_error="SMTPServerDisconnected")
    return QueuedEmail.objects.get()


def test_a_stuck_email_shows_on_the_administrators_dashboard_without_its_contents(client, stuck_email):
    admin = User.objects.create_superuser("admin", password="pw", email="admin@example.org")
    page = dashboard(client, admin)
    panel = page.find(id="panel-stuck-email").find_parent("section")
    text = panel.get_text(" ", strip=True)
    assert "could not send: 1" in text and "SMTPServerDisconnected" in text
    assert "sam@example.org" not in text and "/admin/password_reset/confirm/" not in str(panel)


@pytest.mark.parametrize("group", ["FIS editors", "FIS publishers", "Early help desk managers"])
def test_a_stuck_email_is_not_shown_to_other_roles(client, stuck_email, group):
    assert dashboard(client, member_of(group)).find(id="panel-stuck-email") is None


def test_an_email_on_its_first_tries_is_not_an_alarm(client, stuck_email):
    QueuedEmail.objects.update(attempts=1)
    admin = User.objects.create_superuser("admin", password="pw", email="admin@example.org")
    assert dashboard(client, admin).find(id="panel-stuck-email") is None
    QueuedEmail.objects.update(created_at=timezone.now() - datetime.timedelta(minutes=61))
    assert dashboard(client, admin).find(id="panel-stuck-email") is not None


def test_the_job_and_the_worker_report_stuck_emails(client, stuck_email, monkeypatch):
    out = io.StringIO()
    call_command("send_queued_email", stdout=out)
    assert "1 queued email(s) not sent" in out.getvalue()
    err = io.StringIO()
    one_turn_of_the_worker(monkeypatch, stderr=err)
    assert "1 queued email(s) not sent" in err.getvalue()


def test_the_delivery_backend_cannot_be_the_queue_itself(client, editor, queued):
    ask_for_a_password_reset(client)
    queued.QUEUED_EMAIL_DELIVERY_BACKEND = QUEUE
    assert mail_queue.send_queued() == (0, 1)
    assert QueuedEmail.objects.get().last_error == "ValueError"
