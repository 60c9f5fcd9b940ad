"""Days a place is shut (closures) and the city's school terms: the exceptions to a regular
timetable. What's on, the calendar feeds, "next session" and the Open Referral schedules all
read them through hubs/closures.py, so they agree."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable

from hubs.models.places import HubPage, OutreachBasePage


class ClosureReason(models.TextChoices):
    BANK_HOLIDAY = "bank_holiday", _("bank holiday")
    REFURBISHMENT = "refurbishment", _("building work")
    SNOW = "snow", _("snow or bad weather")
    OTHER = "other", _("other reason")


class Closure(models.Model):
    """A day, or a run of days, when a place is shut and none of its sessions happen."""

    first_day = models.DateField(_("closed from"), help_text=_("The first day it is shut."))
    last_day = models.DateField(
        _("closed until"),
        null=True,
        blank=True,
        help_text=_("The last day it is shut. Leave empty if it is shut for one day only."),
    )
    reason = models.CharField(
        _("reason"),
        max_length=20,
        choices=ClosureReason.choices,
        default=ClosureReason.BANK_HOLIDAY,
        help_text=_("Families see the reason in their own language."),
    )
    note = models.CharField(
        _("note"),
        max_length=160,
        blank=True,
        help_text=_("Optional. Anything else families need to know, such as 'Sessions move to Bilston Library'."),
    )

    panels = [
        FieldRowPanel([FieldPanel("first_day"), FieldPanel("last_day"), FieldPanel("reason")]),
        FieldPanel("note"),
    ]

    class Meta:
        abstract = True

    def __str__(self):
        return f"{self.first_day}–{self.until} ({self.get_reason_display()})"

    @property
    def until(self):
        return self.last_day or self.first_day

    def covers(self, day):
        return self.first_day <= day <= self.until

    def clean(self):
        if self.first_day and self.last_day and self.last_day < self.first_day:
            raise ValidationError({"last_day": _("The last day must be on or after the first day.")})


class HubClosure(Orderable, Closure):
    page = ParentalKey(HubPage, on_delete=models.CASCADE, related_name="closures")


class OutreachBaseClosure(Orderable, Closure):
    page = ParentalKey(OutreachBasePage, on_delete=models.CASCADE, related_name="closures")


class SchoolTerm(models.Model):
    """One stretch of school days in Wolverhampton (a half term), between two holidays.
    Sessions marked "term time only" run on these days and no others."""

    school_year = models.CharField(
        _("school year"), max_length=9, help_text=_("For example 2026-2027. Used to group the terms.")
    )
    name = models.CharField(_("name"), max_length=60, help_text=_("For example 'Autumn term, first half'."))
    first_day = models.DateField(_("first school day"), help_text=_("The first day children are in school."))
    last_day = models.DateField(
        _("last school day"), help_text=_("The last day before the holiday, including any training day.")
    )
    confirmed = models.BooleanField(
        _("checked against the council's term dates"),
        default=False,
        help_text=_(
            "Untick while the dates are a best guess. Check them against the council's published school "
            "term dates, then tick."
        ),
    )

    panels = [
        FieldPanel("school_year"),
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("first_day"), FieldPanel("last_day")]),
        FieldPanel("confirmed"),
    ]

    class Meta:
        ordering = ["first_day"]
        verbose_name = _("school term")
        verbose_name_plural = _("school term dates")

    def __str__(self):
        return f"{self.school_year}: {self.name}"

    def clean(self):
        if self.first_day and self.last_day and self.last_day < self.first_day:
            raise ValidationError({"last_day": _("The last school day must be on or after the first.")})
