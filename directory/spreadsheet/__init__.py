"""Bulk changes to the service directory with a spreadsheet (CSV): a template, an export of every
service, and an import that checks every row before it changes anything.

Used by the admin (directory/spreadsheet/admin.py) and by the `export_services_csv` and
`import_services_csv` commands.
"""

from directory.spreadsheet.columns import COLUMNS
from directory.spreadsheet.exporter import export_csv, template_csv
from directory.spreadsheet.files import MAX_BYTES, MAX_ROWS, Sheet, SheetError, read_sheet, read_text
from directory.spreadsheet.importer import ERROR, NEW, UNCHANGED, UPDATE, Report, check_sheet, import_sheet

__all__ = [
    "COLUMNS",
    "ERROR",
    "MAX_BYTES",
    "MAX_ROWS",
    "NEW",
    "UNCHANGED",
    "UPDATE",
    "Report",
    "Sheet",
    "SheetError",
    "check_sheet",
    "export_csv",
    "import_sheet",
    "read_sheet",
    "read_text",
    "template_csv",
]
