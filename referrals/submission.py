"""Turning a finished form into a stored referral: one transaction, once, before anything else."""

from django.db import IntegrityError, transaction

from hubs import postcodes
from hubs.finder import locality_for
from hubs.models import HubPage
from referrals.forms import CONSENT_EXPLANATION
from referrals.models import Notification, Referral
from referrals.professional_forms import CONSENT_EXPLANATION as PROFESSIONAL_CONSENT_EXPLANATION


def suggested_place(postcode):
    """The area and hub for a postcode, or (None, None) when we cannot place it."""
    if not postcode:
        return None, None
    try:
        locality = locality_for(postcodes.lookup(postcode))
    except postcodes.PostcodeError:
        return None, None
    hub = HubPage.objects.live().filter(locality=locality).first() if locality else None
    return locality, hub


def answers_by_step(bound_forms):
    return {step.slug: form for step, form in bound_forms}


def child_record(form):
    data = form.cleaned_data
    return {
        "name": data.get("name", ""),
        "born": data.get("born") == "yes",
        "date": data["date"].isoformat() if data.get("date") else "",
        "school": data.get("school", ""),
        "send": data.get("send", ""),
        "send_details": data.get("send_details", ""),
    }


def referral_fields(forms, form_language):
    about = forms["about-you"].cleaned_data
    contact = forms["contact"].cleaned_data
    address = forms["address"].cleaned_data
    helping = forms["help"].cleaned_data
    professionals = forms["professionals"].cleaned_data
    language = forms["language"].cleaned_data
    consent_form = forms["consent"]
    consent = consent_form.cleaned_data["consent"]
    locality, hub = suggested_place(address.get("postcode"))
    relationship_field = forms["about-you"].fields["relationship"]
    relationship = dict(relationship_field.choices)[about["relationship"]]
    if about["relationship"] == "other":
        relationship = about["relationship_other"]
    need_labels = dict(forms["help"].fields["needs"].choices)
    question = consent_form.fields["consent"]
    return {
        "form_language": form_language,
        "full_name": about["full_name"],
        "relationship": str(relationship),
        "phone": contact.get("phone", ""),
        "email": contact.get("email", ""),
        "contact": {
            "preferred": contact["preferred"],
            "safe": contact.get("safe", []),
            "times": contact.get("times", ""),
        },
        "address": address.get("address", ""),
        "postcode": address.get("postcode", ""),
        "suggested_locality": locality,
        "locality": locality,
        "hub": hub,
        "children": [child_record(form) for form in forms["children"].forms if form.has_changed()],
        "needs": [{"slug": slug, "name": str(need_labels.get(slug, slug))} for slug in helping.get("needs", [])],
        "need_codes": list(helping.get("needs", [])),
        "situation": helping["situation"],
        "help_wanted": helping.get("help_wanted", ""),
        "professionals": professionals.get("details", "") if professionals["involved"] == "yes" else "",
        "spoken_language": language["language"],
        "interpreter_needed": language["interpreter"] == "yes",
        "access_needs": language.get("access_needs", ""),
        "consent_to_share": consent == "yes",
        # Exactly what the family read and chose, in the language they read it in.
        "consent_wording": f"{CONSENT_EXPLANATION}\n\n{question.label}\n{dict(question.choices)[consent]}",
    }


def professional_referral_fields(forms, form_language):
    """A professional's or parent champion's referral: the family's answers in the same places
    as a self-referral's, so the desk reads, filters, exports and forgets them the same way."""
    referrer = forms["referrer"].cleaned_data
    consent_form = forms["consent"]
    consent = consent_form.cleaned_data
    family = forms["family"].cleaned_data
    helping = forms["help"].cleaned_data
    professionals = forms["professionals"].cleaned_data
    language = forms["language"].cleaned_data
    locality, hub = suggested_place(family.get("postcode"))
    need_labels = dict(forms["help"].fields["needs"].choices)
    question = consent_form.fields["consent"]
    return {
        "form_language": form_language,
        "source": referrer["referrer_type"],
        "referrer": {
            "name": referrer["full_name"],
            "role": referrer.get("job_role", ""),
            "organisation": referrer["organisation"],
            "email": referrer.get("work_email", ""),
            "phone": referrer.get("work_phone", ""),
        },
        "family_consent": {
            "given_by": consent["given_by"],
            "relationship": consent["relationship"],
            "date": consent["date"].isoformat(),
        },
        "full_name": family["full_name"],
        "relationship": family["relationship"],
        "phone": family.get("phone", ""),
        "email": family.get("email", ""),
        "contact": {"preferred": family["preferred"], "safe": family.get("safe", []), "times": ""},
        "address": family.get("address", ""),
        "postcode": family.get("postcode", ""),
        "suggested_locality": locality,
        "locality": locality,
        "hub": hub,
        "children": [child_record(form) for form in forms["children"].forms if form.has_changed()],
        "needs": [{"slug": slug, "name": str(need_labels.get(slug, slug))} for slug in helping.get("needs", [])],
        "need_codes": list(helping.get("needs", [])),
        "situation": helping["situation"],
        "help_wanted": helping.get("help_wanted", ""),
        "tried_so_far": helping["tried"],
        "professionals": professionals.get("details", "") if professionals["involved"] == "yes" else "",
        "spoken_language": language["language"],
        "interpreter_needed": language["interpreter"] == "yes",
        "access_needs": language.get("access_needs", ""),
        # The form cannot be sent without it (FamilyConsentForm).
        "consent_to_share": True,
        "consent_wording": f"{PROFESSIONAL_CONSENT_EXPLANATION}\n\n{question.label}\n{dict(question.choices)['yes']}",
    }


FIELDS_BY_FORM = {"self": referral_fields, "professional": professional_referral_fields}


def submit(draft, bound_forms, form_language):
    """Store the referral and its notification in one transaction; nothing is sent from the
    family's request. A second submission of the same form (a double click, a resent page)
    returns the first referral. Returns (referral, created)."""
    existing = Referral.objects.filter(submission_key=draft.key).first()
    if existing:
        return existing, False
    fields = FIELDS_BY_FORM[draft.form](answers_by_step(bound_forms), form_language)
    try:
        with transaction.atomic():
            referral = Referral.objects.create(submission_key=draft.key, **fields)
            # Only written here: the notification worker sends it, outside this request.
            Notification.objects.create(referral=referral)
    except IntegrityError:
        # The same form arrived twice at once: the other request stored it.
        return Referral.objects.get(submission_key=draft.key), False
    return referral, True
