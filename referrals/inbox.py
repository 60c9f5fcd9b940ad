"""The early help desk's inbox in the Wagtail admin: list, read, triage, note, export.

Every view checks desk membership itself (see access.py) and writes to the audit log.
"""

import json

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from core import csv_safety
from core.languages import SITE_LANGUAGES
from core.models import SpokenLanguage
from hubs.models import HubPage, Locality
from referrals import access, audit
from referrals.models import CLOSED_STATUSES, AuditAction, AuditEvent, Note, Referral, Source, Status, StatusChange

PER_PAGE = 50


def desk_only(view):
    def guarded(request, *args, **kwargs):
        if not access.is_desk(request.user):
            raise PermissionDenied
        return never_cache(view)(request, *args, **kwargs)

    guarded.__name__ = view.__name__
    guarded.__doc__ = view.__doc__
    return guarded


class InboxFilters(forms.Form):
    q = forms.CharField(label=gettext_lazy("Reference"), required=False, max_length=20)
    status = forms.ChoiceField(label=gettext_lazy("Status"), required=False)
    source = forms.ChoiceField(label=gettext_lazy("Source"), required=False)
    locality = forms.ModelChoiceField(
        label=gettext_lazy("Area"), queryset=Locality.objects.all(), required=False, to_field_name="number"
    )
    received_from = forms.DateField(
        label=gettext_lazy("Received from"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    received_to = forms.DateField(
        label=gettext_lazy("Received to"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    language = forms.ModelChoiceField(
        label=gettext_lazy("Family's language"),
        queryset=SpokenLanguage.objects.all(),
        required=False,
        to_field_name="code",
    )
    form_language = forms.ChoiceField(label=gettext_lazy("Language of the form"), required=False)
    interpreter = forms.ChoiceField(
        label=gettext_lazy("Interpreter"),
        required=False,
        choices=[("", gettext_lazy("Any")), ("yes", gettext_lazy("Needed")), ("no", gettext_lazy("Not needed"))],
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = [("", _("Any")), ("open", _("Open (not closed)")), *Status.choices]
        self.fields["source"].choices = [("", _("Any")), *Source.choices]
        self.fields["form_language"].choices = [("", _("Any"))] + [
            (language.code, language.english_name) for language in SITE_LANGUAGES
        ]

    def apply(self, referrals):
        if not self.is_valid():
            return referrals
        data = self.cleaned_data
        if data["q"]:
            referrals = referrals.filter(reference__icontains=data["q"].strip().upper().replace(" ", ""))
        if data["status"] == "open":
            referrals = referrals.exclude(status__in=CLOSED_STATUSES)
        elif data["status"]:
            referrals = referrals.filter(status=data["status"])
        if data["source"]:
            referrals = referrals.filter(source=data["source"])
        if data["locality"]:
            referrals = referrals.filter(locality=data["locality"])
        if data["received_from"]:
            referrals = referrals.filter(received_at__date__gte=data["received_from"])
        if data["received_to"]:
            referrals = referrals.filter(received_at__date__lte=data["received_to"])
        if data["language"]:
            referrals = referrals.filter(spoken_language=data["language"])
        if data["form_language"]:
            referrals = referrals.filter(form_language=data["form_language"])
        if data["interpreter"]:
            referrals = referrals.filter(interpreter_needed=data["interpreter"] == "yes")
        return referrals

    def describe(self):
        """The filters used, for the audit log: never anything a family typed."""
        if not self.is_valid():
            return ""
        return ", ".join(f"{name}={value}" for name, value in self.data.items() if name in self.fields and value)


@desk_only
def index(request):
    filters = InboxFilters(request.GET or None)
    referrals = filters.apply(Referral.objects.select_related("locality", "hub", "spoken_language"))
    page = Paginator(referrals, PER_PAGE).get_page(request.GET.get("p"))
    audit.record(request.user, AuditAction.LISTED, detail=filters.describe())
    context = {
        "filters": filters,
        "page_obj": page,
        "total": page.paginator.count,
        "new_count": Referral.objects.filter(status=Status.NEW).count(),
        "is_manager": access.is_desk_manager(request.user),
        "query_string": request.GET.urlencode(),
    }
    return TemplateResponse(request, "referrals/inbox/index.html", context)


class StatusForm(forms.Form):
    status = forms.ChoiceField(label=gettext_lazy("New status"), choices=Status.choices)
    locality = forms.ModelChoiceField(label=gettext_lazy("Area"), queryset=Locality.objects.all(), required=False)
    hub = forms.ModelChoiceField(
        label=gettext_lazy("Hub"), queryset=HubPage.objects.live().order_by("title"), required=False
    )
    reason = forms.CharField(
        label=gettext_lazy("Reason"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": gettext_lazy("Give a reason for the change.")},
    )

    def clean(self):
        data = super().clean()
        if data.get("status") == Status.ALLOCATED and not data.get("hub"):
            self.add_error("hub", _("Choose the hub the family is allocated to."))
        return data


class NoteForm(forms.Form):
    text = forms.CharField(label=gettext_lazy("Note"), max_length=4000, widget=forms.Textarea(attrs={"rows": 3}))


def detail_context(request, referral, status_form=None, note_form=None):
    return {
        "referral": referral,
        "history": referral.status_changes.select_related("changed_by", "locality", "hub"),
        "notes": referral.notes.select_related("written_by"),
        "status_form": status_form
        or StatusForm(initial={"status": referral.status, "locality": referral.locality, "hub": referral.hub}),
        "note_form": note_form or NoteForm(),
        "is_manager": access.is_desk_manager(request.user),
    }


def detail_with_errors(request, referral, **forms):
    """The referral again, with the form that needs correcting."""
    context = detail_context(request, referral, **forms)
    return TemplateResponse(request, "referrals/inbox/detail.html", context, status=400)


@desk_only
def detail(request, reference):
    referral = get_object_or_404(
        Referral.objects.select_related("locality", "hub", "spoken_language"), reference=reference
    )
    audit.record(request.user, AuditAction.VIEWED, [referral])
    return TemplateResponse(request, "referrals/inbox/detail.html", detail_context(request, referral))


@require_POST
@desk_only
def change_status(request, reference):
    referral = get_object_or_404(Referral, reference=reference)
    form = StatusForm(request.POST)
    if not form.is_valid():
        return detail_with_errors(request, referral, status_form=form)
    data = form.cleaned_data
    now = timezone.now()
    with transaction.atomic():
        StatusChange.objects.create(
            referral=referral,
            changed_by=request.user,
            from_status=referral.status,
            to_status=data["status"],
            locality=data["locality"],
            hub=data["hub"],
            reason=data["reason"],
            changed_at=now,
        )
        referral.status = data["status"]
        referral.status_changed_at = now
        referral.locality = data["locality"] or (data["hub"].locality if data["hub"] else referral.locality)
        referral.hub = data["hub"]
        referral.closed_at = now if data["status"] in CLOSED_STATUSES else None
        referral.save(update_fields=["status", "status_changed_at", "locality", "hub", "closed_at"])
        audit.record(request.user, AuditAction.CHANGED, [referral], detail=f"status={data['status']}")
    messages.success(request, _("Status changed to %(status)s.") % {"status": referral.get_status_display()})
    return redirect("referral_inbox:detail", reference=referral.reference)


@require_POST
@desk_only
def add_note(request, reference):
    referral = get_object_or_404(Referral, reference=reference)
    form = NoteForm(request.POST)
    if not form.is_valid():
        return detail_with_errors(request, referral, note_form=form)
    with transaction.atomic():
        Note.objects.create(referral=referral, written_by=request.user, text=form.cleaned_data["text"])
        audit.record(request.user, AuditAction.NOTED, [referral])
    messages.success(request, _("Note added."))
    return redirect("referral_inbox:detail", reference=referral.reference)


EXPORT_COLUMNS = [
    "reference",
    "received_at",
    "source",
    "status",
    "locality",
    "hub",
    "form_language",
    "spoken_language",
    "interpreter_needed",
    "full_name",
    "relationship",
    "phone",
    "email",
    "contact",
    "address",
    "postcode",
    "children",
    "needs",
    "situation",
    "help_wanted",
    "professionals",
    "access_needs",
    "consent_to_share",
    "consent_wording",
    "referrer",
    "family_consent",
    "tried_so_far",
]


def export_record(referral):
    return {
        "reference": referral.reference,
        "received_at": referral.received_at.isoformat(),
        "source": referral.source,
        "status": referral.status,
        "locality": referral.locality.name if referral.locality else "",
        "hub": referral.hub.title if referral.hub else "",
        "form_language": referral.form_language,
        "spoken_language": referral.spoken_language.name if referral.spoken_language else "",
        "interpreter_needed": referral.interpreter_needed,
        "full_name": referral.full_name or "",
        "relationship": referral.relationship or "",
        "phone": referral.phone or "",
        "email": referral.email or "",
        "contact": referral.contact or {},
        "address": referral.address or "",
        "postcode": referral.postcode or "",
        "children": referral.children or [],
        "needs": [need["name"] for need in referral.needs or []],
        "situation": referral.situation or "",
        "help_wanted": referral.help_wanted or "",
        "professionals": referral.professionals or "",
        "access_needs": referral.access_needs or "",
        "consent_to_share": referral.consent_to_share,
        "consent_wording": referral.consent_wording,
        "referrer": referral.referrer or {},
        "family_consent": referral.family_consent or {},
        "tried_so_far": referral.tried_so_far or "",
    }


@require_POST
@desk_only
def export(request):
    """Selected referrals as CSV or JSON, for the case management system."""
    references = request.POST.getlist("reference")
    referrals = list(
        Referral.objects.filter(reference__in=references).select_related("locality", "hub", "spoken_language")
    )
    if not referrals:
        messages.error(request, _("Tick the referrals to export first."))
        return redirect("referral_inbox:index")
    export_format = "json" if request.POST.get("format") == "json" else "csv"
    audit.record(request.user, AuditAction.EXPORTED, referrals, detail=f"format={export_format}")
    records = [export_record(referral) for referral in referrals]
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
    if export_format == "json":
        response = HttpResponse(json.dumps(records, ensure_ascii=False, indent=2), content_type="application/json")
    else:
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response.write("\ufeff")  # so spreadsheet programs read the file as UTF-8
        # Families' own words reach the desk's spreadsheet: the shared writer keeps them text.
        writer = csv_safety.Writer(response)
        writer.writerow(EXPORT_COLUMNS)
        for record in records:
            writer.writerow(
                [
                    json.dumps(value, ensure_ascii=False) if isinstance(value, dict | list) else value
                    for value in (record[key] for key in EXPORT_COLUMNS)
                ]
            )
    response["Content-Disposition"] = f'attachment; filename="self-referrals-{stamp}.{export_format}"'
    response["Cache-Control"] = "no-store"
    return response


@never_cache
def audit_log(request):
    if not access.is_desk_manager(request.user):
        raise PermissionDenied
    events = AuditEvent.objects.all()
    reference = request.GET.get("reference", "").strip().upper()
    if reference:
        events = events.filter(references__contains=reference)
    page = Paginator(events, 100).get_page(request.GET.get("p"))
    return TemplateResponse(request, "referrals/inbox/audit.html", {"page_obj": page, "reference": reference})
