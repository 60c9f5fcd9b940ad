from django.core.management.base import BaseCommand, CommandError

from openreferral.importer import import_feed, read_feed


class Command(BaseCommand):
    help = "Import services from an Open Referral UK v3 feed (an API address or a JSON file) as drafts."

    def add_arguments(self, parser):
        parser.add_argument(
            "source", help="An http(s) API base address (https://…/api/openreferral) or a JSON file of at most 50 MB."
        )
        parser.add_argument("--dry-run", action="store_true", help="Report what would happen; change nothing.")

    def handle(self, *args, source, dry_run, **options):
        try:
            documents = read_feed(source)
        except (OSError, ValueError) as problem:
            raise CommandError(f"Cannot read {source}: {problem}") from None
        report = import_feed(documents, source, dry_run=dry_run)
        self.stdout.write(("Dry run (nothing changed): " if dry_run else "Imported as drafts: ") + report.summary())
        for name in report.created:
            self.stdout.write(f"  create: {name}")
        for name in report.updated:
            self.stdout.write(f"  update: {name}")
        for item, problem in report.problems:
            self.stdout.write(f"  problem in {item}: {problem}")
