"""The words the service menu is sorted by: needs, levels, ways in and ways of delivery."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

SLUG_HELP = _("Part of web addresses and filters: lower-case letters, numbers and hyphens. Changing it breaks links.")
SORT_ORDER_HELP = _("Sets the order in lists: lower numbers come first.")


class Need(models.Model):
    """Something a family wants help with, in the words parents use ("money worries")."""

    name = models.CharField(
        _("name"), max_length=80, help_text=_("In the words parents use, such as 'Money worries' or 'Going missing'.")
    )
    slug = models.SlugField(_("slug"), max_length=80, unique=True, help_text=SLUG_HELP)
    description = models.CharField(
        _("description"),
        max_length=200,
        blank=True,
        help_text=_("A few words to explain it, such as 'Benefits, debts, bills and food'."),
    )
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        verbose_name=_("part of"),
        help_text=_("For a narrower need, such as 'going missing' under 'young people at risk'."),
    )
    sort_order = models.PositiveSmallIntegerField(default=100, help_text=SORT_ORDER_HELP)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("parent"),
        FieldPanel("sort_order"),
    ]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("need")

    def __str__(self):
        return f"{self.parent.name}: {self.name}" if self.parent_id else self.name


class ServiceLevel(models.Model):
    """One of the four levels of the council's early help model."""

    number = models.PositiveSmallIntegerField(
        _("level"), unique=True, help_text=_("1 to 4: 1 is open to every family, 4 is the most intensive support.")
    )
    slug = models.SlugField(_("slug"), max_length=40, unique=True, help_text=SLUG_HELP)
    name = models.CharField(
        _("name"), max_length=60, help_text=_("Shown to families on service pages, such as 'Targeted support'.")
    )
    description = models.CharField(
        _("who it is for"),
        max_length=300,
        help_text=_("One plain sentence, such as 'Open to every family, with no referral.'"),
    )

    panels = [FieldPanel("number"), FieldPanel("slug"), FieldPanel("name"), FieldPanel("description")]

    class Meta:
        ordering = ["number"]
        verbose_name = _("service level")

    def __str__(self):
        return self.name


class SortedTerm(models.Model):
    """A short list editors keep in a set order, such as the ways to get a service."""

    slug = models.SlugField(_("slug"), max_length=40, unique=True, help_text=SLUG_HELP)
    name = models.CharField(
        _("name"),
        max_length=60,
        help_text=_("Shown to families on service pages and in the search filters. A few words."),
    )
    sort_order = models.PositiveSmallIntegerField(default=100, help_text=SORT_ORDER_HELP)

    panels = [FieldPanel("slug"), FieldPanel("name"), FieldPanel("sort_order")]

    class Meta:
        abstract = True
        ordering = ["sort_order"]

    def __str__(self):
        return self.name


class AccessRoute(SortedTerm):
    """How a family gets a service: just turn up, ask yourself, or through a professional."""

    class Meta(SortedTerm.Meta):
        verbose_name = _("way to get a service")


class DeliveryMode(SortedTerm):
    """Where or how a service is delivered: at a hub, at home, online, by phone."""

    class Meta(SortedTerm.Meta):
        verbose_name = _("delivery mode")


class Organisation(models.Model):
    """Who runs a service: the council, the NHS or a partner. Its editors' group keeps its
    services true (see the README's "Roles")."""

    name = models.CharField(
        _("name"),
        max_length=120,
        unique=True,
        help_text=_("The name families know, such as 'City of Wolverhampton Council'."),
    )
    description = models.TextField(
        _("description"), max_length=600, blank=True, help_text=_("One or two sentences about who they are.")
    )
    website = models.URLField(_("website"), blank=True, help_text=_("A web address starting with https://"))
    email = models.EmailField(_("email"), blank=True, help_text=_("An address families can write to."))
    phone = models.CharField(_("phone"), max_length=40, blank=True, help_text=_("A general number families can call."))
    is_council = models.BooleanField(
        _("part of the council"),
        default=False,
        help_text=_("Tick for City of Wolverhampton Council teams, to tell them apart from partners."),
    )
    # Made and renamed with the organisation (directory/organisation_editors.py), never chosen by
    # hand: a link rather than a name, so a renamed organisation keeps its people.
    editors = models.OneToOneField(
        "auth.Group",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="organisation",
        verbose_name=_("editors' group"),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("website"),
        FieldPanel("email"),
        FieldPanel("phone"),
        FieldPanel("is_council"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")

    def __str__(self):
        return self.name
