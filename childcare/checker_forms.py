"""One form for each kind of question the checker asks. Each takes the saved answer as `initial`
and gives the answer to save from `answer()`."""

import datetime

from django import forms
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from childcare.eligibility import NO, NONE, NOT_SURE, YES
from childcare.models.offer import IncomeBasis
from hubs import postcodes

OLDEST_YEARS = 18


def pounds(amount):
    """£15,400 or £195.36: whole pounds without pence."""
    whole = amount == amount.to_integral_value()
    return "£" + number_format(amount, decimal_pos=0 if whole else 2, force_grouping=True)


class BornForm(forms.Form):
    month = forms.CharField(label=gettext_lazy("Month"), max_length=2, required=False)
    year = forms.CharField(label=gettext_lazy("Year"), max_length=4, required=False)

    def __init__(self, *args, initial=None, **kwargs):
        if isinstance(initial, str) and "-" in initial:
            year, month = initial.split("-")
            initial = {"month": str(int(month)), "year": year}
        super().__init__(*args, initial=initial or {}, **kwargs)

    def clean(self):
        month, year = (self.cleaned_data.get(name, "").strip() for name in ("month", "year"))
        if not month and not year:
            self.add_error("month", _("Enter the month and year your child was born"))
            return
        if not month:
            self.add_error("month", _("Enter the month your child was born"))
            return
        if not year:
            self.add_error("year", _("Enter the year your child was born"))
            return
        if not month.isdigit() or not 1 <= int(month) <= 12:
            self.add_error("month", _("Enter the month as a number from 1 to 12"))
            return
        if not year.isdigit() or len(year) != 4:
            self.add_error("year", _("Enter the year as 4 numbers, like 2024"))
            return
        born = datetime.date(int(year), int(month), 1)
        today = timezone.localdate()
        if born > today:
            self.add_error("month", _("The month your child was born must be this month or before"))
            return
        if today.year - born.year > OLDEST_YEARS:
            self.add_error("year", _("Enter a year in the last 18 years"))
            return
        self.cleaned_data["born"] = born

    def answer(self):
        return self.cleaned_data["born"].strftime("%Y-%m")


class PostcodeForm(forms.Form):
    postcode = forms.CharField(label=gettext_lazy("Postcode"), max_length=20, required=False)

    def __init__(self, *args, initial=None, **kwargs):
        super().__init__(*args, initial={"postcode": initial or ""}, **kwargs)

    def clean_postcode(self):
        typed = self.cleaned_data["postcode"].strip()
        if not typed:
            return ""
        try:
            return postcodes.lookup(typed).label
        except postcodes.PostcodeError as error:
            raise forms.ValidationError(str(error)) from None

    def answer(self):
        return self.cleaned_data["postcode"]


class RuleChoicesForm(forms.Form):
    """Tick every rule that applies, or "None of these", or "I'm not sure"."""

    choices = forms.MultipleChoiceField(required=False)

    def __init__(self, *args, rules, initial=None, **kwargs):
        super().__init__(*args, initial={"choices": initial or []}, **kwargs)
        self.rules = rules
        self.fields["choices"].choices = [(rule.key, rule.label) for rule in rules] + [
            (NONE, _("None of these")),
            (NOT_SURE, _("I'm not sure")),
        ]

    def clean_choices(self):
        chosen = self.cleaned_data["choices"]
        if not chosen:
            raise forms.ValidationError(_("Select all that apply, or 'None of these', or 'I'm not sure'"))
        exclusive = [value for value in chosen if value in (NONE, NOT_SURE)]
        if exclusive and len(chosen) > 1:
            raise forms.ValidationError(
                _("Select 'None of these' or 'I'm not sure' on its own, or untick it and keep the others")
            )
        return chosen

    def answer(self):
        return self.cleaned_data["choices"]

    def hint_for(self, key):
        return next((rule.hint for rule in self.rules if rule.key == key), "")


class YesNoForm(forms.Form):
    answer_choice = forms.ChoiceField(
        choices=[(YES, gettext_lazy("Yes")), (NO, gettext_lazy("No")), (NOT_SURE, gettext_lazy("I'm not sure"))],
        required=False,
    )

    def __init__(self, *args, initial=None, **kwargs):
        super().__init__(*args, initial={"answer_choice": initial or ""}, **kwargs)

    def clean_answer_choice(self):
        value = self.cleaned_data["answer_choice"]
        if not value:
            raise forms.ValidationError(_("Select yes, no or I'm not sure"))
        return value

    def answer(self):
        return self.cleaned_data["answer_choice"]


def income_question(rule):
    """The question and its hint for a rule's income limit, in the family's words, with the
    amounts of the rule in force."""
    limit = pounds(rule.income_limit)
    if rule.income_basis == IncomeBasis.TAKE_HOME_EARNINGS:
        question = _("Is your household's take-home pay from work %(limit)s a year or less?") % {"limit": limit}
        hint = _(
            "Count what you and your partner earn after tax, not your benefits. "
            "%(limit)s a year is about %(month)s a month."
        ) % {"limit": limit, "month": pounds((rule.income_limit / 12).quantize(1))}
    elif rule.income_basis == IncomeBasis.GROSS_HOUSEHOLD:
        question = _("Is your household's income %(limit)s a year or less, before tax?") % {"limit": limit}
        hint = _("Count what you and your partner get from work and anything else, before tax.")
    else:
        question = _("Is your household's income %(limit)s a year or less?") % {"limit": limit}
        hint = _("Count what you and your partner get, after tax.")
    extra = []
    if rule.income_limit_two_or_more_children is not None:
        extra.append(
            _("If you have 2 or more children, the limit is %(limit)s.")
            % {"limit": pounds(rule.income_limit_two_or_more_children)}
        )
    if rule.savings_limit is not None:
        extra.append(
            _("Answer no if you have more than %(limit)s in savings or investments.")
            % {"limit": pounds(rule.savings_limit)}
        )
    return question, " ".join([hint, *extra])


def work_question(rule):
    question = _(
        "Do you, and your partner if you have one, each expect to earn at least %(weekly)s a week from work?"
    ) % {"weekly": pounds(rule.weekly_earnings_minimum)}
    hint = _(
        "That is about 16 hours a week at the National Minimum Wage or National Living Wage. Count self-employment "
        "too. Answer yes if you are on parental, sick or holiday leave from such work. Answer no if either of you "
        "expects to earn more than %(limit)s a year."
    ) % {"limit": pounds(rule.income_limit)}
    return question, hint
