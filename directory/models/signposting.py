"""Parent champions' signposting log: how many families a champion pointed to help, and where,
so the Early years team can report the champions' reach. Nothing about any family is recorded.

It lives in the directory, not with the champions in hubs, because an entry names a need and a
service page, and hubs may not import the directory (the directory imports hubs).
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# One entry is one conversation: a few families at a group, at most.
MOST_FAMILIES = 20


class SignpostedTo(models.TextChoices):
    """Where the families were pointed: a service or hub on this site, or a kind of place."""

    SERVICE = "service", _("A service on this site")
    HUB = "hub", _("A Strengthening Families Hub")
    GP = "gp", _("GP or health centre")
    SCHOOL = "school", _("School")
    NURSERY = "nursery", _("Nursery or childminder")
    FOOD_BANK = "food_bank", _("Food bank")
    COMMUNITY_GROUP = "community_group", _("Community group")
    OTHER = "other", _("Somewhere else")


class SignpostingEntryQuerySet(models.QuerySet):
    def between(self, start, end):
        """Entries dated from `start` up to, not including, `end`."""
        return self.filter(date__gte=start, date__lt=end)

    def families(self):
        return self.aggregate(total=models.Sum("families"))["total"] or 0

    def champions(self):
        """How many people logged these entries."""
        return self.exclude(logged_by=None).values("logged_by").distinct().count()


class SignpostingEntry(models.Model):
    """A parent champion pointed one or more families to help: when, in which area, for what
    need, in which language, and where. Never a name, an address, a child or a story: the form
    has no box to type one in."""

    logged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="signposting_entries",
        verbose_name=_("logged by"),
        help_text=_("The parent champion's account. Kept empty if the account is deleted; the entry still counts."),
    )
    logged_at = models.DateTimeField(_("logged at"), auto_now_add=True)
    date = models.DateField(
        _("date"), default=timezone.localdate, help_text=_("Today, unless you are logging it later.")
    )
    locality = models.ForeignKey(
        "hubs.Locality",
        on_delete=models.PROTECT,
        related_name="signposting_entries",
        verbose_name=_("area"),
        help_text=_("Where the family lives, or where you met them if you do not know."),
    )
    need = models.ForeignKey(
        "directory.Need",
        null=True,
        on_delete=models.SET_NULL,
        related_name="signposting_entries",
        verbose_name=_("need"),
        help_text=_("What the family wanted help with. Kept empty if the need is deleted from the list."),
    )
    language = models.ForeignKey(
        "core.SpokenLanguage",
        on_delete=models.PROTECT,
        related_name="signposting_entries",
        verbose_name=_("language of the family"),
        help_text=_("Which language did you speak with them?"),
    )
    signposted_to = models.CharField(
        _("signposted to"), max_length=20, choices=SignpostedTo.choices, help_text=_("Where did you signpost them?")
    )
    service = models.ForeignKey(
        "directory.ServicePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="signposting_entries",
        verbose_name=_("service"),
        help_text=_("Only when they were signposted to a service on this site."),
    )
    hub = models.ForeignKey(
        "hubs.HubPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="signposting_entries",
        verbose_name=_("hub"),
        help_text=_("Only when they were signposted to a hub."),
    )
    families = models.PositiveSmallIntegerField(
        _("number of families"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(MOST_FAMILIES)],
        help_text=_("Usually 1. For a group, count each family once."),
    )

    objects = SignpostingEntryQuerySet.as_manager()

    class Meta:
        ordering = ["-date", "-logged_at"]
        verbose_name = _("signposting entry")
        verbose_name_plural = _("signposting entries")
        permissions = [("log_signposting", _("Can log their own signposting"))]

    def __str__(self):
        return _("%(date)s, %(area)s: %(destination)s") % {
            "date": self.date.strftime("%d %B %Y"),
            "area": self.locality.name,
            "destination": self.destination,
        }

    @property
    def destination(self):
        """Where they were signposted, as a person reads it: the service or hub by name."""
        if self.signposted_to == SignpostedTo.SERVICE and self.service_id:
            return self.service.title
        if self.signposted_to == SignpostedTo.HUB and self.hub_id:
            return self.hub.title
        return self.get_signposted_to_display()

    def clean(self):
        """A service or hub is named only for that kind of destination, and then must be."""
        errors = {}
        if self.signposted_to == SignpostedTo.SERVICE and not self.service_id:
            errors["service"] = _("Choose the service they were signposted to.")
        if self.signposted_to == SignpostedTo.HUB and not self.hub_id:
            errors["hub"] = _("Choose the hub they were signposted to.")
        if errors:
            raise ValidationError(errors)
        if self.signposted_to != SignpostedTo.SERVICE:
            self.service = None
        if self.signposted_to != SignpostedTo.HUB:
            self.hub = None
        if self.date and self.date > timezone.localdate():
            raise ValidationError({"date": _("The date cannot be in the future.")})
