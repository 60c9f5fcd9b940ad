"""The forms of "Tell us how it went": one version's questions, as editors wrote them, and the
optional equality questions parents and carers are asked afterwards."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.typed_text import TypedTextForm
from feedback.models import Audience, QuestionKind
from feedback.models.service_feedback import (
    ETHNIC_GROUP_CHOICES,
    ETHNIC_GROUPS,
    PREFER_NOT_TO_SAY,
    AgeBand,
    Religion,
    Sex,
    YesNo,
    rating_scale,
)

TEXT_LIMIT = 500


def field_name(question):
    return f"q{question.pk}"


class AnswersForm(TypedTextForm, forms.Form):
    """One version's questions. Ratings and choices are radios, so the form works by keyboard
    and without JavaScript; every question may be skipped unless editors made it required, but
    a form with no answer at all is sent back."""

    # Left empty by people; filled in by spam robots, which then get a polite nothing.
    website = forms.CharField(required=False, label=_("Leave this empty"))

    def __init__(self, data=None, *, version, questions):
        super().__init__(data)
        self.version = version
        self.questions = list(questions)
        self.scale = rating_scale(version.slug)
        for question in self.questions:
            self.fields[field_name(question)] = self.field_for(question)

    @property
    def uses_faces(self):
        return self.version.slug == Audience.UNDER_EIGHT

    def field_for(self, question):
        required = question.required and question.kind != QuestionKind.TEXT
        hint = question.hint
        if question.kind == QuestionKind.TEXT:
            return forms.CharField(
                label=question.text,
                help_text=hint,
                required=False,
                max_length=TEXT_LIMIT,
                widget=forms.Textarea(attrs={"class": "govuk-textarea", "rows": 3, "maxlength": TEXT_LIMIT}),
                error_messages={"max_length": _("Write no more than 500 characters.")},
            )
        if question.kind == QuestionKind.CHOICE:
            choices = [(str(index), option) for index, option in enumerate(question.option_lines())]
        else:
            choices = [(str(value), label) for value, label in self.scale]
        message = _("Choose a face.") if self.uses_faces and question.kind == QuestionKind.RATING else None
        return forms.TypedChoiceField(
            label=question.text,
            help_text=hint,
            choices=choices,
            coerce=int,
            required=required,
            widget=forms.RadioSelect,
            error_messages={
                "required": message or _("Choose an answer."),
                "invalid_choice": _("Choose one of the answers."),
            },
        )

    def question_fields(self):
        """(question, bound field) in the order editors set."""
        return [(question, self[field_name(question)]) for question in self.questions]

    def answers(self):
        """(question, answer) for each question answered: a number for ratings, the chosen
        answer's position for choices, the words for free text."""
        given = []
        for question in self.questions:
            value = self.cleaned_data.get(field_name(question))
            if isinstance(value, str):
                value = value.strip()
            if value not in (None, ""):
                given.append((question, value))
        return given

    def clean(self):
        data = super().clean()
        if not self.errors and not data.get("website") and not self.answers():
            raise forms.ValidationError(_("Answer at least one question."))
        return data


def radios(label, choices, message):
    return forms.ChoiceField(
        label=label,
        choices=choices,
        required=False,
        widget=forms.RadioSelect,
        error_messages={"invalid_choice": message},
    )


CHOOSE_ONE = _("Choose one of the answers, or skip the question.")


class EqualityForm(TypedTextForm, forms.Form):
    """GOV.UK's "ask users for equality information" pattern: every question optional, each
    with "Prefer not to say", and the whole step can be skipped."""

    age = radios(_("What is your age?"), AgeBand.choices, CHOOSE_ONE)
    sex = radios(_("What is your sex?"), Sex.choices, CHOOSE_ONE)
    ethnic_group = radios(_("What is your ethnic group?"), ETHNIC_GROUP_CHOICES, CHOOSE_ONE)
    disability = radios(
        _(
            "Do you have any physical or mental health conditions or illnesses lasting or expected to last "
            "12 months or more?"
        ),
        YesNo.choices,
        CHOOSE_ONE,
    )
    religion = radios(_("What is your religion?"), Religion.choices, CHOOSE_ONE)

    def ethnic_group_options(self):
        """The ethnic group's radios under the census's five headings, then "Prefer not to say"."""
        options = {option.data["value"]: option for option in self["ethnic_group"]}
        grouped = [(heading, [options[value] for value, _label in choices]) for heading, choices in ETHNIC_GROUPS]
        return grouped, options[PREFER_NOT_TO_SAY[0]]

    def answered(self):
        return {name: value for name, value in self.cleaned_data.items() if value}
