"""CSV files in and out: what Excel and LibreOffice save, checked before any row is read.

A file that is not UTF-8 CSV, is too big, or has headers we do not know is refused as a whole
with one message; problems in rows are the import's business (rows.py).
"""

import csv
import difflib
import io
from dataclasses import dataclass

from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from core import csv_safety
from directory.spreadsheet.cells import joined
from directory.spreadsheet.columns import COLUMN_NAMES, REQUIRED_HEADERS

# The confirm step posts the file back in a signed form field; 1.5 MB stays within Django's
# 2.5 MB limit on a form even if the file does not compress.
MAX_BYTES = 1_500_000
MAX_ROWS = 5000
ZIP_SIGNATURE = b"PK\x03\x04"


class SheetError(Exception):
    """A file the import cannot read at all; the message says what to do about it."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


@dataclass
class Sheet:
    text: str  # the file's text, to be checked again when the editor confirms
    headers: list
    rows: list  # (row number as a spreadsheet shows it, {header: cell})
    problem_rows: dict  # row number: message, for rows with the wrong number of cells


def read_sheet(data):
    """A Sheet from an uploaded file's bytes, or SheetError."""
    if len(data) > MAX_BYTES:
        raise SheetError(_("The file is too big: 1.5 MB at most. Split it into smaller files."))
    if not data.strip():
        raise SheetError(_("The file is empty."))
    if data.startswith(ZIP_SIGNATURE):
        raise SheetError(_("This is an Excel workbook, not a CSV file: save it as “CSV UTF-8 (comma delimited)”."))
    try:
        text = data.decode("utf-8-sig")  # Excel starts UTF-8 CSV files with a byte order mark
    except UnicodeDecodeError:
        raise SheetError(
            _("The file is not saved as UTF-8: in Excel, save it as “CSV UTF-8 (comma delimited)”.")
        ) from None
    return read_text(text)


def read_text(text):
    if "\x00" in text:
        raise SheetError(_("This is not a CSV file: save the spreadsheet as “CSV UTF-8 (comma delimited)”."))
    try:
        records = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as problem:
        raise SheetError(
            format_lazy(_("This is not a CSV file that can be read: {problem}"), problem=problem)
        ) from None
    if not records:
        raise SheetError(_("The file is empty."))
    headers = [header.strip().lower() for header in records[0]]
    check_headers(headers)
    rows, problem_rows = [], {}
    for number, record in enumerate(records[1:], start=2):
        if not any(cell.strip() for cell in record):
            continue  # spreadsheets often save empty rows at the end
        if len(record) != len(headers):
            problem_rows[number] = format_lazy(
                _("This row has {cells} cells but the first row has {columns} columns: check for a stray comma."),
                cells=len(record),
                columns=len(headers),
            )
            continue
        rows.append((number, {header: csv_safety.unguard(cell) for header, cell in zip(headers, record, strict=True)}))
    if len(rows) + len(problem_rows) > MAX_ROWS:
        raise SheetError(format_lazy(_("The file has more than {limit} services: split it."), limit=MAX_ROWS))
    return Sheet(text=text, headers=headers, rows=rows, problem_rows=problem_rows)


def check_headers(headers):
    if len(headers) == 1 and (";" in headers[0] or "\t" in headers[0]):
        raise SheetError(
            _("The columns are separated by semicolons or tabs: save the file as “CSV UTF-8 (comma delimited)”.")
        )
    problems = []
    for header in headers:
        if header and header not in COLUMN_NAMES:
            close = difflib.get_close_matches(header, COLUMN_NAMES, n=1)
            if close:
                problems.append(
                    format_lazy(_("Unknown column '{header}': did you mean '{close}'?"), header=header, close=close[0])
                )
            else:
                problems.append(format_lazy(_("Unknown column '{header}'."), header=header))
        elif not header:
            problems.append(_("A column has no name in the first row."))
    problems += [
        format_lazy(_("The column '{header}' appears more than once."), header=header)
        for header in sorted({header for header in headers if header and headers.count(header) > 1})
    ]
    problems += [
        format_lazy(_("The file has no '{header}' column: the first row must name the columns."), header=header)
        for header in REQUIRED_HEADERS
        if header not in headers
    ]
    if problems:
        raise SheetError(joined([*problems, _("Start from the template or an export.")]))


def write_csv(headers, rows):
    """UTF-8 with a byte order mark, so Excel opens accented and non-Latin names correctly.
    Cells a spreadsheet would take for formulas are written as text (core/csv_safety.py)."""
    output = io.StringIO(newline="")
    writer = csv_safety.Writer(output)
    writer.writerow(headers)
    writer.writerows(rows)
    return output.getvalue().encode("utf-8-sig")
