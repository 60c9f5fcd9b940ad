"""The Insight area's filters: which months, and which locality. A plain GET form, so every view
of the figures is a link a colleague can open, and it works without JavaScript."""

import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.insight import Filters, add_months, month_label

THIS_QUARTER, LAST_QUARTER, LAST_12_MONTHS, CHOSEN_MONTHS = "this-quarter", "last-quarter", "12-months", "months"
# How far back the months to choose from go: the area keeps no figure older than it needs.
MONTHS_OFFERED = 36


def quarter_start(month):
    return datetime.date(month.year, (month.month - 1) // 3 * 3 + 1, 1)


def period_months(period, this_month):
    """(first month, the month after the last) of a period named by the form."""
    if period == LAST_QUARTER:
        start = add_months(quarter_start(this_month), -3)
        return start, add_months(start, 3)
    if period == LAST_12_MONTHS:
        return add_months(this_month, -11), add_months(this_month, 1)
    return quarter_start(this_month), add_months(this_month, 1)


class InsightFilterForm(forms.Form):
    period = forms.ChoiceField(
        label=_("Period"),
        widget=forms.RadioSelect,
        choices=[
            (THIS_QUARTER, _("This quarter")),
            (LAST_QUARTER, _("Last quarter")),
            (LAST_12_MONTHS, _("The last 12 months")),
            (CHOSEN_MONTHS, _("Months I choose")),
        ],
        error_messages={"invalid_choice": _("Choose a period from the list.")},
    )
    start = forms.ChoiceField(
        label=_("From"),
        required=False,
        error_messages={"invalid_choice": _("Choose the first month from the list.")},
    )
    end = forms.ChoiceField(
        label=_("To"),
        required=False,
        error_messages={"invalid_choice": _("Choose the last month from the list.")},
    )
    locality = forms.ChoiceField(
        label=_("Area"), required=False, error_messages={"invalid_choice": _("Choose an area from the list.")}
    )

    def __init__(self, data, localities, today=None):
        """`data` is the request's GET (empty: this quarter, every area); `localities` the
        [(primary key, name)] places registered for the area."""
        self.this_month = (today or timezone.localdate()).replace(day=1)
        given = {name: data.get(name, "") for name in ("period", "start", "end", "locality")}
        given["period"] = given["period"] or THIS_QUARTER
        super().__init__(given)
        months = [add_months(self.this_month, -back) for back in range(MONTHS_OFFERED)]
        choices = [(month.strftime("%Y-%m"), month_label(month)) for month in months]
        self.fields["start"].choices = [("", _("Choose a month")), *reversed(choices)]
        self.fields["end"].choices = [("", _("Choose a month")), *choices]
        for name in ("start", "end"):
            self.fields[name].widget.attrs["aria-describedby"] = "months-hint"
        self.fields["locality"].choices = [("", _("Every area")), *((str(pk), name) for pk, name in localities)]
        self.locality_names = {str(pk): name for pk, name in localities}

    def full_clean(self):
        super().full_clean()
        # Each answer to correct points to its message, for screen readers.
        for name in self.errors:
            if name in self.fields:
                attrs = self.fields[name].widget.attrs
                described = " ".join(filter(None, [attrs.get("aria-describedby"), f"{name}-error"]))
                attrs.update({"aria-invalid": "true", "aria-describedby": described})

    def clean(self):
        data = super().clean()
        if data.get("period") != CHOSEN_MONTHS:
            return data
        if not data.get("start"):
            self.add_error("start", _("Choose the first month, or another period."))
        if not data.get("end"):
            self.add_error("end", _("Choose the last month, or another period."))
        if data.get("start") and data.get("end") and data["start"] > data["end"]:
            self.add_error("end", _("The last month must be the same as the first month or after it."))
        return data

    def error_links(self):
        """[(the answer's id, message)] in the order of the page, for the error summary."""
        links = []
        for name in self.fields:
            for error in self.errors.get(name, []):
                links.append((f"id_{name}_0" if name == "period" else f"id_{name}", error))
        return links

    def filters(self):
        """The reader's choice as core.insight.Filters (only once the form is valid)."""
        data = self.cleaned_data
        if data["period"] == CHOSEN_MONTHS:
            start = datetime.date.fromisoformat(f"{data['start']}-01")
            end = add_months(datetime.date.fromisoformat(f"{data['end']}-01"), 1)
        else:
            start, end = period_months(data["period"], self.this_month)
        return Filters(start=start, end=end, locality_id=int(data["locality"]) if data["locality"] else None)

    def locality_name(self):
        return self.locality_names.get(self.cleaned_data["locality"], "")
