"""The "Listing feedback" queue in the admin: the reports a handler may see, newest first,
filtered by status and listing; one report, with its listing's edit screen a click away."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from feedback import access
from feedback.forms import HandleForm
from feedback.listings import can_mark_reviewed, mark_reviewed
from feedback.models import OPEN_STATUSES, Status

PER_PAGE = 50


def handlers_only(view):
    def guarded(request, *args, **kwargs):
        if not access.handles_feedback(request.user):
            raise PermissionDenied
        return never_cache(view)(request, *args, **kwargs)

    guarded.__name__ = view.__name__
    guarded.__doc__ = view.__doc__
    return guarded


class QueueFilters(forms.Form):
    status = forms.ChoiceField(label=gettext_lazy("Status"), required=False)
    listing = forms.TypedChoiceField(label=gettext_lazy("Listing"), required=False, coerce=int, empty_value=None)

    def __init__(self, data, reports):
        super().__init__(data)
        self.fields["status"].choices = [("open", _("Open (not closed)")), ("", _("Any")), *Status.choices]
        listings = {report.page_id: report.page.title for report in reports.select_related("page")}
        self.fields["listing"].choices = [("", _("Any"))] + sorted(
            listings.items(), key=lambda item: item[1].casefold()
        )

    def apply(self, reports):
        # An address typed by hand with a listing no longer on the list shows everything.
        status = self.data.get("status", "open")
        if status == "open":
            reports = reports.filter(status__in=OPEN_STATUSES)
        elif status in Status.values:
            reports = reports.filter(status=status)
        if self.is_valid() and self.cleaned_data["listing"]:
            reports = reports.filter(page_id=self.cleaned_data["listing"])
        return reports


@handlers_only
def index(request):
    mine = access.reports_for(request.user)
    data = request.GET.copy()
    data.setdefault("status", "open")
    filters = QueueFilters(data, mine)
    reports = filters.apply(mine.select_related("page"))
    page = Paginator(reports, PER_PAGE).get_page(request.GET.get("p"))
    query = request.GET.copy()
    query.pop("p", None)
    context = {
        "filters": filters,
        "page_obj": page,
        "total": page.paginator.count,
        "query_string": query.urlencode(),
    }
    return TemplateResponse(request, "feedback/admin/index.html", context)


def report_or_404(request, pk):
    return get_object_or_404(access.reports_for(request.user).select_related("page", "handled_by"), pk=pk)


def detail_context(report, form=None):
    markable = can_mark_reviewed(report.page)
    return {
        "report": report,
        "listing": report.page.specific,
        "form": form or HandleForm(initial={"status": report.status}, can_mark_reviewed=markable),
    }


@handlers_only
def detail(request, pk):
    report = report_or_404(request, pk)
    return TemplateResponse(request, "feedback/admin/detail.html", detail_context(report))


@require_POST
@handlers_only
def change_status(request, pk):
    report = report_or_404(request, pk)
    form = HandleForm(request.POST, can_mark_reviewed=can_mark_reviewed(report.page))
    if not form.is_valid():
        return TemplateResponse(request, "feedback/admin/detail.html", detail_context(report, form), status=400)
    with transaction.atomic():
        report.move_to(form.cleaned_data["status"], request.user)
        if form.cleaned_data.get("mark_reviewed"):
            published = mark_reviewed(report.page, request.user)
            report.marked_reviewed = True
            report.save(update_fields=["marked_reviewed"])
    messages.success(request, _("Status changed to %(status)s.") % {"status": report.get_status_display()})
    if form.cleaned_data.get("mark_reviewed"):
        if published:
            messages.success(request, _("The listing is marked reviewed today."))
        else:
            messages.warning(
                request, _("The new review date is saved as a draft of the listing: submit it for Publisher review.")
            )
    return redirect("listing_feedback:detail", pk=report.pk)
