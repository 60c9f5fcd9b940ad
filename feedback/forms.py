"""The public "report something wrong" form, and the form editors use to move a report on."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.typed_text import TypedTextForm
from feedback.models import Problem, Status

DETAILS_LIMIT = 1000


class ReportForm(TypedTextForm, forms.Form):
    """What is wrong, in as few questions as possible. Nothing about the person is required."""

    problem = forms.ChoiceField(
        label=_("What is wrong?"),
        choices=Problem.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose what is wrong with this page.")},
    )
    details = forms.CharField(
        label=_("Tell us more"),
        help_text=_(
            "Optional, unless you chose ‘Something else’. For example, the new day, place or phone number. "
            "Please do not write about yourself or your family."
        ),
        required=False,
        max_length=DETAILS_LIMIT,
        widget=forms.Textarea(attrs={"class": "govuk-textarea", "rows": 4, "maxlength": DETAILS_LIMIT}),
        error_messages={"max_length": _("Write no more than 1000 characters.")},
    )
    name = forms.CharField(
        label=_("Your name (optional)"),
        required=False,
        max_length=100,
        widget=forms.TextInput(attrs={"class": "govuk-input govuk-!-width-two-thirds", "autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("Email address (optional)"),
        required=False,
        widget=forms.EmailInput(
            attrs={"class": "govuk-input govuk-!-width-two-thirds", "autocomplete": "email", "spellcheck": "false"}
        ),
        error_messages={"invalid": _("Enter an email address like name@example.com.")},
    )
    # Left empty by people; filled in by spam robots, which then get a polite nothing.
    website = forms.CharField(required=False, label=_("Leave this empty"))

    def describe_fields(self):
        """Point each text box at its hint and error message, for screen readers."""
        for name in ("details", "name", "email"):
            field = self[name]
            ids = ([f"{field.auto_id}-hint"] if field.help_text else []) + (
                [f"{field.auto_id}-error"] if field.errors else []
            )
            if ids:
                field.field.widget.attrs["aria-describedby"] = " ".join(ids)
        return self

    def clean(self):
        data = super().clean()
        if data.get("problem") == Problem.OTHER and not data.get("details", "").strip():
            self.add_error("details", _("Tell us what is wrong."))
        if data.get("name") and not data.get("email") and "email" not in self.errors:
            self.add_error("email", _("Enter an email address so we can reply, or leave your name out."))
        return data


class HandleForm(forms.Form):
    """An editor moves a report on; closing a service's report as done can mark it reviewed."""

    status = forms.ChoiceField(label=_("Status"), choices=Status.choices)
    mark_reviewed = forms.BooleanField(
        label=_("The listing has been checked: mark it reviewed today"),
        required=False,
    )

    def __init__(self, *args, can_mark_reviewed=False, **kwargs):
        super().__init__(*args, **kwargs)
        if not can_mark_reviewed:
            del self.fields["mark_reviewed"]

    def clean(self):
        data = super().clean()
        if data.get("mark_reviewed") and data.get("status") != Status.DONE:
            self.add_error("mark_reviewed", _("Only a report closed as done can mark the listing reviewed."))
        return data
