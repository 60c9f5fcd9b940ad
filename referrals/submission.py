"""Turning a finished form into a stored referral: one transaction, once, before anything else."""

from django.db import IntegrityError, transaction

from hubs import postcodes
from hubs.finder import locality_for
from hubs.models import HubPage
from referrals.forms import CONSENT_EXPLANATION
from referrals.models import Notification, Referral


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


def submit(draft, bound_forms, form_language):
    """Store the referral and its notification in one transaction; nothing is sent from the
    family's request. A second submission of the same form (a double click, a resent page)
    returns the first referral. Returns (referral, created)."""
    existing = Referral.objects.filter(submission_key=draft.key).first()
    if existing:
        return existing, False
    fields = referral_fields(answers_by_step(bound_forms), form_language)
    try:
        with transaction.atomic():
            referral = Referral.objects.create(submission_key=draft.key, **fields)
            # Only written here: the notification worker sends it, outside this request.
            Notification.objects.create(referral=referral)
    except IntegrityError:
        # The same form arrived twice at once: the other request stored it.
        return Referral.objects.get(submission_key=draft.key), False
    return referral, True
