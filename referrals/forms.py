"""The questions of the self-referral form, one form per page.

Every message says how to put the answer right. Every text has a length limit and accepts
any script: names and stories are stored exactly as typed.
"""

import datetime
import re

from django import forms
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext_lazy

from core import phone_numbers
from core.models import SpokenLanguage
from core.typed_text import TypedTextForm
from directory.models import Need
from hubs import councils

TEXT_LIMIT = 2000
UK_POSTCODE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$")


def text_input(width="govuk-input--width-20", **attrs):
    return forms.TextInput(attrs={"class": f"govuk-input {width}", "spellcheck": "false", **attrs})


def text_area(limit=TEXT_LIMIT, rows=5):
    return forms.Textarea(attrs={"class": "govuk-textarea", "rows": rows, "maxlength": limit})


class StepForm(TypedTextForm, forms.Form):
    """A page of the form. `title` is the page's heading; `summary()` what "Check your
    answers" shows for it, as (question, answer) pairs."""

    title = ""
    use_required_attribute = False  # GOV.UK: the server's messages, not the browser's

    # Answers "Check your answers" does not list as a question (it explains them another way).
    not_summarised = ()

    def summary(self):
        """Only the questions that were answered: an optional question left empty, or a
        follow-up question that no longer applies, has no row."""
        rows = []
        for name, field in self.fields.items():
            answer = self.display(name, field, self.cleaned_data.get(name))
            if answer and name not in self.not_summarised:
                rows.append((field.label, answer))
        return rows

    def display(self, name, field, value):
        if value in (None, "", [], False):
            return ""
        if isinstance(field, forms.MultipleChoiceField):
            labels = dict(field.choices)
            return ", ".join(str(labels.get(item, item)) for item in value)
        if isinstance(field, forms.ModelChoiceField):
            return str(value)  # its name in the reader's language
        if isinstance(field, forms.ChoiceField):
            return str(dict(field.choices).get(value, value))
        return str(value)


class AboutYouForm(StepForm):
    title = gettext_lazy("About you")

    full_name = forms.CharField(
        label=gettext_lazy("Your full name"),
        max_length=100,
        widget=text_input(autocomplete="name"),
        error_messages={
            "required": gettext_lazy("Enter your full name."),
            "max_length": gettext_lazy("Your name must be 100 characters or fewer."),
        },
    )
    relationship = forms.ChoiceField(
        label=gettext_lazy("How are you related to the children?"),
        widget=forms.RadioSelect,
        choices=[
            ("parent", gettext_lazy("I am their parent")),
            ("expecting", gettext_lazy("I am expecting a baby")),
            ("step-parent", gettext_lazy("I am their step-parent or a parent's partner")),
            ("grandparent", gettext_lazy("I am their grandparent")),
            ("carer", gettext_lazy("I look after them as a family member or friend (kinship carer)")),
            ("other", gettext_lazy("Something else")),
        ],
        error_messages={"required": gettext_lazy("Choose how you are related to the children.")},
    )
    relationship_other = forms.CharField(
        label=gettext_lazy("If something else, tell us how"),
        required=False,
        max_length=100,
        widget=text_input(),
        error_messages={"max_length": gettext_lazy("Keep this to 100 characters or fewer.")},
    )

    def clean(self):
        data = super().clean()
        if data.get("relationship") == "other" and not data.get("relationship_other"):
            self.add_error("relationship_other", _("Tell us how you are related to the children."))
        elif data.get("relationship") != "other":
            data["relationship_other"] = ""  # typed before choosing another answer: it no longer applies
        return data


