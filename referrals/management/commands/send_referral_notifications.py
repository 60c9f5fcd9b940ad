from django.core.management.base import BaseCommand

from referrals.notifications import send_pending


class Command(BaseCommand):
    help = "Send waiting self-referral notifications to the early help desk's mailbox (run every few minutes)."

    def handle(self, *args, **options):
        sent, failed = send_pending()
        self.stdout.write(f"Sent {sent}, failed {failed} (kept for the next run).")
