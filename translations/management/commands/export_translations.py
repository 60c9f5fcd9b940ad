from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from core.languages import LANGUAGES_BY_CODE, SOURCE_LANGUAGE
from translations.demo import demo_objects
from translations.exchange import export_catalogue


class Command(BaseCommand):
    help = "Export content for translation as a PO file (one per language) for a translation agency."

    def add_arguments(self, parser):
        parser.add_argument("language", help="pa, pl, ro, ur or ar")
        parser.add_argument("--output", "-o", help="File to write (default: content-<language>.po)")
        parser.add_argument("--only-missing", action="store_true", help="Only text not translated yet.")
        parser.add_argument(
            "--demo", action="store_true", help="Only what the demo translates (see translations/demo.py)."
        )

    def handle(self, *args, language, output, only_missing, demo, **options):
        if language not in LANGUAGES_BY_CODE or language == SOURCE_LANGUAGE:
            raise CommandError(f"Choose one of: {', '.join(c for c in LANGUAGES_BY_CODE if c != SOURCE_LANGUAGE)}")
        objects = demo_objects() if demo else None
        catalogue = export_catalogue(language, only_missing=only_missing, objects=objects)
        path = Path(output or f"content-{language}.po")
        catalogue.save(str(path))
        self.stdout.write(f"{len(catalogue)} texts written to {path} ({catalogue.percent_translated()}% translated).")