class ContactForm(StepForm):
    title = gettext_lazy("How we can contact you safely")

    phone = forms.CharField(
        label=gettext_lazy("Phone number"),
        help_text=gettext_lazy("A mobile or landline, like 07700 900123."),
        required=False,
        max_length=30,
        widget=text_input("govuk-input--width-20", autocomplete="tel", type="tel"),
        error_messages={"max_length": gettext_lazy("Enter a phone number like 07700 900123.")},
    )
    email = forms.EmailField(
        label=gettext_lazy("Email address"),
        required=False,
        max_length=254,
        widget=text_input("govuk-!-width-two-thirds", autocomplete="email", type="email"),
        error_messages={"invalid": gettext_lazy("Enter an email address like name@example.com.")},
    )
    preferred = forms.ChoiceField(
        label=gettext_lazy("What is the best way to contact you?"),
        widget=forms.RadioSelect,
        choices=[
            ("call", gettext_lazy("Phone call")),
            ("text", gettext_lazy("Text message")),
            ("email", gettext_lazy("Email")),
        ],
        error_messages={"required": gettext_lazy("Choose the best way to contact you.")},
    )
    safe = forms.MultipleChoiceField(
        label=gettext_lazy("Which of these are safe for us to do?"),
        help_text=gettext_lazy(
            "Only tick what is safe. If someone else might answer your phone, read your messages or "
            "hear a voicemail, leave it unticked."
        ),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        choices=[
            ("call", gettext_lazy("Call you")),
            ("text", gettext_lazy("Send you a text message")),
            ("email", gettext_lazy("Email you")),
            ("voicemail", gettext_lazy("Leave a voicemail message")),
        ],
    )
    times = forms.CharField(
        label=gettext_lazy("When is a good time to contact you? (optional)"),
        help_text=gettext_lazy("For example, weekday mornings, or not after 3pm."),
        required=False,
        max_length=200,
        widget=text_input("govuk-!-width-two-thirds"),
        error_messages={"max_length": gettext_lazy("Keep this to 200 characters or fewer.")},
    )

    def clean_safe(self):
        chosen = self.cleaned_data["safe"]
        return [value for value, _label in self.fields["safe"].choices if value in chosen]

    def clean_phone(self):
        """A UK number, stored as +447700900123 whatever spaces, brackets or +44 it was typed with."""
        phone = self.cleaned_data["phone"].strip()
        return phone_numbers.normalise_uk_phone(phone) if phone else ""

    def display(self, name, field, value):
        if name == "phone" and value:
            return phone_numbers.format_uk(value)
        return super().display(name, field, value)

    def clean(self):
        data = super().clean()
        phone, email, preferred = data.get("phone"), data.get("email"), data.get("preferred")
        if "phone" in data and "email" in data and not phone and not email:
            self.add_error("phone", _("Enter a phone number or an email address, so we can contact you."))
        elif preferred in ("call", "text") and "phone" in data and not phone:
            self.add_error("phone", _("Enter a phone number, or choose email as the best way to contact you."))
        elif preferred == "email" and "email" in data and not email:
            self.add_error("email", _("Enter an email address, or choose a phone call or text message."))
        if preferred and preferred not in data.get("safe", []):
            self.add_error(
                "safe",
                _("Tick the way you chose to be contacted, if it is safe. If it is not safe, choose another way."),
            )
        return data


def cleaned_postcode(typed):
    """A UK postcode in capitals with its space (WV10 9SG), "" for none; else a clear error."""
    postcode = re.sub(r"\s+", " ", typed.strip().upper())
    if postcode and not UK_POSTCODE.match(postcode):
        raise forms.ValidationError(_("Enter a real postcode, like WV1 1SH."))
    if postcode and " " not in postcode:
        postcode = f"{postcode[:-3]} {postcode[-3:]}"
    return postcode


