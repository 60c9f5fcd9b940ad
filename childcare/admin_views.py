"""Keeping providers' vacancies true: a list of providers, the longest unconfirmed first, where an
editor who has just spoken to a provider sets the places free for each age, or presses "Still the
same" to confirm every vacancy as it is.

Who may: those who may change childcare providers (childcare/roles.py).
"""

import datetime

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import F, Min, Q
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods
from wagtail.log_actions import log

from childcare.models.providers import (
    AGE_GROUP_MONTHS,
    VACANCY_FRESH_DAYS,
    AgeGroup,
    ChildcareProvider,
    ProviderVacancy,
)
from core.pagination import paginate
from hubs.models import Locality

PROVIDERS_PER_PAGE = 20
MOST_PLACES = 999


def may_update_vacancies(user):
    return user.has_perm("childcare.change_childcareprovider")


def age_groups_for(provider):
    """The age groups a provider cares for, and any it has a vacancy for whatever its ages say."""
    with_vacancy = {vacancy.age_group for vacancy in provider.vacancies.all()}
    return [
        group
        for group in AgeGroup
        if group in with_vacancy
        or (
            provider.youngest_months <= AGE_GROUP_MONTHS[group][1]
            and provider.oldest_years * 12 + 11 >= AGE_GROUP_MONTHS[group][0]
        )
    ]


class VacancyForm(forms.Form):
    """Places free for each age group the provider cares for; empty when they do not say."""

    def __init__(self, *args, provider, **kwargs):
        super().__init__(*args, prefix=f"provider-{provider.pk}", **kwargs)
        self.provider = provider
        current = {vacancy.age_group: vacancy for vacancy in provider.vacancies.all()}
        for group in age_groups_for(provider):
            self.fields[group.value] = forms.IntegerField(
                label=format_lazy(_("{age}: places free"), age=group.label),
                min_value=0,
                max_value=MOST_PLACES,
                required=False,
                initial=current[group].places if group in current else None,
            )

    def save(self, today):
        current = {vacancy.age_group: vacancy for vacancy in self.provider.vacancies.all()}
        for group, places in self.cleaned_data.items():
            if places is None:
                if group in current:
                    current[group].delete()  # they no longer say: an old number would mislead
                continue
            ProviderVacancy.objects.update_or_create(
                provider=self.provider, age_group=group, defaults={"places": places, "confirmed_on": today}
            )


class VacancyFilters(forms.Form):
    locality = forms.ModelChoiceField(
        Locality.objects.order_by("number"), required=False, label=_("Locality"), empty_label=_("All localities")
    )
    stale = forms.BooleanField(
        required=False,
        label=format_lazy(_("Only those not confirmed for more than {days} days"), days=VACANCY_FRESH_DAYS),
    )


def by_oldest_confirmation():
    """Listed providers, the oldest confirmation first (never confirmed before all)."""
    return (
        ChildcareProvider.objects.listed()
        .annotate(oldest_confirmed=Min("vacancies__confirmed_on"))
        .order_by(F("oldest_confirmed").asc(nulls_first=True), "name")
    )


def not_confirmed_lately(providers, today):
    cutoff = today - datetime.timedelta(days=VACANCY_FRESH_DAYS)
    return providers.filter(Q(oldest_confirmed__isnull=True) | Q(oldest_confirmed__lt=cutoff))


def providers_to_confirm(filters, today):
    providers = by_oldest_confirmation().select_related("locality").prefetch_related("vacancies")
    if filters.is_valid():
        if locality := filters.cleaned_data["locality"]:
            providers = providers.filter(locality=locality)
        if filters.cleaned_data["stale"]:
            providers = not_confirmed_lately(providers, today)
    return providers


@require_http_methods(["GET"])
def vacancy_list(request):
    if not may_update_vacancies(request.user):
        raise PermissionDenied
    today = timezone.localdate()
    filters = VacancyFilters(request.GET)
    page = paginate(request, providers_to_confirm(filters, today), PROVIDERS_PER_PAGE)
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "filters": filters,
        "page_obj": page,
        "entries": [entry(provider, VacancyForm(provider=provider), today) for provider in page],
        "query_string": query.urlencode(),
        "here": request.get_full_path(),
        "fresh_days": VACANCY_FRESH_DAYS,
    }
    return TemplateResponse(request, "childcare/admin/vacancies.html", context)


def entry(provider, form, today):
    confirmed = min((vacancy.confirmed_on for vacancy in provider.vacancies.all()), default=None)
    return {
        "provider": provider,
        "form": form,
        "confirmed": confirmed,
        "stale": confirmed is None or (today - confirmed).days > VACANCY_FRESH_DAYS,
        "has_vacancies": bool(provider.vacancies.all()),
    }


@require_http_methods(["GET", "POST"])
def vacancy_update(request, pk):
    """One provider's vacancies: saved from the list (or this page), or shown again with what
    was wrong."""
    if not may_update_vacancies(request.user):
        raise PermissionDenied
    provider = get_object_or_404(ChildcareProvider.objects.prefetch_related("vacancies"), pk=pk)
    today = timezone.localdate()
    back = request.POST.get("next") or request.GET.get("next") or ""
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        back = ""
    back = back or reverse("childcare_admin:vacancies")
    if request.method == "POST":
        if request.POST.get("action") == "same":
            with transaction.atomic():
                confirmed = provider.vacancies.update(confirmed_on=today)
                log(instance=provider, action="wagtail.edit", user=request.user)
            if confirmed:
                messages.success(
                    request,
                    format_lazy(_("{name}: every vacancy confirmed as it was, today."), name=provider.name),
                )
            else:
                messages.warning(request, format_lazy(_("{name} has no vacancies to confirm."), name=provider.name))
            return HttpResponseRedirect(f"{back}#provider-{provider.pk}")
        form = VacancyForm(request.POST, provider=provider)
        if form.is_valid():
            with transaction.atomic():
                form.save(today)
                log(instance=provider, action="wagtail.edit", user=request.user)
            messages.success(
                request, format_lazy(_("{name}: vacancies saved and confirmed today."), name=provider.name)
            )
            return HttpResponseRedirect(f"{back}#provider-{provider.pk}")
    else:
        form = VacancyForm(provider=provider)
    context = {"entry": entry(provider, form, today), "back": back, "fresh_days": VACANCY_FRESH_DAYS}
    return TemplateResponse(request, "childcare/admin/vacancy_provider.html", context)
