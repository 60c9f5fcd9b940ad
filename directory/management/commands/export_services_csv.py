import sys

from django.core.management.base import BaseCommand

from directory.spreadsheet import export_csv


class Command(BaseCommand):
    help = "Export every service, live or draft, to the service spreadsheet's CSV (as the admin's export does)."

    def add_arguments(self, parser):
        parser.add_argument("file", nargs="?", default="-", help="Where to write the CSV; - (the default) for stdout.")

    def handle(self, *args, file, **options):
        data = export_csv()
        if file == "-":
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
        else:
            with open(file, "wb") as output:
                output.write(data)