class AddressForm(StepForm):
    title = gettext_lazy("Where you live")

    address = forms.CharField(
        label=gettext_lazy("Your address (optional)"),
        help_text=gettext_lazy("If you have no fixed address, tell us where you are staying."),
        required=False,
        max_length=300,
        widget=text_area(300, rows=3),
        error_messages={"max_length": gettext_lazy("Keep the address to 300 characters or fewer.")},
    )
    postcode = forms.CharField(
        label=gettext_lazy("Postcode"),
        help_text=gettext_lazy("We use it to find your nearest Strengthening Families Hub."),
        required=False,
        max_length=10,
        widget=text_input("govuk-input--width-10", autocomplete="postal-code"),
        error_messages={"max_length": gettext_lazy("Enter a real postcode, like WV1 1SH.")},
    )
    # Asked only when the postcode is outside the city: the family may still send it here.
    send_anyway = forms.BooleanField(
        label=gettext_lazy("Send my request to the Wolverhampton early help desk anyway"),
        required=False,
    )
    not_summarised = ("send_anyway",)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        typed = re.sub(r"\s+", " ", str(self.data.get(self.add_prefix("postcode"), "")).strip().upper())
        # Where the family lives, when it is outside the city (see hubs.councils), else None.
        self.outside = councils.outside_city(typed) if UK_POSTCODE.match(typed) else None
        if self.outside is None:
            del self.fields["send_anyway"]

    def clean_postcode(self):
        return cleaned_postcode(self.cleaned_data["postcode"])

    def clean(self):
        data = super().clean()
        if "postcode" in data and not data.get("postcode") and not data.get("address"):
            self.add_error("postcode", _("Enter your postcode, or tell us where you are staying."))
        if self.outside is not None and not data.get("send_anyway"):
            if self.outside.council:
                message = _(
                    "Your postcode is outside Wolverhampton: contact %(council)s, or tick the box to send "
                    "your request to the Wolverhampton early help desk anyway."
                ) % {"council": self.outside.council.name}
            else:
                message = _(
                    "Your postcode is outside Wolverhampton: contact the council where you live, or tick the "
                    "box to send your request to the Wolverhampton early help desk anyway."
                )
            self.add_error("send_anyway", message)
        return data


class DateInput(forms.MultiWidget):
    """Day, month and year boxes, as GOV.UK asks for dates."""

    template_name = "referrals/widgets/date_input.html"

    def __init__(self):
        widgets = {
            "day": forms.TextInput(
                attrs={"class": "govuk-input govuk-date-input__input govuk-input--width-2", "inputmode": "numeric"}
            ),
            "month": forms.TextInput(
                attrs={"class": "govuk-input govuk-date-input__input govuk-input--width-2", "inputmode": "numeric"}
            ),
            "year": forms.TextInput(
                attrs={"class": "govuk-input govuk-date-input__input govuk-input--width-4", "inputmode": "numeric"}
            ),
        }
        super().__init__(widgets)

    def decompress(self, value):
        return [value.day, value.month, value.year] if value else [None, None, None]


class DateField(forms.MultiValueField):
    widget = DateInput

    def __init__(self, **kwargs):
        fields = [forms.CharField(required=False) for _part in range(3)]
        super().__init__(fields, require_all_fields=False, **kwargs)

    def compress(self, values):
        if not values or not any(values):
            return None
        day, month, year = (str(part or "").strip()[:6] for part in values)
        if not (day and month and year):
            raise forms.ValidationError(_("Enter the date as a day, a month and a year, like 27 3 2021."))
        if not (day.isdigit() and month.isdigit() and year.isdigit() and len(year) == 4):
            raise forms.ValidationError(_("Enter the date in numbers, like 27 3 2021."))
        try:
            return datetime.date(int(year), int(month), int(day))
        except ValueError:
            raise forms.ValidationError(_("Enter a real date, like 27 3 2021.")) from None


