from django.core.management.base import BaseCommand, CommandError

from directory.spreadsheet import SheetError, check_sheet, import_sheet, read_sheet
from directory.spreadsheet.text_report import report_lines


class Command(BaseCommand):
    help = (
        "Import services from the service spreadsheet's CSV as drafts (as the admin's import does). "
        "Nothing is written if any row has a problem."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="A CSV file made from the template or an export.")
        parser.add_argument("--dry-run", action="store_true", help="Report what would happen; change nothing.")

    def handle(self, *args, file, dry_run, **options):
        try:
            with open(file, "rb") as source:
                sheet = read_sheet(source.read())
        except OSError as problem:
            raise CommandError(f"Cannot read {file}: {problem}") from None
        except SheetError as problem:
            raise CommandError(str(problem.message)) from None
        report = check_sheet(sheet) if dry_run else import_sheet(sheet)
        heading = "Dry run (nothing changed): " if dry_run or not report.applied else "Imported as drafts: "
        self.stdout.write(heading + str(report.summary()))
        for line in report_lines(report):
            self.stdout.write(line)
        if not report.ok:
            raise CommandError(f"Rows with problems: {len(report.with_problems)}. Nothing was imported.")
