"""Every hub gets its managers' group (see hub_managers.py): when it is created, and after each
migrate for hubs that existed before the groups did."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from hubs.hub_managers import ensure_manager_group
from hubs.models import HubPage


@receiver(post_save, sender=HubPage)
def give_hub_its_managers_group(sender, instance, raw=False, **kwargs):
    if not raw:
        ensure_manager_group(instance)


def give_every_hub_its_managers_group(sender, **kwargs):
    # Only the locality: on a new database this runs before wagtail-modeltranslation has added
    # the page table's language columns.
    for hub in HubPage.objects.select_related("locality").only("locality__name"):
        ensure_manager_group(hub)
