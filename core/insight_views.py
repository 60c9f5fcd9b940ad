"""Admin > Insight: figures for the insight team and the early help desk's managers, from every
app's sections (the `register_insight_section` hook), for a period and a locality, on screen and
as CSV. Aggregates only: every figure under 5 was hidden before it reached here (core/insight.py).
"""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils.text import slugify
from django.utils.translation import get_language_bidi
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from wagtail import hooks

from core import csv_safety
from core.insight import HOOK, LOCALITIES_HOOK, SMALL, add_months, month_label
from core.insight_chart import trend_chart
from core.insight_period import InsightFilterForm

PERMISSION = "core.view_insight"


def may_see_insight(user):
    """Insight officers and desk managers (the roles give them the permission). Superusers too:
    the figures name nobody, and membership of the insight officers' group is not audited, so
    an administrator kept out by name could let themselves in anyway."""
    return bool(user and user.is_active and user.has_perm(PERMISSION))


def localities():
    """[(primary key, name)] of the localities the figures can be narrowed to."""
    return [choice for hook in hooks.get_hooks(LOCALITIES_HOOK) for choice in hook()]


def sections_for(user):
    sections = [hook() for hook in hooks.get_hooks(HOOK)]
    return sorted((section for section in sections if section.visible_to(user)), key=lambda s: (s.order, s.title))


@dataclass
class ShownTable:
    table: object
    html_id: str
    chart: object
    # The ids of what names the table's scrolling box: its own title, and the section's too when
    # the two are the same words (two regions of one name confuse a screen reader's list).
    labelled_by: str


def shown_tables(section, filters):
    right_to_left = get_language_bidi()
    shown = []
    for number, table in enumerate(section.tables(filters), start=1):
        html_id = f"{section.slug}-{number}"
        labelled_by = f"{html_id}-title"
        if str(table.title) == str(section.title):
            labelled_by = f"{section.slug}-title {labelled_by}"
        shown.append(ShownTable(table, html_id, trend_chart(table, _("Total"), right_to_left), labelled_by))
    return shown


def period_text(filters):
    first, last = filters.start, add_months(filters.end, -1)
    if first == last:
        return month_label(first)
    return _("%(first)s to %(last)s") % {"first": month_label(first), "last": month_label(last)}


@never_cache
def insight(request):
    if not may_see_insight(request.user):
        raise PermissionDenied
    form = InsightFilterForm(request.GET, localities())
    context = {"form": form, "sections": []}
    if not form.is_valid():
        # Nothing typed is lost: the form comes back as it was sent, with what to correct.
        return TemplateResponse(request, "core/insight/area.html", context, status=400)
    filters = form.filters()
    sections = [(section, shown_tables(section, filters)) for section in sections_for(request.user)]
    place = form.locality_name() or _("every area")
    if request.GET.get("format") == "csv":
        return csv_download(sections, filters, period_text(filters), place)
    query = request.GET.copy()
    query["format"] = "csv"
    context.update(
        {"sections": sections, "period": period_text(filters), "place": place, "csv_query": query.urlencode()}
    )
    return TemplateResponse(request, "core/insight/area.html", context)


def shown_cell(value, why, medians):
    """A cell as the screen shows it."""
    if why is None:
        return value
    if medians:
        return _("too few to show")
    return _("fewer than 5") if why == SMALL else _("hidden")


def csv_download(sections, filters, period, place):
    """What the screen shows, table after table, with the same cells hidden."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response.write("\ufeff")  # so spreadsheet programs read the file as UTF-8
    writer = csv_safety.Writer(response)
    writer.writerow([_("Insight: %(period)s, %(place)s") % {"period": period, "place": place}])
    for section, tables in sections:
        for shown in tables:
            table = shown.table
            writer.writerow([])
            writer.writerow([f"{section.title}: {table.title}"])
            last = _("All") if table.medians else _("Total")
            writer.writerow([table.row_heading, *[str(heading) for heading in table.columns], last])
            for row in table.rows:
                cells = [shown_cell(value, why, table.medians) for value, why in row.shown()]
                writer.writerow([row.label, *cells])
    name = f"insight-{filters.start:%Y-%m}-to-{add_months(filters.end, -1):%Y-%m}"
    if filters.locality_id:
        name += "-" + slugify(place)
    response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    return response
