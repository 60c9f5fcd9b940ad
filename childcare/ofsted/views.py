"""The Ofsted import in the admin: upload the register, read the dry run's report, confirm.

Who may: those who may add childcare providers (the early years team and FIS publishers,
childcare/roles.py). The confirm step sends back only the rows that matter (not the thousands
outside the city in Ofsted's file for all England), signed, and they are checked again.
"""

from django import forms
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods, require_POST

from childcare.ofsted import OfstedFile, OfstedFileError, check_file, import_file, read_file
from childcare.ofsted.columns import COLUMNS

SIGNING_SALT = "childcare.ofsted.confirm"
CONFIRM_MAX_AGE = 60 * 60
# The web server takes uploads up to 20 MB (deploy/nginx); Ofsted's file for all England can be
# bigger: filter it to Wolverhampton first, or use the import_ofsted command.
MAX_BYTES = 20_000_000
# Django refuses a form bigger than 2.5 MB; the sealed rows must fit in one.
MAX_SEALED_CHARS = 2_000_000


def may_import(user):
    return user.has_perm("childcare.add_childcareprovider")


class UploadForm(forms.Form):
    file = forms.FileField(label=_("Ofsted's list of childcare providers, saved as CSV"))

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_BYTES:  # before reading it into memory
            raise forms.ValidationError(
                _(
                    "The file is too big: 20 MB at most. Keep only Wolverhampton's rows (filter the Local "
                    "authority column) and save it again."
                )
            )
        try:
            return read_file(upload.read())
        except OfstedFileError as problem:
            raise forms.ValidationError(problem.message) from None


class ConfirmForm(forms.Form):
    """The checked rows and what the check said would happen, sealed: read and checked again at
    confirmation, never trusted, and applied only if the check still comes out the same."""

    checked = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    @staticmethod
    def seal(ofsted_file, report, user):
        numbers = {row.number for row in report.rows}
        data = {"user": user.pk, "file": ofsted_file.sealable(numbers), "plan": report.plan}
        return signing.dumps(data, salt=SIGNING_SALT, compress=True)

    def clean_checked(self):
        try:
            sealed = signing.loads(self.cleaned_data["checked"], salt=SIGNING_SALT, max_age=CONFIRM_MAX_AGE)
        except signing.SignatureExpired:
            raise forms.ValidationError(_("The check is more than an hour old: upload the file again.")) from None
        except signing.BadSignature:
            raise forms.ValidationError(_("The checked file could not be read back: upload it again.")) from None
        if sealed.get("user") != self.user.pk:
            raise forms.ValidationError(_("The checked file could not be read back: upload it again."))
        return OfstedFile.from_sealable(sealed["file"]), sealed["plan"]


def upload_page(request, form, problems=()):
    context = {"form": form, "problems": [*problems, *form.errors.get("file", [])], "columns": COLUMNS}
    return TemplateResponse(request, "childcare/admin/ofsted_import.html", context)


def report_page(request, report, ofsted_file, changed_since_check=False):
    confirm = None
    if report.to_import:
        sealed = ConfirmForm.seal(ofsted_file, report, request.user)
        if len(sealed) > MAX_SEALED_CHARS:
            problem = _("The file has too many Wolverhampton rows for one import: split it, or use the command.")
            return upload_page(request, UploadForm(), problems=[problem])
        confirm = ConfirmForm(initial={"checked": sealed}, user=request.user)
    context = {"report": report, "confirm": confirm, "changed_since_check": changed_since_check}
    return TemplateResponse(request, "childcare/admin/ofsted_report.html", context)


@require_http_methods(["GET", "POST"])
def start(request):
    """The upload page; an upload is checked (a dry run) and its report shown."""
    if not may_import(request.user):
        raise PermissionDenied
    if request.method == "GET":
        return upload_page(request, UploadForm())
    form = UploadForm(request.POST, request.FILES)
    if not form.is_valid():
        return upload_page(request, form)
    ofsted_file = form.cleaned_data["file"]
    return report_page(request, check_file(ofsted_file), ofsted_file)


@require_POST
def confirm(request):
    """Apply a checked file: checked again, and written only if nothing changed meanwhile."""
    if not may_import(request.user):
        raise PermissionDenied
    form = ConfirmForm(request.POST, user=request.user)
    if not form.is_valid():
        return upload_page(request, UploadForm(), problems=form.errors["checked"])
    ofsted_file, plan = form.cleaned_data["checked"]
    report = import_file(ofsted_file, user=request.user, expected_plan=plan)
    if not report.applied:
        # Someone changed a provider after the check: show the new check to confirm instead.
        return report_page(request, report, ofsted_file, changed_since_check=True)
    return TemplateResponse(request, "childcare/admin/ofsted_done.html", {"report": report})
