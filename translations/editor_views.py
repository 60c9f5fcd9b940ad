"""Translate one page or term in the admin, beside its English: for translators, who may change
translations and nothing else.

Like every page change by someone who cannot publish, a translator's goes to Publisher review.
The form is the PO exchange in another shape: the page's catalogue is exported when the form is
shown, carried signed in the form, filled in from the text boxes and imported on save, so the
same checks apply (English changed since, a translation changed by someone else since).
"""

import polib
from django.contrib import messages
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core.languages import LANGUAGES_BY_CODE
from translations.admin_views import can_translate, language_choices
from translations.exchange import IN_DRAFT, IN_REVIEW, describe, export_catalogue, import_catalogue
from translations.segments import find_object

SALT = "translations.editor"
MAX_AGE = 24 * 60 * 60


def translate(request):
    if not can_translate(request.user):
        raise PermissionDenied
    params = request.POST if request.method == "POST" else request.GET
    code, ref = params.get("language", ""), params.get("ref", "")
    obj = find_object(ref) if code in dict(language_choices()) else None
    if obj is None:
        raise Http404
    problems, saved_some = [], False
    if request.method == "POST":
        try:
            sealed = signing.loads(request.POST.get("catalogue", ""), salt=SALT, max_age=MAX_AGE)
        except signing.BadSignature:
            catalogue = fill_in(export_catalogue(code, objects=[obj]), request.POST)
            problems = [_("The form was too old: check and save again.")]
        else:
            report = import_catalogue(fill_in(polib.pofile(sealed), request.POST), code, user=request.user)
            if report.applied:
                messages.success(request, saved_message(report.outcomes.get(ref), len(report.applied)))
            if report.ok:
                return redirect(reverse("translation_coverage") + f"?language={code}")
            saved_some = bool(report.applied)
            # Shown again from the site as it is now (the new English, if it changed),
            # with what was typed kept: saving again is then a deliberate choice.
            catalogue = fill_in(export_catalogue(code, objects=[obj]), request.POST)
            problems = [message for _context, message in report.problems]
    else:
        catalogue = export_catalogue(code, objects=[obj])
    context = {
        "obj": obj,
        "title": describe(obj),
        "ref": ref,
        "language": LANGUAGES_BY_CODE[code],
        "entries": [(number, entry, label(entry)) for number, entry in enumerate(catalogue)],
        "sealed": signing.dumps(str(catalogue), salt=SALT, compress=True),
        "problems": problems,
        "saved_some": saved_some,
    }
    return TemplateResponse(request, "translations/translate.html", context)


def saved_message(outcome, count):
    if outcome == IN_REVIEW:
        message = ngettext(
            "%(count)s translation saved and sent to Publisher review.",
            "%(count)s translations saved and sent to Publisher review.",
            count,
        )
    elif outcome == IN_DRAFT:
        message = ngettext(
            "%(count)s translation added to the draft waiting on this page; it goes live with it.",
            "%(count)s translations added to the draft waiting on this page; they go live with it.",
            count,
        )
    else:
        message = ngettext("%(count)s translation saved.", "%(count)s translations saved.", count)
    return message % {"count": count}


def fill_in(catalogue, data):
    for number, entry in enumerate(catalogue):
        entry.msgstr = data.get(f"text-{number}", entry.msgstr).replace("\r\n", "\n")
    return catalogue


def label(entry):
    """Which part of the page a text is, from its context: "summary", "body 2.text"."""
    _ref, _, rest = (entry.msgctxt or "").partition("|")
    field_name, _, path = rest.partition("|")
    return f"{field_name} {path}".strip()
