"""Every CSV file the site writes, safe to open in a spreadsheet.

To Excel, LibreOffice and Google Sheets a cell starting with =, +, -, @, a tab or a carriage
return is a formula, and text a family typed into a self-referral (or a search, or a partner's
feed) could run on the desk's computer when an export is opened ("CSV injection"). Such a cell
is written with a leading apostrophe, which spreadsheets show as text; `unguard` takes it off
again when the site reads its own file back (the services spreadsheet), so a phone number
"+44 …" or a line "- Bring a towel" survives an export and an import unchanged.
"""

import csv

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def guard(value):
    """The text of one cell, with an apostrophe in front if a spreadsheet would calculate it.

    Text that already starts with apostrophes before a formula character gets one more, so
    `unguard` gives back exactly what was written."""
    text = "" if value is None else str(value)
    return f"'{text}" if text.lstrip("'").startswith(FORMULA_STARTS) else text


def unguard(cell):
    """A cell as it was before `guard`, from a file the site wrote (and an editor may have changed)."""
    return cell[1:] if cell.startswith("'") and cell.lstrip("'").startswith(FORMULA_STARTS) else cell


class Writer:
    """`csv.writer` with every cell guarded: the only way the site writes CSV."""

    def __init__(self, stream, **options):
        self._writer = csv.writer(stream, **options)

    def writerow(self, cells):
        return self._writer.writerow([guard(cell) for cell in cells])

    def writerows(self, rows):
        for cells in rows:
            self.writerow(cells)


class GuardedExportMixin:
    """For Wagtail's index views with `list_export`: their CSV download guards every cell too
    (their Excel download already stores formulas as text)."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return guard(value) if export_format == self.FORMAT_CSV else value
