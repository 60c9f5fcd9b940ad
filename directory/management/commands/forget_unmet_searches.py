"""Delete old searches that found nothing, so the insight report keeps no more than it needs."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from directory.search import forget_old_unmet_searches


class Command(BaseCommand):
    help = "Delete searches that found nothing, last made more than UNMET_SEARCH_RETENTION_DAYS ago (run daily)."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None, help="Override UNMET_SEARCH_RETENTION_DAYS.")

    def handle(self, *args, days, **options):
        days = days if days is not None else settings.UNMET_SEARCH_RETENTION_DAYS
        if days < 1:
            raise CommandError("--days must be 1 or more.")
        deleted = forget_old_unmet_searches(days)
        self.stdout.write(f"Deleted {deleted} searches that found nothing, last made more than {days} days ago.")
