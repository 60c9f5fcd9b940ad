"""The parent champions' reach, counted from their signposting log: families signposted by month,
area, need, language of the family and where they were signposted. The Early years team's
figures screen and the Insight area's "Parent champions" section both count through here, so
the two cannot drift apart; the Insight area hides small numbers (core/insight.py)."""

from typing import NamedTuple

from django.db.models import Sum
from django.db.models.functions import TruncMonth
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.insight import Filters, Row, Section, Table, month_label
from core.models import SpokenLanguage
from core.suppression import is_small
from directory.models import Need, ServicePage, SignpostedTo, SignpostingEntry
from hubs.models import Locality


def month_starts(start, end):
    """The first day of each month from `start` up to, not including, `end`."""
    return Filters(start.replace(day=1), end).months


def quarter_start(day):
    return day.replace(month=(day.month - 1) // 3 * 3 + 1, day=1)


def entries_for(start, end, locality_id=None):
    entries = SignpostingEntry.objects.between(start, end)
    if locality_id:
        entries = entries.filter(locality_id=locality_id)
    return entries


def summed(entries, key):
    """Families for each value of `key` (a column, or a month)."""
    return {row[key]: row["total"] for row in entries.values(key).annotate(total=Sum("families")).order_by()}


def by_month(entries, start, end):
    totals = summed(entries.annotate(month=TruncMonth("date")), "month")
    return [(month_label(month), totals.get(month, 0)) for month in month_starts(start, end)]


def by_locality(entries, locality_id=None):
    totals = summed(entries, "locality")
    localities = Locality.objects.order_by("number")
    if locality_id:
        localities = localities.filter(pk=locality_id)
    return [(locality.name, totals.get(locality.pk, 0)) for locality in localities]


def named(totals, model, missing):
    """Each total under its object's name in the reader's language (translated fields), the
    most families first; `missing` for entries whose object was deleted."""
    objects = model.objects.in_bulk([pk for pk in totals if pk is not None])
    labels = [(str(objects[pk]) if pk in objects else missing, families) for pk, families in totals.items()]
    return sorted(labels, key=lambda pair: (-pair[1], pair[0].casefold()))


def by_need(entries):
    return named(summed(entries, "need"), Need, _("Not recorded"))


def by_language(entries):
    return named(summed(entries, "language"), SpokenLanguage, _("Not recorded"))


def by_destination(entries):
    totals = summed(entries, "signposted_to")
    return [(kind.label, totals.get(kind.value, 0)) for kind in SignpostedTo]


def by_service(entries):
    totals = summed(entries.filter(signposted_to=SignpostedTo.SERVICE), "service")
    return named(totals, ServicePage, _("A service no longer listed"))


class Breakdown(NamedTuple):
    title: str
    heading: str  # what each row is: a month, an area…
    rows: list  # (label, families)
    trend: bool = False  # rows are months, oldest first
    ranked: bool = False  # rows are in order of size, not in an order of their own


def breakdowns(entries, start, end, locality_id=None):
    """Each way of counting the families in `entries`."""
    return [
        Breakdown(_("Families signposted, by month"), _("Month"), by_month(entries, start, end), trend=True),
        Breakdown(_("By area"), _("Area"), by_locality(entries, locality_id)),
        Breakdown(_("By need"), _("Need"), by_need(entries), ranked=True),
        Breakdown(_("By language of the family"), _("Language"), by_language(entries), ranked=True),
        Breakdown(_("Where they were signposted"), _("Where"), by_destination(entries)),
        Breakdown(_("Services on this site they were signposted to"), _("Service"), by_service(entries), ranked=True),
    ]


def hidden_last(rows):
    """Rows the Insight area hides moved to the end in alphabetical order: in order of size,
    their place would tell how small each is."""
    return [row for row in rows if not is_small(row[1])] + sorted(
        (row for row in rows if is_small(row[1])), key=lambda row: row[0].casefold()
    )


def section_tables(filters):
    """The Insight area's tables: the same counts, with small numbers hidden."""
    entries = entries_for(filters.start, filters.end, filters.locality_id)
    column = (_("Families signposted"),)
    note = _(
        "From the parent champions' signposting log. Each entry counts the families a champion signposted at one "
        "time; a family signposted twice is counted twice. No family's details are recorded."
    )
    return [
        Table(
            title=breakdown.title,
            columns=column,
            rows=tuple(
                Row.of_counts(label, [families])
                for label, families in (hidden_last(breakdown.rows) if breakdown.ranked else breakdown.rows)
            ),
            trend=breakdown.trend,
            note=note if breakdown.trend else "",
            row_heading=breakdown.heading,
        )
        for breakdown in breakdowns(entries, filters.start, filters.end, filters.locality_id)
    ]


def insight_section():
    """Registered through the `register_insight_section` hook (directory/wagtail_hooks.py). The
    log holds nothing about any family, so the section is open to everyone the Insight area is."""
    return Section(
        slug="parent-champions",
        title=gettext_lazy("Parent champions"),
        description=gettext_lazy(
            "How many families parent champions signposted to help, and where, from the signposting log they keep."
        ),
        tables=section_tables,
        order=60,
    )
