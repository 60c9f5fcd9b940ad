"""The service spreadsheet in the admin: a page to import from, a check of every row, a confirm
step, and the template and export downloads.

Who may do what comes from page permissions on the service listing: adding services there lets
someone import (and each updated service must be one they can edit); editing the listing lets
them export. Insight officers have neither.
"""

from django import forms
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import include, path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from directory.permissions import can_add_services, can_edit_service_listing
from directory.spreadsheet import (
    COLUMNS,
    MAX_BYTES,
    MAX_ROWS,
    SheetError,
    check_sheet,
    export_csv,
    import_sheet,
    read_sheet,
    read_text,
    template_csv,
)

SIGNING_SALT = "directory.spreadsheet.confirm"
CONFIRM_MAX_AGE = 60 * 60


class UploadForm(forms.Form):
    file = forms.FileField(label=_("Spreadsheet saved as CSV"))

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_BYTES:  # before reading it into memory
            raise forms.ValidationError(_("The file is too big: 1.5 MB at most. Split it into smaller files."))
        try:
            return read_sheet(upload.read())
        except SheetError as problem:
            raise forms.ValidationError(problem.message) from None


class ConfirmForm(forms.Form):
    """The checked file, sent back signed: it is read and checked again, never trusted."""

    sheet = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    @staticmethod
    def seal(sheet, user):
        return signing.dumps({"user": user.pk, "text": sheet.text}, salt=SIGNING_SALT, compress=True)

    def clean_sheet(self):
        try:
            sealed = signing.loads(self.cleaned_data["sheet"], salt=SIGNING_SALT, max_age=CONFIRM_MAX_AGE)
        except signing.SignatureExpired:
            raise forms.ValidationError(_("The check is more than an hour old: upload the file again.")) from None
        except signing.BadSignature:
            raise forms.ValidationError(_("The checked file could not be read back: upload it again.")) from None
        if sealed.get("user") != self.user.pk:
            raise forms.ValidationError(_("The checked file could not be read back: upload it again."))
        try:
            return read_text(sealed["text"])
        except SheetError as problem:
            raise forms.ValidationError(problem.message) from None


def upload_page(request, form, problems=()):
    context = {
        "form": form,
        "problems": [*problems, *form.errors.get("file", [])],
        "columns": COLUMNS,
        "max_rows": MAX_ROWS,
        "may_export": can_edit_service_listing(request.user),
    }
    return TemplateResponse(request, "directory/admin/spreadsheet_import.html", context)


@require_http_methods(["GET", "POST"])
def start(request):
    """The import page; an upload is checked (a dry run) and the report shown."""
    if not can_add_services(request.user):
        raise PermissionDenied
    if request.method == "GET":
        return upload_page(request, UploadForm())
    form = UploadForm(request.POST, request.FILES)
    if not form.is_valid():
        return upload_page(request, form)
    sheet = form.cleaned_data["file"]
    report = check_sheet(sheet, user=request.user)
    confirm = ConfirmForm(initial={"sheet": ConfirmForm.seal(sheet, request.user)}, user=request.user)
    return TemplateResponse(request, "directory/admin/spreadsheet_report.html", {"report": report, "confirm": confirm})


@require_POST
def confirm(request):
    """Import a checked file: checked again, written only if still without problems."""
    if not can_add_services(request.user):
        raise PermissionDenied
    form = ConfirmForm(request.POST, user=request.user)
    if not form.is_valid():
        return upload_page(request, UploadForm(), problems=form.errors["sheet"])
    report = import_sheet(form.cleaned_data["sheet"], user=request.user)
    if not report.applied:
        # Something changed since the check, such as a need renamed or a service deleted.
        context = {"report": report, "confirm": None, "changed_since_check": True}
        return TemplateResponse(request, "directory/admin/spreadsheet_report.html", context)
    return TemplateResponse(request, "directory/admin/spreadsheet_done.html", {"report": report})


def csv_download(data, name):
    response = HttpResponse(data, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@require_GET
def template(request):
    if not can_add_services(request.user):
        raise PermissionDenied
    return csv_download(template_csv(), "services-template.csv")


@require_GET
def export(request):
    if not can_edit_service_listing(request.user):
        raise PermissionDenied
    stamp = timezone.localdate().isoformat()
    return csv_download(export_csv(), f"services-{stamp}.csv")


app_name = "service_spreadsheet"
urlpatterns = [
    path("", start, name="start"),
    path("import/", confirm, name="confirm"),
    path("template.csv", template, name="template"),
    path("export.csv", export, name="export"),
]


@hooks.register("register_admin_urls")
def register_spreadsheet_urls():
    return [path("services-spreadsheet/", include((urlpatterns, app_name), namespace=app_name))]


class SpreadsheetMenuItem(MenuItem):
    def is_shown(self, request):
        return can_add_services(request.user)


@hooks.register("register_admin_menu_item")
def register_spreadsheet_menu_item():
    return SpreadsheetMenuItem(
        _("Services spreadsheet"), reverse("service_spreadsheet:start"), icon_name="table", order=260
    )
