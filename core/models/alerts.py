"""A message at the top of every public page for a while: snow closes the hubs, the phone
lines are down, a change families must know about."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel


class AlertStyle(models.TextChoices):
    IMPORTANT = "important", _("Important: news families should see")
    URGENT = "urgent", _("Urgent: something that stops families getting help")


class SiteAlert(models.Model):
    """A banner shown on every public page between two times. Pages kept in the page cache are
    made again when one starts or ends (core/alerts.py)."""

    heading = models.CharField(
        _("heading"), max_length=80, help_text=_("A few words, such as 'Hubs closed because of snow'.")
    )
    message = models.TextField(
        _("message"),
        max_length=300,
        help_text=_("One or two plain sentences: what has happened and what families should do."),
    )
    link_url = models.URLField(
        _("link"), blank=True, help_text=_("Optional. A page with more about it, on this site or another.")
    )
    link_text = models.CharField(
        _("link text"), max_length=80, blank=True, help_text=_("The words of the link, such as 'Which hubs are open'.")
    )
    style = models.CharField(
        _("style"),
        max_length=12,
        choices=AlertStyle.choices,
        default=AlertStyle.IMPORTANT,
        help_text=_("Urgent (red) only when families must act now, such as hubs shut by snow."),
    )
    starts_at = models.DateTimeField(_("show from"), help_text=_("The date and time it first appears."))
    ends_at = models.DateTimeField(_("show until"), help_text=_("The date and time it goes away."))

    panels = [
        FieldPanel("heading"),
        FieldPanel("message"),
        FieldRowPanel([FieldPanel("link_url"), FieldPanel("link_text")]),
        FieldPanel("style"),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
    ]

    class Meta:
        ordering = ["-style", "starts_at"]
        verbose_name = _("site alert")

    def __str__(self):
        return self.heading

    def in_force(self, moment):
        return self.starts_at <= moment < self.ends_at

    @property
    def is_urgent(self):
        return self.style == AlertStyle.URGENT

    def clean(self):
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("The end must be after the start.")})
        if self.link_text and not self.link_url:
            raise ValidationError({"link_url": _("Give the link's address, or leave the link text empty.")})
