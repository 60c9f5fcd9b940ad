"""The checker's results for the insight team: counts by month, language and postcode district,
with small numbers hidden (core/suppression.py). Nothing here can lead back to a family: the
counts never held more than the month, the site language and the district."""

import datetime

from django.db.models import Sum

from childcare.models import OfferCheckCount
from childcare.models.offer import Outcome
from core.languages import SITE_LANGUAGES
from core.suppression import suppressed_row

LANGUAGE_NAMES = {language.code: language.english_name for language in SITE_LANGUAGES}

MONTHS_SHOWN = 12


def first_month_shown(today):
    month = today.replace(day=1)
    for _ in range(MONTHS_SHOWN - 1):
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
