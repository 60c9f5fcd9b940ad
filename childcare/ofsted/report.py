"""What an Ofsted import does or would do: each row's outcome (new, update, unchanged, skipped, or
with problems), what changes, and the providers the file does not have."""

from dataclasses import dataclass, field
from typing import Any

from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

NEW, UPDATE, UNCHANGED, SKIPPED, ERROR = "new", "update", "unchanged", "skipped", "error"


@dataclass
class Problem:
    column: str  # the header as the file spells it; blank for the row as a whole
    message: Any  # lazy, so it is shown in the reader's language


@dataclass
class Change:
    field: str  # the provider's field
    label: Any
    before: str
    after: str


@dataclass
class RowReport:
    number: int  # as a spreadsheet numbers it
    urn: str
    name: str = ""
    outcome: str = UNCHANGED
    reason: Any = ""  # why a skipped row is skipped
    outside: bool = False  # skipped as outside the city, and not on the site
    changes: list = field(default_factory=list)
    problems: list = field(default_factory=list)
    provider: Any = None  # what will be (or was) saved

    @property
    def changed_fields(self):
        return [change.field for change in self.changes]


@dataclass
class Report:
    rows: list  # every row but those outside the city that are not on the site
    outside: list  # rows skipped as outside Wolverhampton, for providers not on the site
    missing: list  # providers on the site that the file does not have
    encoding: str = "UTF-8"
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
    def skipped(self):
        return self._with(SKIPPED)

    @property
    def with_problems(self):
        return self._with(ERROR)

    @property
    def to_import(self):
        return [row for row in self.rows if row.outcome in (NEW, UPDATE)]

    @property
    def plan(self):
        """What applying would do, to tell whether a check still holds when it is confirmed."""
        return [[row.number, row.urn, row.outcome, row.changed_fields] for row in self.rows]

    def summary(self):
        return format_lazy(
            _(
                "{new} new, {updated} to update, {unchanged} unchanged, {skipped} skipped, "
                "{outside} outside Wolverhampton, {problems} with problems, {missing} missing from the file"
            ),
            new=len(self.new),
            updated=len(self.updated),
            unchanged=len(self.unchanged),
            skipped=len(self.skipped),
            outside=len(self.outside),
            problems=len(self.with_problems),
            missing=len(self.missing),
        )
