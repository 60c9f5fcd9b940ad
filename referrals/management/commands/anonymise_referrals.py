from django.conf import settings
from django.core.management.base import BaseCommand

from referrals.models import AuditAction, AuditEvent
from referrals.retention import anonymise, due_for_anonymising


class Command(BaseCommand):
    help = "Remove personal details from self-referrals closed longer than REFERRAL_RETENTION_DAYS (run daily)."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None, help="Override REFERRAL_RETENTION_DAYS.")
        parser.add_argument("--dry-run", action="store_true", help="Only count what would be anonymised.")

    def handle(self, *args, days, dry_run, **options):
        days = days if days is not None else settings.REFERRAL_RETENTION_DAYS
        due = list(due_for_anonymising(days=days))
        if dry_run:
            self.stdout.write(f"{len(due)} referrals closed more than {days} days ago would be anonymised.")
            return
        done = anonymise(due)
        if done:
            AuditEvent.objects.create(
                username="anonymise_referrals",
                action=AuditAction.ANONYMISED,
                references=" ".join(referral.reference for referral in done),
                detail=f"closed more than {days} days ago",
            )
        self.stdout.write(f"Anonymised {len(done)} referrals closed more than {days} days ago.")
