"""The questions of the professional referral: a professional, or a parent champion, refers a
family who has agreed.

The family's questions are the self-referral's (referrals/forms.py), asked about the family
rather than to it: the same fields, limits, checks and list of needs, with wording for someone
writing on the family's behalf.
"""

import copy

from django import forms
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext_lazy

from core import phone_numbers
from referrals.forms import (
    TEXT_LIMIT,
    AboutYouForm,
    BaseChildFormSet,
    ContactForm,
    DateField,
    HelpForm,
    LanguageForm,
    ProfessionalsForm,
    StepForm,
    child_formset,
    cleaned_postcode,
    text_area,
    text_input,
)

YES_NO = [("yes", gettext_lazy("Yes")), ("no", gettext_lazy("No"))]


def reused(form_class, name):
    """A field of a self-referral page, for a page of this form (a copy: the two may relabel it)."""
    return copy.deepcopy(form_class.base_fields[name])


def relabel(field, label=None, help_text=None, **error_messages):
    if label is not None:
        field.label = label
    if help_text is not None:
        field.help_text = help_text
    field.error_messages = {**field.error_messages, **error_messages}


class SafeguardingForm(StepForm):
    """The stop before anything else: a child at risk of significant harm now needs a call to
    the multi-agency safeguarding hub or 999 today, not a form the desk reads later."""

    title = gettext_lazy("Safeguarding")

    at_risk = forms.ChoiceField(
        label=gettext_lazy("Do you think a child in this family is at risk of significant harm now?"),
        help_text=gettext_lazy(
            "For example, you think a child is being abused or neglected, or is not safe to go home today."
        ),
        widget=forms.RadioSelect,
        choices=YES_NO,
        error_messages={"required": gettext_lazy("Choose yes or no.")},
    )

    def stops_here(self):
        return self.cleaned_data.get("at_risk") == "yes"


class ReferrerForm(StepForm):
    title = gettext_lazy("About you")

    referrer_type = forms.ChoiceField(
        label=gettext_lazy("Who is making this referral?"),
        widget=forms.RadioSelect,
        choices=[
            ("professional", gettext_lazy("A professional working with the family")),
            ("parent_champion", gettext_lazy("A parent champion, for a family who asked me to")),
        ],
        error_messages={"required": gettext_lazy("Choose who is making this referral.")},
    )
    full_name = reused(AboutYouForm, "full_name")
    job_role = forms.CharField(
        label=gettext_lazy("Your job title or role"),
        help_text=gettext_lazy(
            "For example health visitor or designated safeguarding lead. Parent champions can leave this empty."
        ),
        required=False,
        max_length=100,
        widget=text_input(autocomplete="organization-title"),
        error_messages={"max_length": gettext_lazy("Keep this to 100 characters or fewer.")},
    )
    organisation = forms.CharField(
        label=gettext_lazy("Your organisation or team"),
        help_text=gettext_lazy(
            "For example the school, GP surgery, police team or charity. Parent champions: the hub or group "
            "you volunteer with."
        ),
        max_length=150,
        widget=text_input("govuk-!-width-two-thirds", autocomplete="organization"),
        error_messages={
            "required": gettext_lazy("Enter your organisation or team."),
            "max_length": gettext_lazy("Keep this to 150 characters or fewer."),
        },
    )
    work_email = reused(ContactForm, "email")
    work_phone = reused(ContactForm, "phone")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        relabel(self.fields["work_email"], gettext_lazy("Work email address"))
        relabel(self.fields["work_phone"], gettext_lazy("Work phone number"))

    def clean_work_phone(self):
        phone = self.cleaned_data["work_phone"].strip()
        return phone_numbers.normalise_uk_phone(phone) if phone else ""

    def display(self, name, field, value):
        if name == "work_phone" and value:
            return phone_numbers.format_uk(value)
        return super().display(name, field, value)

    def clean(self):
        data = super().clean()
        if data.get("referrer_type") == "professional" and "job_role" in data and not data["job_role"]:
            self.add_error("job_role", _("Enter your job title or role."))
        if "work_email" in data and "work_phone" in data and not data["work_email"] and not data["work_phone"]:
            self.add_error(
                "work_email", _("Enter a work email address or phone number, so the early help desk can contact you.")
            )
        return data


