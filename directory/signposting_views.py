"""The signposting log in the admin. Parent champions log what they did and see their own
entries ("Log signposting", made for a phone); the Early years team reads the figures. The
team's list of every entry, to correct or delete, is a model viewset (directory/wagtail_hooks.py).
"""

import datetime

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from core.pagination import paginate
from directory.models import SignpostingEntry
from directory.roles import may_log_signposting
from directory.signposting import breakdowns, entries_for, quarter_start
from directory.signposting_forms import SignpostingForm
from hubs.models import Locality

OWN_ENTRIES_PER_PAGE = 10
MONTHS_OF_FIGURES = 12


def champions_only(view):
    def guarded(request, *args, **kwargs):
        if not may_log_signposting(request.user):
            raise PermissionDenied
        return never_cache(view)(request, *args, **kwargs)

    guarded.__name__ = view.__name__
    guarded.__doc__ = view.__doc__
    return guarded


def own_entries(user):
    return SignpostingEntry.objects.filter(logged_by=user).select_related(
        "locality", "need", "language", "service", "hub"
    )


def first_answers(user):
    """A new entry starts today, in the area and language of the champion's last one: most
    champions signpost in one area, often in one language."""
    initial = {"date": timezone.localdate(), "families": 1}
    last = SignpostingEntry.objects.filter(logged_by=user).order_by("-logged_at").first()
    if last:
        initial.update(locality=last.locality_id, language=last.language_id)
    return initial


@require_http_methods(["GET", "POST"])
@champions_only
def log(request):
    """Log signposting: the form, then the champion's own entries, newest first."""
    if request.method == "POST":
        form = SignpostingForm(request.POST)
        if form.is_valid():
            entry = form.save(commit=False)
            entry.logged_by = request.user
            entry.save()
            messages.success(request, logged_message(entry))
            return redirect("signposting:log")
        status = 400
    else:
        form = SignpostingForm(initial=first_answers(request.user))
        status = 200
    mine = own_entries(request.user)
    today = timezone.localdate()
    context = {
        "form": form,
        "page_obj": paginate(request, mine, OWN_ENTRIES_PER_PAGE),
        "families_this_month": mine.between(today.replace(day=1), today + datetime.timedelta(days=1)).families(),
    }
    return TemplateResponse(request, "directory/admin/signposting_log.html", context, status=status)


def logged_message(entry):
    return ngettext(
        "Logged: %(count)d family signposted to %(destination)s.",
        "Logged: %(count)d families signposted to %(destination)s.",
        entry.families,
    ) % {"count": entry.families, "destination": entry.destination}


@require_http_methods(["GET", "POST"])
@champions_only
def remove(request, pk):
    """A champion takes back an entry they logged by mistake (their own only)."""
    entry = get_object_or_404(own_entries(request.user), pk=pk)
    if request.method == "POST":
        entry.delete()
        messages.success(request, _("The entry is removed."))
        return redirect("signposting:log")
    return TemplateResponse(request, "directory/admin/signposting_remove.html", {"entry": entry})


def may_read_figures(user):
    return user.is_active and user.has_perm("directory.view_signpostingentry")


class FigureFilters(forms.Form):
    locality = forms.ModelChoiceField(
        Locality.objects.order_by("number"),
        required=False,
        label=gettext_lazy("Area"),
        empty_label=gettext_lazy("Every area"),
    )


@require_http_methods(["GET"])
def figures(request):
    """The Early years team's figures: the last twelve months, every number shown (they read
    every entry anyway; the Insight area hides small ones), and this quarter's headline."""
    if not may_read_figures(request.user):
        raise PermissionDenied
    filters = FigureFilters(request.GET)
    locality = filters.cleaned_data["locality"] if filters.is_valid() else None
    locality_id = locality.pk if locality else None
    today = timezone.localdate()
    end = (today.replace(day=1) + datetime.timedelta(days=32)).replace(day=1)
    start = subtract_months(end, MONTHS_OF_FIGURES)
    quarter = quarter_start(today)
    this_quarter = entries_for(quarter, end, locality_id)
    context = {
        "filters": filters,
        "start": start,
        "quarter_start": quarter,
        "today": today,
        "quarter_families": this_quarter.families(),
        "quarter_champions": this_quarter.champions(),
        "tables": breakdowns(entries_for(start, end, locality_id), start, end, locality_id),
    }
    return TemplateResponse(request, "directory/admin/signposting_figures.html", context)


def subtract_months(month, count):
    for _month in range(count):
        month = (month - datetime.timedelta(days=1)).replace(day=1)
    return month
