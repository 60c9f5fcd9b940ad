import polib
from django.core.management.base import BaseCommand, CommandError

from translations.exchange import import_catalogue


class Command(BaseCommand):
    help = "Import a translated PO file made by export_translations. Never overwrites newer edits."

    def add_arguments(self, parser):
        parser.add_argument("path")
        parser.add_argument("--language", help="Default: the file's Language header.")
        parser.add_argument("--dry-run", action="store_true", help="Report what would change; change nothing.")
        parser.add_argument("--force", action="store_true", help="Overwrite translations changed since the export.")

    def handle(self, *args, path, language, dry_run, force, **options):
        try:
            catalogue = polib.pofile(path)
        except (OSError, ValueError) as error:
            raise CommandError(f"Cannot read {path}: {error}") from None
        language = language or catalogue.metadata.get("Language", "")
        report = import_catalogue(catalogue, language, dry_run=dry_run, force=force)
        verb = "Would apply" if dry_run else "Applied"
        self.stdout.write(
            f"{verb} {len(report.applied)} translations; {report.unchanged} unchanged; "
            f"{report.untranslated} not translated in the file; {len(report.problems)} problems."
        )
        for context, message in report.problems:
            self.stdout.write(f"  {context}: {message}")
