"""Reading Ofsted's register as CSV: the encoding, the header row and the rows, or one message
that says why the file cannot be read at all. Problems in single rows are the import's business.

Ofsted's files start with a title and a note above the header row, and may be saved by Excel in
Windows' own encoding rather than UTF-8, so both are accepted.
"""

import csv
import io
from dataclasses import dataclass

from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from childcare.ofsted.columns import COLUMN_FOR_HEADER, URN, header_key

ZIP_SIGNATURE = b"PK\x03\x04"  # .xlsx and .ods are zip files
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0"  # the old .xls
HEADER_SEARCH_ROWS = 10  # how far down the header row may be, below Ofsted's title lines


class OfstedFileError(Exception):
    """A file the import cannot read at all; the message says what to do about it."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


@dataclass
class OfstedFile:
    """The columns the import reads, from every row: all the import needs, and small enough to
    be sent back with the editor's confirmation."""

    headers: dict  # column key: the header as the file spells it
    rows: list  # (row number as a spreadsheet shows it, {column key: cell})
    problem_rows: dict  # row number: message, for rows that cannot be read
    encoding: str = "UTF-8"  # how the file was read, for the report

    def header(self, column):
        return self.headers.get(column.key, column.name)

    def has(self, column):
        return column.key in self.headers

    def sealable(self, numbers=None):
        """What `from_sealable` rebuilds the file from, with only the rows numbered in `numbers`."""
        return {
            "headers": self.headers,
            "rows": [[number, cells] for number, cells in self.rows if numbers is None or number in numbers],
            "problem_rows": {str(number): str(message) for number, message in self.problem_rows.items()},
            "encoding": self.encoding,
        }

    @classmethod
    def from_sealable(cls, data):
        return cls(
            headers=data["headers"],
            rows=[(number, cells) for number, cells in data["rows"]],
            problem_rows={int(number): message for number, message in data["problem_rows"].items()},
            encoding=data["encoding"],
        )


def decode(data):
    """The file's text and the name of its encoding."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "UTF-16"
    try:
        return data.decode("utf-8-sig"), "UTF-8"  # Excel starts UTF-8 CSV files with a byte order mark
    except UnicodeDecodeError:
        pass
    try:
        # What Excel's plain "CSV (comma delimited)" is saved as on a British Windows computer.
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        raise OfstedFileError(
            _("The file's encoding cannot be read: save it as “CSV UTF-8 (comma delimited)” and upload it again.")
        ) from None


def read_file(data):
    """An OfstedFile from a file's bytes, or OfstedFileError."""
    if not data.strip():
        raise OfstedFileError(_("The file is empty."))
    if data.startswith((ZIP_SIGNATURE, OLE_SIGNATURE)):
        raise OfstedFileError(
            _("This is a spreadsheet workbook, not a CSV file: open it and save the providers' sheet as “CSV UTF-8”.")
        )
    text, encoding = decode(data)
    return read_text(text, encoding)


def read_text(text, encoding="UTF-8"):
    if "\x00" in text:
        raise OfstedFileError(_("This is not a CSV file: save the providers' sheet as “CSV UTF-8 (comma delimited)”."))
    try:
        records = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as problem:
        raise OfstedFileError(
            format_lazy(_("This is not a CSV file that can be read: {problem}"), problem=problem)
        ) from None
    header_index = find_header_row(records)
    columns, headers = match_headers(records[header_index])
    width = len(records[header_index])
    rows, problem_rows = [], {}
    for index, record in enumerate(records[header_index + 1 :], start=header_index + 1):
        number = index + 1  # a spreadsheet numbers rows from 1
        if not any(cell.strip() for cell in record):
            continue
        if len(record) != width:
            # Cells would be read from the wrong columns: refused, not guessed.
            problem_rows[number] = format_lazy(
                _("This row has {cells} cells but the header row has {columns}: check for a missing or stray comma."),
                cells=len(record),
                columns=width,
            )
            continue
        rows.append((number, {key: record[position] for key, position in columns.items()}))
    if not rows and not problem_rows:
        raise OfstedFileError(_("The file has a header row but no providers."))
    return OfstedFile(headers, rows, problem_rows, encoding)


def find_header_row(records):
    for index, record in enumerate(records[:HEADER_SEARCH_ROWS]):
        if any(header_key(cell) in URN.headers for cell in record):
            return index
    if not records:
        raise OfstedFileError(_("The file is empty."))
    if len(records[0]) == 1 and (";" in records[0][0] or "\t" in records[0][0]):
        raise OfstedFileError(
            _("The columns are separated by semicolons or tabs: save the file as “CSV UTF-8 (comma delimited)”.")
        )
    raise OfstedFileError(
        _(
            "The file has no “Provider URN” column. Upload Ofsted's list of childcare providers "
            "(“Childcare providers and inspections”), saved as CSV, with its header row."
        )
    )


def match_headers(record):
    """Where each column the import reads is; other columns are ignored. A column named twice
    could be read from either copy, so the file is refused."""
    columns, headers = {}, {}
    for position, header in enumerate(record):
        column = COLUMN_FOR_HEADER.get(header_key(header))
        if column is None:
            continue
        if column.key in columns:
            raise OfstedFileError(
                format_lazy(
                    _("The file has two “{column}” columns (“{first}” and “{second}”): delete one and upload again."),
                    column=column.name,
                    first=headers[column.key],
                    second=header.strip(),
                )
            )
        columns[column.key], headers[column.key] = position, header.strip()
    return columns, headers
