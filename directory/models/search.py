"""What helps search answer the way parents ask, and what it learns when it cannot."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


def synonym_language_choices():
    return [("", _("Every language")), *settings.LANGUAGES]


class SearchSynonym(models.Model):
    """A word or phrase parents type ("DV", "free childcare") and the words to search for too,
    in one language of the site or in all of them."""

    language = models.CharField(
        _("language"),
        max_length=8,
        blank=True,
        default="",
        choices=synonym_language_choices,
        help_text=_(
            "The language of the site in which families type it. 'Every language' suits names and "
            "abbreviations that families type whatever language they read the site in."
        ),
    )
    term = models.CharField(
        _("when someone searches for"),
        max_length=80,
        help_text=_(
            "A word or phrase families type, such as 'DV' or 'free childcare'. Capitals, accents "
            "and word endings make no difference."
        ),
    )
    expansion = models.CharField(
        _("also search for"),
        max_length=200,
        help_text=_(
            "The words the site uses for it, in the same language, separated by spaces, such as 'domestic abuse'."
        ),
    )

    panels = [FieldPanel("language"), FieldPanel("term"), FieldPanel("expansion")]

    class Meta:
        ordering = ["language", "term"]
        constraints = [
            models.UniqueConstraint(
                fields=["term", "language"],
                name="one_synonym_per_term_and_language",
                violation_error_message=_(
                    "There is already a synonym for this word in this language: edit that one instead."
                ),
            )
        ]
        verbose_name = _("search synonym")

    def __str__(self):
        return f"{self.term} → {self.expansion}"

    def save(self, *args, **kwargs):
        self.term = normalised_term(self.term)
        super().save(*args, **kwargs)

    def clean(self):
        # Before the uniqueness check, so "DV" and "dv" are found to be the same word.
        self.term = normalised_term(self.term)


def normalised_term(term):
    return " ".join(term.lower().split())


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
