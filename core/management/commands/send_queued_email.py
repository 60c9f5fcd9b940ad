"""Send the emails the site has queued (Wagtail's notifications to editors, password resets):
the notification worker does it within seconds, and the schedule every minute as a catch-up."""

from django.core.management.base import BaseCommand

from core import mail_queue


class Command(BaseCommand):
    help = (
        "Send queued emails (moderation notifications, password resets) that are due, retrying failed ones with "
        "growing waits. The notification worker does the same all the time; the schedule runs this every minute."
    )

    def handle(self, *args, **options):
        sent, failed = mail_queue.send_queued()
        self.stdout.write(f"Sent {sent} queued email(s), failed {failed} (kept for a later try).")
        report_stuck(self.stdout)


def report_stuck(out):
    """Say how many emails are stuck (never what they hold or whom they are for). They show on
    the dashboard too (pages/wagtail_hooks.py), so cron's mail is not flooded with it."""
    count = mail_queue.stuck().count()
    if count:
        out.write(
            f"{count} queued email(s) not sent after {mail_queue.STUCK_AFTER_ATTEMPTS} tries or an hour: "
            "check the mail server (QUEUED_EMAIL_DELIVERY_BACKEND, EMAIL_HOST)."
        )
    return count
