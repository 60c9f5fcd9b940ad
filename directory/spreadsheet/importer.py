"""Importing a service spreadsheet: every cell of every row checked first, then, only if nothing
is wrong, every row written in one transaction.

As with the Open Referral import, nothing is published. A new service is an unpublished page
under the service listing; a change to an existing one is a new draft revision, so the live page
stays as it is until a publisher publishes it. English is the source language, so the sheet is
read and written in English.
"""

from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import translation
from django.utils.functional import lazy
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log
from wagtail.models import Page

from core.revisions import latest_version
from directory.models import ServiceIndexPage, ServicePage
from directory.slugs import unique_slug
from directory.spreadsheet.cells import CellProblem, normalise
from directory.spreadsheet.columns import COLUMN_FOR_FIELD, COLUMNS, Lists

NEW, UPDATE, UNCHANGED, ERROR = "new", "update", "unchanged", "error"
# Tree fields Wagtail fills in when a page is added; a new row has none of them yet.
TREE_FIELDS = ["path", "depth", "numchild", "url_path"]


@dataclass
class Problem:
    column: str  # blank for the row as a whole
    message: Any  # lazy, so it is shown in the reader's language


@dataclass
class RowReport:
    number: int  # as a spreadsheet numbers it: the header is row 1
    title: str
    service_id: int | None = None
    is_new: bool = False
    outcome: str = UNCHANGED
    changes: list = field(default_factory=list)  # column names
    problems: list = field(default_factory=list)
    page: Any = None  # what will be (or was) saved

    def problem(self, column, message):
        self.problems.append(Problem(column, message))


@dataclass
class Report:
    rows: list
    applied: bool = False

    def _with(self, outcome):
        return [row for row in self.rows if row.outcome == outcome]

    @property
    def new(self):
        return self._with(NEW)

    @property
    def updated(self):
        return self._with(UPDATE)

    @property
    def unchanged(self):
        return self._with(UNCHANGED)

    @property
    def with_problems(self):
        return self._with(ERROR)

    @property
    def to_import(self):
        return [row for row in self.rows if row.outcome in (NEW, UPDATE)]

    @property
    def ok(self):
        return not self.with_problems

    def summary(self):
        return format_lazy(
            _("{new} new, {updated} to update, {unchanged} unchanged, {problems} with problems"),
            new=len(self.new),
            updated=len(self.updated),
            unchanged=len(self.unchanged),
            problems=len(self.with_problems),
        )


def check_sheet(sheet, user=None):
    """A dry run: what importing the sheet would do, and every problem. Changes nothing."""
    with translation.override("en"):
        return Checker(sheet, user).report()


def import_sheet(sheet, user=None):
    """Check the sheet again and, only if no row has a problem, write every row as drafts."""
    with translation.override("en"):
        report = Checker(sheet, user).report()
        if report.ok:
            write(report, user)
    return report


def write(report, user):
    index = ServiceIndexPage.objects.get()
    with transaction.atomic():
        for row in report.to_import:
            page = row.page
            if row.is_new:
                page.slug = unique_slug(page.title)  # again: an earlier row may have taken it
                index.add_child(instance=page)
                page.save_revision(user=user)
                log(instance=page, action="wagtail.create", user=user)
                row.service_id = page.pk
            else:
                page.save_revision(user=user, log_action=True)
    report.applied = True


