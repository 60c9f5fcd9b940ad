"""What helps search answer the way parents ask, and what it learns when it cannot."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


class SearchSynonym(models.Model):
    """A word or phrase parents type ("DV", "free childcare") and the words to search for too."""

    term = models.CharField(
        _("when someone searches for"),
        max_length=80,
        unique=True,
        help_text=_("A word or phrase families type, such as 'DV' or 'free childcare'. Capitals make no difference."),
    )
    expansion = models.CharField(
        _("also search for"),
        max_length=200,
        help_text=_("The words the site uses for it, separated by spaces, such as 'domestic abuse'."),
    )

    panels = [FieldPanel("term"), FieldPanel("expansion")]

    class Meta:
        ordering = ["term"]
        verbose_name = _("search synonym")

    def __str__(self):
        return f"{self.term} → {self.expansion}"

    def save(self, *args, **kwargs):
        self.term = " ".join(self.term.lower().split())
        super().save(*args, **kwargs)


# Families sometimes type their situation into the search box: only the start of what they
# typed is kept, enough to see what the directory lacks.
UNMET_SEARCH_MAX_LENGTH = 80


class UnmetSearch(models.Model):
    """A search that found nothing: the words (the first UNMET_SEARCH_MAX_LENGTH characters),
    the site language and the postcode district only. Nothing that could identify who searched.
    Deleted UNMET_SEARCH_RETENTION_DAYS after it was last made (`forget_unmet_searches`)."""

    query = models.CharField(_("searched for"), max_length=UNMET_SEARCH_MAX_LENGTH)
    language = models.CharField(_("language"), max_length=8)
    postcode_district = models.CharField(_("postcode district"), max_length=5, blank=True)
    count = models.PositiveIntegerField(_("times"), default=1)
    first_seen = models.DateField(_("first seen"), auto_now_add=True)
    last_seen = models.DateField(_("last seen"), auto_now=True)

    class Meta:
        ordering = ["-count", "-last_seen"]
        unique_together = [("query", "language", "postcode_district")]
        verbose_name = _("search that found nothing")
        verbose_name_plural = _("searches that found nothing")

    def __str__(self):
        return self.query
