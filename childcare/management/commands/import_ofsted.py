from django.core.management.base import BaseCommand, CommandError

from childcare.ofsted import OfstedFileError, check_file, import_file, read_file
from childcare.ofsted.text_report import report_lines


class Command(BaseCommand):
    help = (
        "Import childcare providers from Ofsted's register (CSV), as the admin's 'Import from Ofsted' does. "
        "A dry run unless --apply; rows with problems are never imported, and nothing is deleted."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Ofsted's 'Childcare providers and inspections' list, saved as CSV.")
        parser.add_argument("--apply", action="store_true", help="Write the new and changed providers.")

    def handle(self, *args, file, apply, verbosity, **options):
        try:
            with open(file, "rb") as source:
                ofsted_file = read_file(source.read())
        except OSError as problem:
            raise CommandError(f"Cannot read {file}: {problem}") from None
        except OfstedFileError as problem:
            raise CommandError(str(problem.message)) from None
        report = import_file(ofsted_file) if apply else check_file(ofsted_file)
        heading = "Imported: " if report.applied else "Dry run (nothing changed; --apply to import): "
        self.stdout.write(heading + str(report.summary()))
        if ofsted_file.encoding != "UTF-8":
            self.stdout.write(f"  read as {ofsted_file.encoding}: check that names with accents look right")
        for line in report_lines(report, every_row_outside=verbosity > 1):
            self.stdout.write(line)
