"""The admin's record of what came from other publishers' Open Referral feeds."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet

from openreferral.models import ImportedRecord


class ImportedRecordViewSet(ModelViewSet):
    """Where imported services, organisations, venues and needs came from (import_openreferral)."""

    model = ImportedRecord
    icon = "download"
    menu_label = _("Imported from feeds")
    list_display = ["kind", "external_id", "object_id", "source", "imported_at"]
    list_filter = ["kind", "source"]
    search_fields = ["external_id", "source"]
    form_fields = []
    inspect_view_enabled = True


imported_record_viewset = ImportedRecordViewSet("imported_records")


@hooks.register("register_admin_viewset")
def register_imported_record_viewset():
    return imported_record_viewset


class ImportedRecordsMenuItem(MenuItem):
    """Shown only to those who may open the list (administrators): the desk, translators and
    the early years team were offered a link that only sent them back to the dashboard."""

    def is_shown(self, request):
        return request.user.has_perm("openreferral.view_importedrecord")


@hooks.register("register_reports_menu_item")
def register_imported_records_menu_item():
    from django.urls import reverse

    return ImportedRecordsMenuItem(
        _("Imported from feeds"), reverse("imported_records:index"), icon_name="download", order=800
    )
