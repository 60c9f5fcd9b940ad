"""Counts for the Insight area, kept with nothing about who was counted."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class UnmetSearchCount(models.Model):
    """How many searches found nothing, by month, site language, postcode district, locality and
    need. No words: the words of a search (UnmetSearch) go after UNMET_SEARCH_RETENTION_DAYS, but
    these counts stay, so the Insight area can show a year's trend."""

    month = models.DateField(_("month"))
    language = models.CharField(_("language"), max_length=8)
    postcode_district = models.CharField(_("postcode district"), max_length=5, blank=True)
    # From the ward of the postcode typed on the service listing; none without a postcode.
    locality = models.ForeignKey(
        "hubs.Locality", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("area")
    )
    # The code (slug) of the need chosen in the filters, or that the words were about; "" if none.
    need = models.CharField(_("need"), max_length=80, blank=True)
    count = models.PositiveIntegerField(_("searches"), default=0)

    class Meta:
        ordering = ["-month"]
        verbose_name = _("count of searches that found nothing")
        verbose_name_plural = _("counts of searches that found nothing")
        default_permissions = ()

    def __str__(self):
        return f"{self.month:%b %Y} {self.language} {self.postcode_district or '-'} {self.need or '-'}: {self.count}"


class ServiceView(models.Model):
    """How many times a service's page was sent to a reader in a month, in one language of the
    site: counted on the server (no cookie, no address, no time finer than the month)."""

    service = models.ForeignKey(
        "directory.ServicePage", on_delete=models.CASCADE, related_name="+", verbose_name=_("service")
    )
    month = models.DateField(_("month"))
    language = models.CharField(_("language"), max_length=8)
    count = models.PositiveIntegerField(_("views"), default=0)

    class Meta:
        ordering = ["-month"]
        verbose_name = _("service page views")
        verbose_name_plural = _("service page views")
        default_permissions = ()
        constraints = [
            models.UniqueConstraint(fields=["service", "month", "language"], name="one_view_count_per_month")
        ]

    def __str__(self):
        return f"{self.service_id} {self.month:%b %Y} {self.language}: {self.count}"