CONSENT_EXPLANATION = gettext_lazy(
    "Early help is voluntary. Before you refer, the family must agree to the referral and to the early help "
    "desk sharing information with the services that can help them. If you think a child is at risk of "
    "significant harm, do not wait for agreement: call the multi-agency safeguarding hub."
)


class FamilyConsentForm(StepForm):
    """The family's agreement, with who gave it and when. Without it the referral cannot be sent."""

    title = gettext_lazy("The family's agreement")

    consent = forms.ChoiceField(
        label=gettext_lazy(
            "Has a parent or carer agreed to this referral, and to the early help desk sharing information "
            "with services that can help?"
        ),
        widget=forms.RadioSelect,
        choices=[("yes", gettext_lazy("Yes, they agreed")), ("no", gettext_lazy("No, not yet"))],
        error_messages={"required": gettext_lazy("Choose yes or no.")},
    )
    given_by = forms.CharField(
        label=gettext_lazy("Name of the parent or carer who agreed"),
        max_length=100,
        widget=text_input(),
        error_messages={
            "required": gettext_lazy("Enter the name of the parent or carer who agreed."),
            "max_length": gettext_lazy("Keep this to 100 characters or fewer."),
        },
    )
    relationship = forms.CharField(
        label=gettext_lazy("Their relationship to the children"),
        help_text=gettext_lazy("For example mother, father, grandmother or kinship carer."),
        max_length=100,
        widget=text_input(),
        error_messages={
            "required": gettext_lazy("Enter how they are related to the children."),
            "max_length": gettext_lazy("Keep this to 100 characters or fewer."),
        },
    )
    date = DateField(
        label=gettext_lazy("When they agreed"),
        help_text=gettext_lazy("For example, 27 3 2021."),
        error_messages={"required": gettext_lazy("Enter the date they agreed.")},
    )

    def clean(self):
        data = super().clean()
        if data.get("consent") == "no":
            self.add_error(
                "consent",
                _(
                    "You cannot send a referral without the family's agreement. Talk to the family first, "
                    "or call the early help desk for advice."
                ),
            )
        if data.get("date") and data["date"] > timezone.localdate():
            self.add_error("date", _("The date they agreed must be today or in the past."))
        return data

    def display(self, name, field, value):
        if name == "date" and value:
            return date_format(value, "j F Y")
        return super().display(name, field, value)


