"""Reports > Two-year-old offer checks: what the checker told families, for insight officers and
the early years team. Aggregates only, small numbers hidden; the same figures as CSV."""

import csv

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from childcare.insight import PERMISSION, offer_check_report
from core.csv_safety import guard

GROUPINGS = (("by_month", "month"), ("by_language", "language"), ("by_district", "postcode district"))


def can_see_offer_checks(user):
    return user.has_perm(PERMISSION)


def offer_checks(request):
    if not can_see_offer_checks(request.user):
        raise PermissionDenied
    report = offer_check_report(timezone.localdate())
    if request.GET.get("format") == "csv":
        return offer_checks_csv(report)
    return TemplateResponse(request, "childcare/insight/offer_checks.html", report)


def shown(value):
    return "<5" if value is None else value


def offer_checks_csv(report):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="two-year-old-offer-checks.csv"'
    writer = csv.writer(response)
    writer.writerow(["grouping", "group", *[str(label) for _value, label in report["outcomes"]], _("Total")])
    for key, name in GROUPINGS:
        for row in report[key]:
            writer.writerow(
                [name, guard(str(row["label"]) or "-"), *[shown(cell) for cell in row["cells"]], shown(row["total"])]
            )
    return response
