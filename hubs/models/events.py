"""A hub's own events: a fun day, a course taster, a baby bank drop-in. Each lives under its
hub, so the hub's managers can add and edit them (their page permissions cover the hub's
subtree), and time-limited ones can be published and unpublished on a schedule."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from core.fast_pages import CachedViewRestrictions
from core.search_fields import translated
from hubs.models.places import OutreachBasePage


class HubEventForm(WagtailAdminPageForm):
    def clean(self):
        cleaned_data = super().clean()
        place = cleaned_data.get("place")
        hub = self.parent_page.specific
        # The page is not in the tree yet when it is first created, so the hub is the form's parent.
        # Outreach bases still waiting for approval count too: they are the hub's own.
        own = [hub.pk, *OutreachBasePage.objects.child_of(hub).values_list("pk", flat=True)]
        if place is not None and place.pk not in own:
            self.add_error("place", _("Choose this hub or one of its own outreach bases."))
        return cleaned_data


class HubEventPage(CachedViewRestrictions, Page):
    summary = models.TextField(
        _("summary"),
        max_length=300,
        help_text=_(
            "One or two plain sentences, shown in what's on lists. For example: 'Games, crafts and a picnic "
            "for the whole family.'"
        ),
    )
    description = RichTextField(
        _("more about it"),
        blank=True,
        features=["bold", "link", "ul"],
        help_text=_("What to expect, what to bring, who to ask. Leave empty if the summary says it all."),
    )
    date = models.DateField(_("date"), help_text=_("The day it happens."))
    starts_at = models.TimeField(_("starts"), help_text=_("For example 10:00."))
    ends_at = models.TimeField(_("ends"), help_text=_("For example 12:30."))
    place = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("where"),
        help_text=_("This hub, or one of its outreach bases. Leave empty for the hub itself."),
    )
    minimum_age = models.PositiveSmallIntegerField(
        _("youngest age (years)"), null=True, blank=True, help_text=_("Leave empty if it is for everyone.")
    )
    maximum_age = models.PositiveSmallIntegerField(
        _("oldest age (years)"), null=True, blank=True, help_text=_("Leave empty if it is for everyone.")
    )
    booking_needed = models.BooleanField(
        _("booking needed"), default=False, help_text=_("Tick if families must book a place before they come.")
    )
    how_to_book = models.CharField(
        _("how to book"),
        max_length=200,
        blank=True,
        help_text=_("For example: 'Ring the hub on 01902 551 234' or 'Ask at reception'."),
    )
    cost = models.CharField(
        _("cost"), max_length=120, blank=True, help_text=_("Leave empty if it is free. For example: '£1 per child'.")
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("date"),
                FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
                PageChooserPanel("place", ["hubs.HubPage", "hubs.OutreachBasePage"]),
            ],
            heading=_("When and where"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("minimum_age"), FieldPanel("maximum_age")]),
                FieldPanel("booking_needed"),
                FieldPanel("how_to_book"),
                FieldPanel("cost"),
            ],
            heading=_("Who it is for and how to come"),
        ),
        FieldPanel("description"),
    ]

    search_fields = Page.search_fields + [
        *translated("title", boost=3),
        *translated("summary"),
        index.FilterField("date"),
    ]

    base_form_class = HubEventForm
    parent_page_types = ["hubs.HubPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("hub event")

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at and self.starts_at >= self.ends_at:
            raise ValidationError({"ends_at": _("The end time must be after the start time.")})
        if self.minimum_age is not None and self.maximum_age is not None and self.minimum_age > self.maximum_age:
            raise ValidationError({"maximum_age": _("The oldest age must be at least the youngest age.")})

    @property
    def venue(self):
        """Where it happens: the chosen outreach base, else the hub (also if the base was deleted)."""
        return (self.place or self.get_parent()).specific

    @classmethod
    def with_venues(cls, events):
        """The events, each with its place loaded as its specific page in one query, not one each."""
        events = list(events.select_related("place", "place__hubpage", "place__outreachbasepage"))
        for event in events:
            if event.place_id:
                loaded = event.place._state.fields_cache
                event.place = loaded.get("hubpage") or loaded.get("outreachbasepage") or event.place.specific
        return events

    def save(self, *args, **kwargs):
        if self.place_id is None and self.depth:
            self.place = self.get_parent()  # an event is at its own hub unless an outreach base is chosen
        super().save(*args, **kwargs)

    @property
    def is_past(self):
        return self.date < timezone.localdate()
