"""The checker's results for the insight team: counts by month, language and postcode district,
with small numbers hidden (core/suppression.py), on the Reports page and as a section of the
Insight area. Nothing here can lead back to a family: the counts never held more than the month,
the site language and the district."""

import datetime

from django.conf import settings
from django.db.models import Sum
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from childcare.models import OfferCheckCount
from childcare.models.offer import Outcome
from core.insight import Row, Section, Table, month_rows
from core.languages import SITE_LANGUAGES
from core.suppression import suppressed_row
from hubs import postcodes
from hubs.districts import districts_mostly_in

# Who may read the checker's counts (childcare/roles.py): the section follows the Reports page.
PERMISSION = "childcare.view_offercheckcount"

LANGUAGE_NAMES = {language.code: language.english_name for language in SITE_LANGUAGES}

MONTHS_SHOWN = 12


def first_month_shown(today):
    month = today.replace(day=1)
    for _month in range(MONTHS_SHOWN - 1):
        month = (month - datetime.timedelta(days=1)).replace(day=1)
    return month


def table(counts, by):
    """Rows of {label, cells, total} for one way of grouping, outcomes as columns."""
    grouped = {}
    for row in counts.values(by, "outcome").annotate(total=Sum("count")):
        grouped.setdefault(row[by], {})[row["outcome"]] = row["total"]
    rows = []
    for label in sorted(grouped, reverse=by == "month"):
        cells, total = suppressed_row([grouped[label].get(outcome, 0) for outcome in Outcome.values])
        name = LANGUAGE_NAMES.get(label, label) if by == "language" else label
        rows.append({"label": name, "cells": cells, "total": total})
    return rows


def offer_check_report(today):
    counts = OfferCheckCount.objects.filter(month__gte=first_month_shown(today))
    return {
        "outcomes": Outcome.choices,
        "by_month": table(counts, "month"),
        "by_language": table(counts, "language"),
        "by_district": table(counts, "postcode_district"),
        "since": first_month_shown(today),
    }


def grouped(counts, by):
    """{(group, outcome): count} for one way of grouping."""
    return {
        (row[by], row["outcome"]): row["total"]
        for row in counts.values(by, "outcome").annotate(total=Sum("count")).order_by()
    }


def rows_of(labelled_groups, counts):
    return tuple(
        Row.of_counts(label, [counts.get((group, outcome), 0) for outcome in Outcome.values])
        for group, label in labelled_groups
    )


def offer_check_tables(filters):
    """The section's tables: the same counts as the Reports page, for the reader's period."""
    counts = OfferCheckCount.objects.filter(month__gte=filters.start, month__lt=filters.end)
    area_note = ""
    if filters.locality_id:
        districts = districts_mostly_in(filters.locality_id)
        counts = counts.filter(postcode_district__in=districts)
        if districts:
            area_note = _(
                "Kept by postcode district only: for this area, the districts most of whose addresses "
                "are in it (%(districts)s)."
            ) % {"districts": ", ".join(districts)}
        else:
            area_note = _("Kept by postcode district only, and no district has most of its addresses in this area.")
    columns = tuple(label for _value, label in Outcome.choices)
    by_district = grouped(counts, "postcode_district")
    districts = sorted({group for group, _outcome in by_district} - {""}, key=postcodes.district_order)
    district_rows = [(district, district) for district in districts]
    if not filters.locality_id:  # checks with no postcode belong to no area
        district_rows.append(("", _("Not given")))
    return [
        Table(
            title=_("Two-year-old offer checks, by month"),
            columns=columns,
            rows=month_rows(filters, grouped(counts, "month"), Outcome.values),
            trend=True,
            row_heading=_("Month"),
            note=area_note,
        ),
        Table(
            title=_("Two-year-old offer checks, by language of the site"),
            columns=columns,
            rows=rows_of(list(settings.LANGUAGES), grouped(counts, "language")),
            row_heading=_("Language"),
        ),
        Table(
            title=_("Two-year-old offer checks, by postcode district"),
            columns=columns,
            rows=rows_of(district_rows, by_district),
            row_heading=_("Postcode district"),
        ),
    ]


def offer_checks_section():
    return Section(
        slug="offer-checks",
        title=gettext_lazy("Two-year-old offer checks"),
        description=gettext_lazy(
            "What the checker told families: each family's latest result, counted once. Only the month, "
            "the site language and the first part of the postcode are kept."
        ),
        tables=offer_check_tables,
        order=50,
        # Counts only: everyone who may open the Insight area, desk managers included, reads them.
    )
