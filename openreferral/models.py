"""Where imported content came from (see openreferral/importer.py)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ImportedRecord(models.Model):
    """One thing made from another publisher's Open Referral feed: its id there, the object it
    became here, and a fingerprint of the document, so a second import changes nothing."""

    source = models.CharField(_("source"), max_length=500, help_text=_("The feed's address or file name."))
    kind = models.CharField(_("kind"), max_length=20)  # service, organisation, location, term
    external_id = models.CharField(_("id in the feed"), max_length=100)
    object_id = models.PositiveIntegerField(_("id here"))
    content_hash = models.CharField(max_length=64)
    imported_at = models.DateTimeField(_("last imported"), auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["kind", "external_id"], name="one_record_per_external_item")]
        verbose_name = _("imported record")

    def __str__(self):
        return f"{self.kind} {self.external_id} from {self.source}"