class ChildForm(TypedTextForm, forms.Form):
    use_required_attribute = False

    def __init__(self, *args, number=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.number = number  # 1 for the first child: every error message names its child

    def _post_clean(self):
        super()._post_clean()
        if self.number is None:
            return
        for name, errors in self._errors.items():
            self._errors[name] = self.error_class(
                [_("Child %(number)s: %(error)s") % {"number": self.number, "error": error} for error in errors],
                renderer=self.renderer,
            )

    name = forms.CharField(
        label=gettext_lazy("Name"),
        help_text=gettext_lazy("For a baby not born yet, write the name if you have chosen one, or leave it empty."),
        required=False,
        max_length=100,
        widget=text_input(),
        error_messages={"max_length": gettext_lazy("The name must be 100 characters or fewer.")},
    )
    born = forms.ChoiceField(
        label=gettext_lazy("Has this child been born?"),
        widget=forms.RadioSelect,
        choices=[("yes", gettext_lazy("Yes")), ("no", gettext_lazy("No, not yet"))],
        error_messages={"required": gettext_lazy("Choose whether this child has been born yet.")},
    )
    date = DateField(
        label=gettext_lazy("Date of birth, or due date if not born yet"),
        help_text=gettext_lazy("For example, 27 3 2021."),
        error_messages={"required": gettext_lazy("Enter the date of birth or the due date.")},
    )
    school = forms.CharField(
        label=gettext_lazy("School, nursery or childminder (optional)"),
        required=False,
        max_length=150,
        widget=text_input("govuk-!-width-two-thirds"),
        error_messages={"max_length": gettext_lazy("Keep this to 150 characters or fewer.")},
    )
    send = forms.ChoiceField(
        label=gettext_lazy("Does this child have special educational needs or a disability?"),
        widget=forms.RadioSelect,
        choices=[("yes", gettext_lazy("Yes")), ("no", gettext_lazy("No")), ("not-sure", gettext_lazy("I'm not sure"))],
        error_messages={"required": gettext_lazy("Choose yes, no or I'm not sure.")},
    )
    send_details = forms.CharField(
        label=gettext_lazy("Tell us about their needs (optional)"),
        required=False,
        max_length=500,
        widget=text_area(500, rows=3),
        error_messages={"max_length": gettext_lazy("Keep this to 500 characters or fewer.")},
    )

    def clean(self):
        data = super().clean()
        born, date = data.get("born"), data.get("date")
        today = timezone.localdate()
        if born == "yes" and not data.get("name"):
            self.add_error("name", _("Enter the child's name."))
        if born == "yes" and date:
            if date > today:
                self.add_error("date", _("A date of birth must be today or in the past."))
            elif date < today.replace(year=today.year - 26):
                self.add_error("date", _("We can help with children and young people up to 25. Check the year."))
        if (
            born == "no"
            and date
            and not (today - datetime.timedelta(days=31) <= date <= today + datetime.timedelta(days=300))
        ):
            self.add_error("date", _("Enter a due date in the next 10 months."))
        if data.get("send") == "no":
            data["send_details"] = ""  # no needs: what was typed before no longer applies
        return data


MAX_CHILDREN = 10


class BaseChildFormSet(forms.BaseFormSet):
    # Sent by a page asking for more children than the form offers (or a robot asking for a
    # thousand): only MAX_CHILDREN are read, and the page says so.
    default_error_messages = {
        **forms.BaseFormSet.default_error_messages,
        "too_many_forms": ngettext_lazy(
            "You can tell us about up to %(num)s child here. Tell us about any more later, in "
            "'Tell us what is happening'.",
            "You can tell us about up to %(num)s children here. Tell us about any more later, in "
            "'Tell us what is happening'.",
            "num",
        ),
    }

    def get_form_kwargs(self, index):
        kwargs = super().get_form_kwargs(index)
        return {**kwargs, "number": index + 1} if index is not None else kwargs

    no_child_message = gettext_lazy("Tell us about at least one child, or the baby you are expecting.")

    def clean(self):
        if any(self.errors):
            return
        if not any(form.has_changed() for form in self.forms):
            raise forms.ValidationError(self.no_child_message)


def child_formset(formset):
    return forms.formset_factory(
        ChildForm,
        formset=formset,
        extra=0,
        min_num=1,
        max_num=MAX_CHILDREN,
        absolute_max=MAX_CHILDREN,
        validate_max=True,
    )


ChildFormSet = child_formset(BaseChildFormSet)


class HelpForm(StepForm):
    title = gettext_lazy("What is happening and how we can help")

    needs = forms.MultipleChoiceField(
        label=gettext_lazy("What would you like help with? (optional)"),
        help_text=gettext_lazy("Tick any that fit. You can tell us more below."),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    situation = forms.CharField(
        label=gettext_lazy("Tell us what is happening"),
        help_text=gettext_lazy("In your own words and your own language. Write as much or as little as you like."),
        max_length=TEXT_LIMIT,
        widget=text_area(),
        error_messages={
            "required": gettext_lazy("Tell us a little about what is happening, so we know how to help."),
            "max_length": gettext_lazy("Keep this to 2,000 characters or fewer."),
        },
    )
    help_wanted = forms.CharField(
        label=gettext_lazy("What help would you like? (optional)"),
        required=False,
        max_length=TEXT_LIMIT,
        widget=text_area(rows=3),
        error_messages={"max_length": gettext_lazy("Keep this to 2,000 characters or fewer.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["needs"].choices = [
            (need.slug, need.name) for need in Need.objects.filter(parent__isnull=True).order_by("sort_order", "name")
        ]


class ProfessionalsForm(StepForm):
    title = gettext_lazy("Other people helping your family")

    involved = forms.ChoiceField(
        label=gettext_lazy("Are any other professionals working with your family?"),
        help_text=gettext_lazy("For example a health visitor, teacher, GP, social worker or support worker."),
        widget=forms.RadioSelect,
        choices=[("yes", gettext_lazy("Yes")), ("no", gettext_lazy("No")), ("not-sure", gettext_lazy("I'm not sure"))],
        error_messages={"required": gettext_lazy("Choose yes, no or I'm not sure.")},
    )
    details = forms.CharField(
        label=gettext_lazy("Who are they? (if yes)"),
        help_text=gettext_lazy("Their job and where they work. A name helps if you know it."),
        required=False,
        max_length=1000,
        widget=text_area(1000, rows=3),
        error_messages={"max_length": gettext_lazy("Keep this to 1,000 characters or fewer.")},
    )

    def clean(self):
        data = super().clean()
        if data.get("involved") == "yes" and not data.get("details"):
            self.add_error("details", _("Tell us who they are, for example a health visitor at your GP surgery."))
        elif data.get("involved") != "yes":
            data["details"] = ""  # typed before answering no: it no longer applies
        return data


class LanguageForm(StepForm):
    title = gettext_lazy("Language and access needs")

    language = forms.ModelChoiceField(
        label=gettext_lazy("Which language would you like us to use?"),
        queryset=SpokenLanguage.objects.all(),
        to_field_name="code",
        widget=forms.Select(attrs={"class": "govuk-select"}),
        error_messages={"required": gettext_lazy("Choose the language you would like us to use.")},
    )
    interpreter = forms.ChoiceField(
        label=gettext_lazy("Would you like an interpreter?"),
        help_text=gettext_lazy("Interpreters are free and keep what you say private."),
        widget=forms.RadioSelect,
        choices=[("yes", gettext_lazy("Yes")), ("no", gettext_lazy("No"))],
        error_messages={"required": gettext_lazy("Choose yes if you would like an interpreter.")},
    )
    access_needs = forms.CharField(
        label=gettext_lazy("Anything we should know to make contact easier? (optional)"),
        help_text=gettext_lazy("For example British Sign Language, large print, step-free access or a quiet room."),
        required=False,
        max_length=1000,
        widget=text_area(1000, rows=3),
        error_messages={"max_length": gettext_lazy("Keep this to 1,000 characters or fewer.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["language"]
        # Each language in its own script, so a family finds theirs, then its name in the
        # language of the page ("Polski (Polish)", "Polski (پولش)"); once when the two agree.
        field.label_from_instance = lambda language: (
            f"{language.native_name} ({language.name})"
            if language.native_name and language.native_name.casefold() != language.name.casefold()
            else language.native_name or language.name
        )
        field.empty_label = ""


CONSENT_EXPLANATION = gettext_lazy(
    "To help your family, the early help desk may need to talk to other services, such as your "
    "health visitor, your children's school or a support charity. We only share what they need "
    "to help you. If we are worried that a child is not safe, we must share that to protect them, "
    "even without your agreement."
)


class ConsentForm(StepForm):
    title = gettext_lazy("Sharing your information")

    consent = forms.ChoiceField(
        label=gettext_lazy("Do you agree that we can share your information with other services to help your family?"),
        widget=forms.RadioSelect,
        choices=[
            ("yes", gettext_lazy("Yes, I agree")),
            ("no", gettext_lazy("No, talk to me first")),
        ],
        error_messages={"required": gettext_lazy("Choose yes or no.")},
    )
