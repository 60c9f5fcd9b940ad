"""The translation coverage report, and the export and import of content for translators."""

import polib
from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from translations.coverage import COMPLETE, MISSING, OUTDATED, coverage, summary, target_languages
from translations.exchange import export_catalogue, import_catalogue

MAX_UPLOAD_BYTES = 20 * 1024 * 1024


def language_choices():
    return [(language.code, f"{language.english_name} ({language.native_name})") for language in target_languages()]


class CoverageFilters(forms.Form):
    language = forms.ChoiceField(label=_("Language"), required=False)
    state = forms.ChoiceField(
        label=_("Show"),
        required=False,
        choices=[
            ("", _("Everything")),
            (MISSING, _("Missing translations")),
            (OUTDATED, _("Older than the English")),
            (COMPLETE, _("Complete")),
        ],
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [("", _("All languages"))] + language_choices()


class ImportForm(forms.Form):
    language = forms.ChoiceField(label=_("Language"))
    file = forms.FileField(label=_("Translated PO file"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = language_choices()

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("The file is too big: 20 MB at most."))
        try:
            return polib.pofile(upload.read().decode("utf-8"))
        except (UnicodeDecodeError, OSError, ValueError):
            raise forms.ValidationError(_("This is not a PO file made by the export.")) from None


def can_translate(user):
    """Exporting and importing: translators, editors and publishers (see the README's "Roles")."""
    return user.has_perm("translations.translate_content")


def can_see_coverage(user):
    return can_translate(user) or user.has_perm("translations.view_translationrecord")


def report(request):
    if not can_see_coverage(request.user):
        raise PermissionDenied
    filters = CoverageFilters(request.GET or None)
    language = state = ""
    if filters.is_valid():
        language, state = filters.cleaned_data["language"], filters.cleaned_data["state"]
    rows = coverage(language or None, state or None)
    languages = [language] if language else [item.code for item in target_languages()]
    context = {
        "filters": filters,
        "rows": rows,
        "languages": [item for item in target_languages() if item.code in languages],
        "totals": summary(rows, languages),
        "import_form": ImportForm(),
        "can_translate": can_translate(request.user),
    }
    return TemplateResponse(request, "translations/coverage.html", context)


def export(request):
    language = request.GET.get("language", "")
    if not can_translate(request.user) or language not in dict(language_choices()):
        raise PermissionDenied
    catalogue = export_catalogue(language, only_missing=request.GET.get("only") == "missing")
    stamp = timezone.localtime().strftime("%Y%m%d")
    response = HttpResponse(str(catalogue), content_type="text/x-gettext-translation; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="content-{language}-{stamp}.po"'
    return response


def import_view(request):
    if request.method != "POST" or not can_translate(request.user):
        raise PermissionDenied
    form = ImportForm(request.POST, request.FILES)
    result = None
    if form.is_valid():
        apply = request.POST.get("apply") == "1"
        result = import_catalogue(
            form.cleaned_data["file"], form.cleaned_data["language"], dry_run=not apply, user=request.user
        )
        result.dry_run = not apply
    return TemplateResponse(request, "translations/import_result.html", {"form": form, "result": result})
