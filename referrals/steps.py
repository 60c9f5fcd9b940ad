"""The pages of the self-referral form, in order, and what each one's answers mean."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy

from referrals import forms


@dataclass(frozen=True)
class Step:
    slug: str
    form_class: type
    title: str
    is_formset: bool = False

    def bind(self, data=None):
        if self.is_formset:
            return self.form_class(data=data, prefix="child")
        return self.form_class(data=data)

    def field_names(self):
        """Every name this page's form reads from what is sent: the answers a draft keeps for
        it. Anything else a page is sent (a robot's extra fields) is not kept."""
        if not self.is_formset:
            return _names(self.form_class.base_fields)
        formset = self.form_class(prefix="child")
        names = {formset.add_prefix(name) for name in formset.management_form.base_fields}
        for index in range(formset.absolute_max):
            names |= _names(formset.form.base_fields, formset.add_prefix(index))
        return names


def _names(fields, prefix=None):
    names = set()
    for name, field in fields.items():
        name = f"{prefix}-{name}" if prefix else name
        widget = field.widget
        suffixes = getattr(widget, "widgets_names", None)
        names |= {f"{name}{suffix}" for suffix in suffixes} if suffixes else {name}
    return names


STEPS = [
    Step("about-you", forms.AboutYouForm, forms.AboutYouForm.title),
    Step("contact", forms.ContactForm, forms.ContactForm.title),
    Step("address", forms.AddressForm, forms.AddressForm.title),
    Step("children", forms.ChildFormSet, gettext_lazy("Your children"), is_formset=True),
    Step("help", forms.HelpForm, forms.HelpForm.title),
    Step("professionals", forms.ProfessionalsForm, forms.ProfessionalsForm.title),
    Step("language", forms.LanguageForm, forms.LanguageForm.title),
    Step("consent", forms.ConsentForm, forms.ConsentForm.title),
]
STEPS_BY_SLUG = {step.slug: step for step in STEPS}


def position(step):
    return STEPS.index(step)


def previous(step):
    index = position(step)
    return STEPS[index - 1] if index > 0 else None


def following(step):
    index = position(step)
    return STEPS[index + 1] if index + 1 < len(STEPS) else None


def validated(draft):
    """Every step's form bound to the draft's answers: (step, form) pairs, and the first
    step that still needs an answer (None when all are done)."""
    from referrals.drafts import as_form_data

    bound, first_missing = [], None
    for step in STEPS:
        form = step.bind(as_form_data(draft.answers.get(step.slug)) if step.slug in draft.answers else None)
        if (not form.is_bound or not form.is_valid()) and first_missing is None:
            first_missing = step
        bound.append((step, form))
    return bound, first_missing
