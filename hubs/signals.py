"""Every hub gets its managers' group when it is created (see hub_managers.py)."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from hubs.hub_managers import ensure_manager_group
from hubs.models import HubPage


@receiver(post_save, sender=HubPage)
def give_hub_its_managers_group(sender, instance, raw=False, **kwargs):
    if not raw:
        ensure_manager_group(instance)
