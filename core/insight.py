"""The Insight area's building blocks. Each app adds its own figures as a section, through the
`register_insight_section` Wagtail hook, so the area needs to import no app (and the referrals
app, which holds personal data, hands over counts only).

A section is a function of the reader's filters that returns tables of counts. Every count goes
through core/suppression.py on its way into a Row, so no figure under 5 reaches a screen or a CSV.
A median (of days, say) goes through `Row.of_medians`, which hides one worked out from fewer than
5 cases: a median of three referrals is nearly one family's story.
"""

import datetime
import statistics
from dataclasses import dataclass, field

from django.utils import formats, timezone

from core.suppression import SMALLEST_SHOWN, is_small, suppressed_row

HOOK = "register_insight_section"
# The area's choice of locality: a function returning [(hubs.Locality primary key, name)], from
# the app that keeps places (core imports no app).
LOCALITIES_HOOK = "register_insight_localities"


def month_of(moment):
    """The first day of the month of a date, or of a moment in the site's time zone."""
    if isinstance(moment, datetime.datetime):
        moment = timezone.localdate(moment) if timezone.is_aware(moment) else moment.date()
    return moment.replace(day=1)


def add_months(month, count):
    """The first day of the month `count` months after (or before) `month`."""
    index = month.year * 12 + month.month - 1 + count
    return datetime.date(index // 12, index % 12 + 1, 1)


def month_label(month):
    """ "December 2026", in the reader's language."""
    return formats.date_format(month, "YEAR_MONTH_FORMAT")


@dataclass(frozen=True)
class Filters:
    """What the reader asked to see: months from `start` (inclusive) to `end` (exclusive), both
    first days of a month, and one locality (a hubs.Locality primary key) or every locality."""

    start: datetime.date
    end: datetime.date
    locality_id: int | None = None

    @property
    def months(self):
        """Each month of the period, oldest first."""
        months, month = [], self.start
        while month < self.end:
            months.append(month)
            month = add_months(month, 1)
        return months

    def time_range(self):
        """(the period's first moment, the moment after its last) in the site's time zone, for
        filtering date-times such as when a referral was received."""
        zone = timezone.get_current_timezone()
        return tuple(
            timezone.make_aware(datetime.datetime.combine(day, datetime.time.min), zone)
            for day in (self.start, self.end)
        )


def median_days(samples):
    """The median of a list of days, to one decimal place (a whole number stays whole), or
    None when there are fewer than SMALLEST_SHOWN of them."""
    if len(samples) < SMALLEST_SHOWN:
        return None
    value = round(statistics.median(samples), 1)
    return int(value) if value == int(value) else value


# Why a cell is hidden: it is under 5, or it is hidden beside one that is (so that one cannot be
# worked out from the total).
SMALL, BESIDE_SMALL = "small", "beside"


@dataclass(frozen=True)
class Row:
    label: str
    cells: tuple  # a count each, or None where it is hidden
    total: int | None
    # For each cell, whether it holds a count under 5 (when hidden); empty for a row made by hand.
    small: tuple = ()

    @classmethod
    def of_counts(cls, label, counts):
        """The row as it may be shown: small counts hidden, and another beside any one hidden."""
        counts = list(counts)
        cells, total = suppressed_row(counts)
        return cls(str(label), tuple(cells), total, tuple(is_small(count) for count in counts))

    @classmethod
    def of_medians(cls, label, samples):
        """One median per column, from each column's list of days, and the median of them all
        in place of a total; a median of fewer than 5 cases is hidden. (No other median needs
        hiding beside it: one median cannot be worked out from the others.)"""
        every = [value for column in samples for value in column]
        return cls(
            str(label),
            tuple(median_days(column) for column in samples),
            median_days(every),
            tuple(len(column) < SMALLEST_SHOWN for column in samples),
        )

    def shown(self):
        """[(value, why it is hidden)] for each cell and then the total: None when it is shown,
        SMALL or BESIDE_SMALL when it is not. (A table of medians says "too few" for either.)"""
        whys = [
            None if value is not None else SMALL if index >= len(self.small) or self.small[index] else BESIDE_SMALL
            for index, value in enumerate(self.cells)
        ]
        # A hidden total is always a small one (core/suppression.py).
        whys.append(None if self.total is not None else SMALL)
        return list(zip((*self.cells, self.total), whys, strict=True))


def month_rows(filters, counts, columns):
    """A row for each month of the period, oldest first, with a month nobody counted as 0s:
    `counts` is {(month, column key): count}, `columns` the column keys in order."""
    return tuple(
        Row.of_counts(month_label(month), [counts.get((month, key), 0) for key in columns]) for month in filters.months
    )


@dataclass(frozen=True)
class Table:
    title: str
    columns: tuple  # the headings of the counts, in the order of each row's cells
    rows: tuple
    # Rows are months, oldest first: the area draws a trend chart beside the table.
    trend: bool = False
    note: str = ""
    # What the rows are ("Month", "Need"): the heading of the first column.
    row_heading: str = ""
    # Cells are medians (Row.of_medians) rather than counts: a hidden one is "too few to show",
    # and the last column is the median of every case rather than a total.
    medians: bool = False


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
