"""Counting what the checker told families: one count per family's latest result. A family who
goes back and changes an answer moves their count from the old result to the new one, so the
figures say what families were finally told. Only the month, the site language and the postcode
district are kept with a count; nothing a family answered."""

from django.db import transaction
from django.db.models import F

from childcare.models import OfferCheckCount


def _group(month, language, district, outcome):
    return {"month": month, "language": language, "postcode_district": district, "outcome": outcome}


@transaction.atomic
def count_result(month, language, district, outcome, counted_before=None):
    """Count this result and take back the family's earlier one (`counted_before`, as returned
    before). Returns what to carry, so a later change can be taken back."""
    group = _group(month.isoformat(), language, district, outcome)
    if counted_before == group:
        return group
    if counted_before:
        OfferCheckCount.objects.filter(**counted_before, count__gt=0).update(count=F("count") - 1)
    row, created = OfferCheckCount.objects.get_or_create(**group, defaults={"count": 1})
    if not created:
        OfferCheckCount.objects.filter(pk=row.pk).update(count=F("count") + 1)
    return group
