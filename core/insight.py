"""The Insight area's building blocks. Each app adds its own figures as a section, through the
`register_insight_section` Wagtail hook, so the area needs to import no app (and the referrals
app, which holds personal data, hands over counts only).

A section is a function of the reader's filters that returns tables of counts. Every count goes
through core/suppression.py on its way into a Row, so no figure under 5 reaches a screen or a CSV.
"""

import datetime
from dataclasses import dataclass, field

from core.suppression import suppressed_row

HOOK = "register_insight_section"


@dataclass(frozen=True)
class Filters:
    """What the reader asked to see: months from `start` (inclusive) to `end` (exclusive), both
    first days of a month, and one locality (a hubs.Locality primary key) or every locality."""

    start: datetime.date
    end: datetime.date
    locality_id: int | None = None


@dataclass(frozen=True)
class Row:
    label: str
    cells: tuple  # a count each, or None where it is hidden
    total: int | None

    @classmethod
    def of_counts(cls, label, counts):
        """The row as it may be shown: small counts hidden, and another beside any one hidden."""
        cells, total = suppressed_row(list(counts))
        return cls(str(label), tuple(cells), total)


@dataclass(frozen=True)
class Table:
    title: str
    columns: tuple  # the headings of the counts, in the order of each row's cells
    rows: tuple
    # Rows are months, oldest first: the area draws a trend chart beside the table.
    trend: bool = False
    note: str = ""


@dataclass(frozen=True)
class Section:
    slug: str
    title: str
    description: str
    tables: object  # callable: Filters -> list of Table
    order: int = 100
    # Any one of these permissions shows the section; the area itself is for insight officers
    # and desk managers (familyinfo/roles.py).
    permissions: tuple = field(default=())

    def visible_to(self, user):
        return not self.permissions or any(user.has_perm(codename) for codename in self.permissions)
