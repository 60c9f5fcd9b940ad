"""What each translation was made from, so the site knows when English has moved on."""

from django.db import models


class TranslationRecord(models.Model):
    """One translated segment (see segments.py): a hash of the English it was translated from
    and of the translation itself. When the English changes and the translation does not,
    the translation is out of date."""

    ref = models.CharField(max_length=300)
    field = models.CharField(max_length=80)
    path = models.CharField(max_length=200, blank=True)
    language = models.CharField(max_length=8)
    source_hash = models.CharField(max_length=12)
    translation_hash = models.CharField(max_length=12)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["ref", "field", "path", "language"], name="one_record_per_segment")
        ]
        indexes = [models.Index(fields=["ref", "language"])]
        # Translators hold this and no page permissions: they change translations, never English.
        permissions = [("translate_content", "Can export and import translations of the site's content")]

    def __str__(self):
        return f"{self.ref} {self.field} {self.path} [{self.language}]"
