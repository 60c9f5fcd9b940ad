"""Every hub gets its managers' group (see hub_managers.py): when it is created, and after each
migrate for hubs that existed before the groups did. Events at a closed outreach base move to
the hub."""

from django.db.models.signals import post_save, pre_delete
from django.dispatch import receiver
from wagtail.models import Page

from hubs.hub_managers import ensure_manager_group
from hubs.models import HubEventPage, HubPage


@receiver(post_save, sender=HubPage)
def give_hub_its_managers_group(sender, instance, raw=False, **kwargs):
    if not raw:
        ensure_manager_group(instance)


def give_every_hub_its_managers_group(sender, **kwargs):
    # Only the locality: on a new database this runs before wagtail-modeltranslation has added
    # the page table's language columns.
    for hub in HubPage.objects.select_related("locality").only("locality__name"):
        ensure_manager_group(hub)


@receiver(pre_delete, sender=Page)
def move_events_to_their_hub(sender, instance, **kwargs):
    """An outreach base that closes leaves its events at the hub, not nowhere."""
    events = HubEventPage.objects.filter(place_id=instance.pk)
    if events.exists():
        events.update(place_id=instance.get_parent().pk)
