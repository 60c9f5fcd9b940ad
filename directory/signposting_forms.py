"""The form a parent champion logs signposting with, on a phone: six questions, every one a
choice or a number. There is no box to type in, so no family's name or story can be recorded."""

import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.models import SpokenLanguage
from directory.models import Need, ServicePage, SignpostedTo, SignpostingEntry
from directory.models.signposting import MOST_FAMILIES
from hubs.models import HubPage, Locality

# Older than this is more likely a mistyped year than a late entry.
OLDEST_DAYS = 366
SERVICE, HUB = "service:", "hub:"


class LanguageChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, language):
        """Each language also in its own script, as champions read it: "Polish (Polski)"."""
        if language.native_name and language.native_name != language.name:
            return f"{language.name} ({language.native_name})"
        return language.name


class DateInput(forms.DateInput):
    """The phone's own date picker, without JavaScript."""

    input_type = "date"

    def __init__(self):
        super().__init__(format="%Y-%m-%d")


def destination_choices():
    """One list for "where": hubs and services on this site by name, then kinds of place. One
    question, answered in one tap, where three linked questions would need JavaScript."""
    hubs = [(f"{HUB}{hub.pk}", hub.title) for hub in HubPage.objects.live().order_by("locality__number")]
    services = [(f"{SERVICE}{service.pk}", service.title) for service in ServicePage.objects.live().order_by("title")]
    places = [(kind.value, kind.label) for kind in SignpostedTo if kind not in (SignpostedTo.SERVICE, SignpostedTo.HUB)]
    return [
        ("", _("Choose where")),
        (_("Strengthening Families Hubs"), hubs),
        (_("Services on this site"), services),
        (_("Other places"), places),
    ]


class SignpostingForm(forms.ModelForm):
    where = forms.ChoiceField(
        label=_("Where did you signpost them?"),
        error_messages={
            "required": _("Choose where you signposted them."),
            "invalid_choice": _("Choose where you signposted them from the list."),
        },
    )

    class Meta:
        model = SignpostingEntry
        fields = ["date", "locality", "need", "language", "families"]
        field_classes = {"language": LanguageChoiceField}
        widgets = {"date": DateInput()}
        labels = {
            "date": _("When did you signpost them?"),
            "locality": _("Which area?"),
            "need": _("What did they want help with?"),
            "language": _("Which language did you speak with them?"),
            "families": _("How many families?"),
        }
        help_texts = {
            "date": _("Today, unless you are logging it later."),
            "locality": _("Where the family lives, or where you met them if you do not know."),
            "need": _("Choose the nearest. If there were two needs, log them as two entries."),
            "language": "",
            "families": _("Usually 1. For a group, count each family once."),
        }
        error_messages = {
            "date": {"required": _("Enter the date."), "invalid": _("Enter a real date, like 7 December 2026.")},
            "locality": {"required": _("Choose the area."), "invalid_choice": _("Choose the area from the list.")},
            "need": {"required": _("Choose what they wanted help with."), "invalid_choice": _("Choose a need.")},
            "language": {"required": _("Choose the language."), "invalid_choice": _("Choose a language.")},
            "families": {
                "required": _("Enter how many families."),
                "invalid": _("Enter how many families as a number, like 1."),
                "min_value": _("Enter at least 1 family."),
                "max_value": _("Enter %(limit_value)s families or fewer: log a bigger group as more than one entry."),
            },
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["locality"].queryset = Locality.objects.order_by("number")
        self.fields["locality"].empty_label = _("Choose the area")
        self.fields["need"].queryset = Need.objects.select_related("parent")
        self.fields["need"].empty_label = _("Choose a need")
        self.fields["language"].queryset = SpokenLanguage.objects.all()
        self.fields["language"].empty_label = _("Choose a language")
        self.fields["where"].choices = destination_choices()
        self.fields["families"].widget.attrs.update({"min": 1, "max": MOST_FAMILIES, "inputmode": "numeric"})
        if self.instance.pk:
            self.initial.setdefault("where", where_value(self.instance))

    def clean_date(self):
        date = self.cleaned_data["date"]
        today = timezone.localdate()
        if date > today:
            raise forms.ValidationError(_("The date cannot be in the future."))
        if date < today - datetime.timedelta(days=OLDEST_DAYS):
            raise forms.ValidationError(_("The date must be within the last year."))
        return date

    def _post_clean(self):
        # Set before the model's own checks run, which need to know the destination.
        where = self.cleaned_data.get("where", "")
        self.instance.signposted_to, self.instance.service, self.instance.hub = destination(where)
        super()._post_clean()


def destination(where):
    """(kind, service, hub) from the one "where" answer."""
    if where.startswith(SERVICE):
        return SignpostedTo.SERVICE, ServicePage.objects.filter(pk=where.removeprefix(SERVICE)).first(), None
    if where.startswith(HUB):
        return SignpostedTo.HUB, None, HubPage.objects.filter(pk=where.removeprefix(HUB)).first()
    return where, None, None


def where_value(entry):
    if entry.signposted_to == SignpostedTo.SERVICE and entry.service_id:
        return f"{SERVICE}{entry.service_id}"
    if entry.signposted_to == SignpostedTo.HUB and entry.hub_id:
        return f"{HUB}{entry.hub_id}"
    return entry.signposted_to
