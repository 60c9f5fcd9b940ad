"""The pages of each referral form, in order, and what each one's answers mean.

Two journeys share the machinery (drafts, pages, "Check your answers", sending): a family's
self-referral, and a professional's or parent champion's referral of a family who agreed.
"""

import dataclasses
from dataclasses import dataclass

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy

from referrals import forms, professional_forms


@dataclass(frozen=True)
class Step:
    slug: str
    form_class: type
    title: str
    is_formset: bool = False
    # A paragraph shown under the page's heading, before the questions.
    explanation: str = ""

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
    Step(
        "children",
        forms.ChildFormSet,
        gettext_lazy("Your children"),
        is_formset=True,
        explanation=gettext_lazy(
            "Tell us about each child in your family that you would like help for, and any baby you are expecting."
        ),
    ),
    Step("help", forms.HelpForm, forms.HelpForm.title),
    Step("professionals", forms.ProfessionalsForm, forms.ProfessionalsForm.title),
    Step("language", forms.LanguageForm, forms.LanguageForm.title),
    Step("consent", forms.ConsentForm, forms.ConsentForm.title, explanation=forms.CONSENT_EXPLANATION),
]
STEPS_BY_SLUG = {step.slug: step for step in STEPS}

PROFESSIONAL_STEPS = [
    Step("safeguarding", professional_forms.SafeguardingForm, professional_forms.SafeguardingForm.title),
    Step("referrer", professional_forms.ReferrerForm, professional_forms.ReferrerForm.title),
    Step(
        "consent",
        professional_forms.FamilyConsentForm,
        professional_forms.FamilyConsentForm.title,
        explanation=professional_forms.CONSENT_EXPLANATION,
    ),
    Step("family", professional_forms.FamilyForm, professional_forms.FamilyForm.title),
    Step(
        "children",
        professional_forms.ChildFormSet,
        gettext_lazy("The children"),
        is_formset=True,
        explanation=gettext_lazy(
            "Tell us about each child in the family who needs help, and any baby the family is expecting."
        ),
    ),
    Step("help", professional_forms.NeedsForm, professional_forms.NeedsForm.title),
    Step("professionals", professional_forms.OtherProfessionalsForm, professional_forms.OtherProfessionalsForm.title),
    Step("language", professional_forms.FamilyLanguageForm, professional_forms.FamilyLanguageForm.title),
]


@dataclass(frozen=True)
class Journey:
    """One referral form: its pages, the names of its addresses, its templates and the page
    whose postcode places the family in an area."""

    form: str  # the drafts' name for it (drafts.SESSION_KEYS)
    steps: list = dataclasses.field(repr=False)
    url_names: dict = dataclasses.field(repr=False)
    template_dir: str
    title: str
    postcode_step: str

    @cached_property
    def by_slug(self):
        return {step.slug: step for step in self.steps}

    @property
    def first(self):
        return self.steps[0]

    @property
    def last(self):
        return self.steps[-1]

    def templates(self, name):
        """This journey's own template if it has one, else the self-referral's."""
        return [f"{self.template_dir}/{name}.html", f"referrals/{name}.html"]

    def position(self, step):
        return self.steps.index(step)

    def previous(self, step):
        index = self.position(step)
        return self.steps[index - 1] if index > 0 else None

    def following(self, step):
        index = self.position(step)
        return self.steps[index + 1] if index + 1 < len(self.steps) else None

    def validated(self, draft):
        """Every step's form bound to the draft's answers: (step, form) pairs, and the first
        step that still needs an answer (None when all are done). A page whose answer stops
        the form (the safeguarding question) is never done."""
        from referrals.drafts import as_form_data

        bound, first_missing = [], None
        for step in self.steps:
            form = step.bind(as_form_data(draft.answers.get(step.slug)) if step.slug in draft.answers else None)
            done = form.is_bound and form.is_valid() and not stops_here(form)
            if not done and first_missing is None:
                first_missing = step
            bound.append((step, form))
        return bound, first_missing


def stops_here(form):
    """Whether a valid answer means the form must not go on (see SafeguardingForm)."""
    return bool(getattr(form, "stops_here", lambda: False)())


SELF = Journey(
    form="self",
    steps=STEPS,
    url_names={
        "start": "referral_start",
        "step": "referral_step",
        "check": "referral_check",
        "done": "referral_done",
        "clear": "referral_clear",
        "keep_alive": "referral_keep_alive",
    },
    template_dir="referrals",
    title=gettext_lazy("Ask for support"),
    postcode_step="address",
)

PROFESSIONAL = Journey(
    form="professional",
    steps=PROFESSIONAL_STEPS,
    url_names={
        "start": "professional_referral",
        "step": "professional_referral_step",
        "check": "professional_referral_check",
        "done": "professional_referral_done",
        "clear": "professional_referral_clear",
        "keep_alive": "professional_referral_keep_alive",
    },
    template_dir="referrals/professional",
    title=gettext_lazy("Refer a family"),
    postcode_step="family",
)
