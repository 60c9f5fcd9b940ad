"""Reference lists shared by several apps."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SpokenLanguage(models.Model):
    """A language someone can be helped in: a service's language of delivery, or one a parent
    champion speaks. Separate from the site's own languages, and includes British Sign Language."""

    code = models.SlugField(_("code"), max_length=12, unique=True, help_text=_("For example pa, pl or bsl."))
    name = models.CharField(
        _("name in English"),
        max_length=60,
        help_text=_("Shown to families in lists and filters, such as Punjabi or British Sign Language."),
    )
    native_name = models.CharField(
        _("name in the language itself"), max_length=60, blank=True, help_text=_("For example ਪੰਜਾਬੀ or Polski.")
    )
    sort_order = models.PositiveSmallIntegerField(
        default=100, help_text=_("Sets the order in lists: lower numbers come first.")
    )

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("spoken language")

    def __str__(self):
        return self.name
