"""The notification worker: sends the early help desk's outbox, once or for as long as it runs.
Looping, it also sends every other email the site has queued (core/mail_queue.py)."""

import signal
import time

from django.core.management.base import BaseCommand
from django.db import close_old_connections

from core import mail_queue
from core.management.commands.send_queued_email import report_stuck
from referrals.notifications import send_pending


class Command(BaseCommand):
    help = (
        "Send waiting self-referral notifications to the early help desk's mailbox. Once (the schedule runs "
        "it every minute), or with --loop as the notification worker, which checks every few seconds and also sends "
        "the site's other queued emails (moderation notifications, password resets)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--loop", action="store_true", help="Keep running, checking every --interval seconds.")
        parser.add_argument("--interval", type=float, default=10, help="Seconds between checks with --loop.")

    def handle(self, *args, loop=False, interval=10, **options):
        if not loop:
            self.report(*send_pending())
            return
        stopping = []
        # systemd stops a service with SIGTERM: finish the message in hand, then leave.
        signal.signal(signal.SIGTERM, lambda *_: stopping.append(True))
        stuck = 0
        try:
            while not stopping:
                # A database restart must not kill the worker: drop connections that went bad.
                close_old_connections()
                sent, failed = send_pending()
                if sent or failed:
                    self.report(sent, failed)
                sent, failed = mail_queue.send_queued()
                if sent or failed:
                    self.stdout.write(f"Sent {sent} queued email(s), failed {failed} (kept for a later try).")
                # Stuck emails are told once each time their number changes, not every few seconds.
                now_stuck = mail_queue.stuck().count()
                if now_stuck and now_stuck != stuck:
                    report_stuck(self.stderr)
                stuck = now_stuck
                waited = 0.0
                while waited < interval and not stopping:
                    time.sleep(min(1.0, interval))
                    waited += 1.0
        except KeyboardInterrupt:
            pass

    def report(self, sent, failed):
        self.stdout.write(f"Sent {sent}, failed {failed} (kept for a later try).")