class FamilyForm(StepForm):
    """Who the desk contacts in the family, how it is safe to, and where they live."""

    title = gettext_lazy("The family")

    full_name = reused(AboutYouForm, "full_name")
    relationship = reused(FamilyConsentForm, "relationship")
    phone = reused(ContactForm, "phone")
    email = reused(ContactForm, "email")
    preferred = reused(ContactForm, "preferred")
    safe = forms.MultipleChoiceField(
        label=gettext_lazy("Which of these are safe for the early help desk to do?"),
        help_text=gettext_lazy(
            "Only tick what the family told you is safe. If someone else might answer their phone, read their "
            "messages or hear a voicemail, leave it unticked."
        ),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        choices=[
            ("call", gettext_lazy("Call them")),
            ("text", gettext_lazy("Send them a text message")),
            ("email", gettext_lazy("Email them")),
            ("voicemail", gettext_lazy("Leave a voicemail message")),
        ],
    )
    address = forms.CharField(
        label=gettext_lazy("Their address (optional)"),
        help_text=gettext_lazy("If they have no fixed address, say where they are staying."),
        required=False,
        max_length=300,
        widget=text_area(300, rows=3),
        error_messages={"max_length": gettext_lazy("Keep the address to 300 characters or fewer.")},
    )
    postcode = forms.CharField(
        label=gettext_lazy("Postcode"),
        help_text=gettext_lazy("We use it to find the family's nearest Strengthening Families Hub."),
        required=False,
        max_length=10,
        widget=text_input("govuk-input--width-10"),
        error_messages={"max_length": gettext_lazy("Enter a real postcode, like WV1 1SH.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        relabel(
            self.fields["full_name"],
            gettext_lazy("Parent or carer's full name"),
            gettext_lazy("The person the early help desk should contact first."),
            required=gettext_lazy("Enter the parent or carer's full name."),
            max_length=gettext_lazy("Keep this to 100 characters or fewer."),
        )
        relabel(
            self.fields["preferred"],
            gettext_lazy("What is the best way to contact them?"),
            required=gettext_lazy("Choose the best way to contact them."),
        )
        # Someone else's contact details: the referrer's browser should not offer its own.
        for name in ("full_name", "phone", "email"):
            self.fields[name].widget.attrs["autocomplete"] = "off"

    clean_safe = ContactForm.clean_safe
    clean_phone = ContactForm.clean_phone

    def clean_postcode(self):
        return cleaned_postcode(self.cleaned_data["postcode"])

    def display(self, name, field, value):
        if name == "phone" and value:
            return phone_numbers.format_uk(value)
        return super().display(name, field, value)

    def clean(self):
        data = super().clean()
        phone, email, preferred = data.get("phone"), data.get("email"), data.get("preferred")
        if "phone" in data and "email" in data and not phone and not email:
            self.add_error("phone", _("Enter a phone number or an email address for the family."))
        elif preferred in ("call", "text") and "phone" in data and not phone:
            self.add_error("phone", _("Enter a phone number, or choose email as the best way to contact them."))
        elif preferred == "email" and "email" in data and not email:
            self.add_error("email", _("Enter an email address, or choose a phone call or text message."))
        if preferred and preferred not in data.get("safe", []):
            self.add_error(
                "safe",
                _("Tick the way you chose, if the family told you it is safe. If it is not safe, choose another way."),
            )
        if "postcode" in data and not data.get("postcode") and not data.get("address"):
            self.add_error("postcode", _("Enter their postcode, or say where they are staying."))
        return data


class FamilyChildFormSet(BaseChildFormSet):
    default_error_messages = {
        **BaseChildFormSet.default_error_messages,
        "too_many_forms": ngettext_lazy(
            "You can tell us about up to %(num)s child here. Tell us about any more in 'What is happening "
            "for the family'.",
            "You can tell us about up to %(num)s children here. Tell us about any more in 'What is happening "
            "for the family'.",
            "num",
        ),
    }

    no_child_message = gettext_lazy("Tell us about at least one child, or the baby the family is expecting.")


ChildFormSet = child_formset(FamilyChildFormSet)


class NeedsForm(HelpForm):
    """The self-referral's needs and story, and what has been tried so far."""

    title = gettext_lazy("What is happening and what has been tried")

    tried = forms.CharField(
        label=gettext_lazy("What has been tried so far"),
        help_text=gettext_lazy("Support you or others have already given, and how it went. If nothing yet, say so."),
        max_length=TEXT_LIMIT,
        widget=text_area(rows=4),
        error_messages={
            "required": gettext_lazy("Tell us what has been tried so far, or that nothing has been tried yet."),
            "max_length": gettext_lazy("Keep this to 2,000 characters or fewer."),
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        relabel(self.fields["needs"], gettext_lazy("What does the family need help with? (optional)"))
        relabel(
            self.fields["situation"],
            gettext_lazy("What is happening for the family"),
            gettext_lazy("What you and the family are worried about, and what is going well."),
            required=gettext_lazy("Tell us what is happening for the family."),
        )
        relabel(self.fields["help_wanted"], gettext_lazy("What help would the family like? (optional)"))


class OtherProfessionalsForm(ProfessionalsForm):
    title = gettext_lazy("Other professionals working with the family")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        relabel(self.fields["involved"], gettext_lazy("Are any other professionals working with the family?"))


class FamilyLanguageForm(LanguageForm):
    title = gettext_lazy("The family's language and access needs")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        relabel(
            self.fields["language"],
            gettext_lazy("Which language does the family prefer?"),
            required=gettext_lazy("Choose the family's language."),
        )
        relabel(
            self.fields["interpreter"],
            gettext_lazy("Does the family need an interpreter?"),
            "",
            required=gettext_lazy("Choose whether the family needs an interpreter."),
        )
