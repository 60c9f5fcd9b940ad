"""Settings editors change in the admin: phone numbers that must always be right, and menus."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


class CachedSiteSetting(BaseSiteSetting):
    """Settings every page shows: read from the cache, not the database, until content changes."""

    class Meta:
        abstract = True

    @classmethod
    def for_site(cls, site):
        if site is None:
            return super().for_site(site)
        from core.page_cache import cached_content

        def load():
            return super(CachedSiteSetting, cls).for_site(site)

        return cached_content(f"setting:{cls._meta.label_lower}:{site.pk}", load)


@register_setting(icon="warning")
class EmergencyContacts(CachedSiteSetting):
    """The early help desk and emergency numbers shown on every page and in the referral form."""

    desk_name = models.CharField(
        _("desk name"),
        max_length=80,
        default="Early help desk",
        help_text=_("The name families see beside the phone number, such as 'Early help desk'."),
    )
    desk_phone = models.CharField(
        _("early help desk phone"),
        max_length=40,
        help_text=_("Shown on every page and after a family sends a referral. For example: 01902 555392"),
    )
    desk_email = models.EmailField(
        _("early help desk email"),
        blank=True,
        help_text=_("Optional. Shown beside the phone number, so families can write instead of calling."),
    )
    desk_hours = models.CharField(
        _("early help desk opening hours"),
        max_length=120,
        blank=True,
        help_text=_("For example: Monday to Thursday 8:45am to 5pm, Friday 8:45am to 4:30pm"),
    )
    out_of_hours_phone = models.CharField(
        _("out-of-hours phone"),
        max_length=40,
        help_text=_("The emergency duty team, for evenings, weekends and bank holidays."),
    )
    safeguarding_phone = models.CharField(
        _("safeguarding phone"),
        max_length=40,
        help_text=_("Who to call when worried about a child's safety now (often the MASH)."),
    )
    address = models.TextField(
        _("postal address"),
        max_length=300,
        blank=True,
        help_text=_("Where families can write to the early help desk. Put each part of the address on its own line."),
    )
    quick_exit_url = models.URLField(
        _("quick exit address"),
        default="https://www.bbc.co.uk/weather",
        help_text=_("Where the 'Exit this page' button goes. Choose an ordinary, harmless page on another site."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("desk_name"), FieldPanel("desk_phone"), FieldPanel("desk_email"), FieldPanel("desk_hours")],
            heading=_("Early help desk"),
        ),
        MultiFieldPanel([FieldPanel("out_of_hours_phone"), FieldPanel("safeguarding_phone")], heading=_("Emergencies")),
        FieldPanel("address"),
        FieldPanel("quick_exit_url"),
    ]

    class Meta:
        verbose_name = _("emergency and contact numbers")


@register_setting(icon="mail")
class NotificationAddresses(BaseSiteSetting):
    """Team mailboxes told when something arrives. The emails never carry personal data."""

    early_years_team_email = models.EmailField(
        _("Early years team mailbox"), blank=True, help_text=_("Told when someone wants to be a parent champion.")
    )
    early_help_desk_email = models.EmailField(
        _("early help desk mailbox"), blank=True, help_text=_("Told when a family sends a self-referral.")
    )

    panels = [FieldPanel("early_years_team_email"), FieldPanel("early_help_desk_email")]

    class Meta:
        verbose_name = _("notification mailboxes")
