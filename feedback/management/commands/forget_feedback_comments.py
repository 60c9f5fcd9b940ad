"""Delete what families wrote in "Tell us how it went" once it is old: it may hold a name by
accident, and the figures need only the ratings and choices, which stay."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from feedback.responses import comments_due_for_deletion, forget_old_comments


class Command(BaseCommand):
    help = (
        "Delete free-text feedback from months that ended more than SERVICE_FEEDBACK_COMMENT_RETENTION_DAYS "
        "ago (run daily)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None, help="Override SERVICE_FEEDBACK_COMMENT_RETENTION_DAYS.")
        parser.add_argument("--dry-run", action="store_true", help="Only count what would be deleted.")

    def handle(self, *args, days, dry_run, **options):
        days = days if days is not None else settings.SERVICE_FEEDBACK_COMMENT_RETENTION_DAYS
        if days < 1:
            raise CommandError("--days must be 1 or more.")
        if dry_run:
            count = comments_due_for_deletion(days).count()
            self.stdout.write(
                f"{count} feedback comments from months that ended more than {days} days ago would be deleted."
            )
            return
        deleted = forget_old_comments(days)
        self.stdout.write(f"Deleted {deleted} feedback comments from months that ended more than {days} days ago.")