class Checker:
    def __init__(self, sheet, user):
        self.sheet, self.user = sheet, user
        lists = Lists()
        self.columns = [
            column
            for column in COLUMNS
            if column.name in sheet.headers and column.name != "id" and not column.read_only
        ]
        self.kinds = {column.name: column.cell(lists) for column in self.columns}
        # A new service needs these, and a missing column cannot give them.
        self.missing_for_new = [
            column.name
            for column in COLUMNS
            if column.required
            and column.name not in sheet.headers
            and not ServicePage._meta.get_field(column.field).has_default()
        ]
        ids = [int(cells["id"]) for _, cells in sheet.rows if normalise(cells.get("id")).isdigit()]
        self.services = (
            ServicePage.objects.select_related("organisation", "level")
            .prefetch_related("needs", "access_routes", "delivery_modes", "languages")
            .in_bulk(ids)
        )
        self.other_pages = set(Page.objects.filter(pk__in=ids).values_list("pk", flat=True))
        self.existing_titles = {}
        for pk, *titles in ServicePage.objects.values_list("pk", "title", "draft_title"):
            for title in titles:
                self.existing_titles.setdefault(normalise(title).casefold(), pk)
        self.index = ServiceIndexPage.objects.first()
        self.may_add = self.index is not None and (
            user is None or self.index.permissions_for_user(user).can_add_subpage()
        )
        self.rows_for_id, self.rows_for_new_title = {}, {}

    def report(self):
        rows = [self.check_row(number, cells) for number, cells in self.sheet.rows]
        rows += [
            RowReport(number, "", outcome=ERROR, problems=[Problem("", message)])
            for number, message in self.sheet.problem_rows.items()
        ]
        return Report(sorted(rows, key=lambda row: row.number))

    def check_row(self, number, cells):
        row = RowReport(number, normalise(cells.get("title")))
        page = self.page_for(row, normalise(cells.get("id")))
        failed = set()
        for column in self.columns:
            kind = self.kinds[column.name]
            try:
                value = kind.parse(cells[column.name])
            except CellProblem as problem:
                row.problem(column.name, problem.message)
                failed.add(column.name)
                continue
            if column.required and value in (None, "", []):
                row.problem(
                    column.name, format_lazy(_("Fill in {column}: every service needs it."), column=column.name)
                )
                failed.add(column.name)
                continue
            if page is None:
                continue  # the cells are still checked, but there is nothing to compare them with
            if row.is_new or kind.format(value) != kind.format(column.get(page)):
                column.set(page, value)
                if not row.is_new:
                    row.changes.append(column.name)
        if row.is_new:
            self.check_new(row, page)
        if page is not None and (row.is_new or row.changes):
            self.check_model(row, page, failed)
        row.page = page
        if row.problems:
            row.outcome = ERROR
        elif row.is_new:
            row.outcome = NEW
        elif row.changes:
            row.outcome = UPDATE
        return row

    def page_for(self, row, id_text):
        """The service a row changes (its latest draft), a new page, or None when the id is wrong."""
        if not id_text:
            row.is_new = True
            if not self.may_add:
                row.problem("id", _("You may not add services to the service listing."))
            return ServicePage(live=False, owner=self.user)
        if not id_text.isdigit():
            row.problem(
                "id",
                format_lazy(
                    _("'{value}' is not a service's id: use the number from an export, or leave it blank to add one."),
                    value=id_text,
                ),
            )
            return None
        row.service_id = pk = int(id_text)
        if pk in self.rows_for_id:
            row.problem(
                "id",
                format_lazy(_("Row {row} already changes the service with id {id}."), row=self.rows_for_id[pk], id=pk),
            )
            return None
        self.rows_for_id[pk] = row.number
        service = self.services.get(pk)
        if service is None:
            if pk in self.other_pages:
                row.problem("id", format_lazy(_("Page {id} is not a service."), id=pk))
            else:
                row.problem("id", format_lazy(_("There is no service with id {id}."), id=pk))
            return None
        if self.user is not None:
            permissions = service.permissions_for_user(self.user)
            if not permissions.can_edit():
                row.problem("id", _("You may not change this service."))
                return None
            if permissions.page_locked():
                row.problem("id", _("This service is locked: ask whoever locked it to unlock it."))
                return None
        return latest_version(service)

    def check_new(self, row, page):
        for name in self.missing_for_new:
            row.problem(
                name, format_lazy(_("The file has no {column} column, which a new service needs."), column=name)
            )
        title = normalise(page.title).casefold()
        if not title:
            return
        page.slug = unique_slug(page.title)
        if title in self.rows_for_new_title:
            row.problem(
                "title",
                format_lazy(
                    _("Row {row} adds a service with the same title: give each new service its own title."),
                    row=self.rows_for_new_title[title],
                ),
            )
        elif title in self.existing_titles:
            row.problem(
                "title",
                format_lazy(
                    _("A service with this title already exists (id {id}): put {id} in the id column to change it."),
                    id=self.existing_titles[title],
                ),
            )
        self.rows_for_new_title.setdefault(title, row.number)

    def check_model(self, row, page, failed):
        """The checks the page editor makes, such as ages in the right order."""
        try:
            page.full_clean(exclude=TREE_FIELDS)
        except ValidationError as error:
            reported = set(failed) | {problem.column for problem in row.problems}
            for field_name, errors in error.error_dict.items():
                column = column_for(field_name)
                if column in reported:
                    continue  # already reported: from the cell itself, or as description and description_en
                reported.add(column)
                for each in errors:
                    row.problem(column, spoken(each))


def column_for(field_name):
    """The column for a model field, including modeltranslation's per-language copies (title_en)."""
    if field_name == "__all__":
        return ""
    if field_name == "slug":
        return "title"  # a new service's slug is made from its title
    return COLUMN_FOR_FIELD.get(field_name) or COLUMN_FOR_FIELD.get(field_name.rsplit("_", 1)[0], field_name)


# A model validation message, translated when shown rather than when made.
spoken = lazy(lambda error: str(error.message) % error.params if error.params else str(error.message), str)
