"""Ofsted's childcare register (its CSV) into the site's childcare providers: a dry run that
reports every row, then an import the editor confirms. Used by the admin (childcare/admin_views.py)
and the `import_ofsted` command."""

from childcare.ofsted.files import OfstedFile, OfstedFileError, read_file, read_text
from childcare.ofsted.importer import check_file, import_file
from childcare.ofsted.report import ERROR, NEW, SKIPPED, UNCHANGED, UPDATE, Report

__all__ = [
    "ERROR",
    "NEW",
    "SKIPPED",
    "UNCHANGED",
    "UPDATE",
    "OfstedFile",
    "OfstedFileError",
    "Report",
    "check_file",
    "import_file",
    "read_file",
    "read_text",
]
