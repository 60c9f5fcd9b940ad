"""Forget cached search and filter lists as soon as editors change them; keep each
organisation's editors' group and its services' permissions in step."""

from django.contrib.auth.models import Group
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from directory.models import AccessRoute, DeliveryMode, Need, Organisation, SearchSynonym, ServiceLevel, ServicePage
from directory.organisation_editors import ensure_editors_group, give_services_to_their_editors

CACHED_LISTS = ["directory:synonyms", "directory:filter-choices", "directory:languages-in-use"]


@receiver([post_save, post_delete], sender=SearchSynonym)
@receiver([post_save, post_delete], sender=Need)
@receiver([post_save, post_delete], sender=ServiceLevel)
@receiver([post_save, post_delete], sender=AccessRoute)
@receiver([post_save, post_delete], sender=DeliveryMode)
def forget_cached_lists(**kwargs):
    cache.delete_many(CACHED_LISTS)


@receiver(post_save, sender=Organisation)
def give_organisation_its_editors_group(sender, instance, raw=False, **kwargs):
    """Made with the organisation, renamed with it (see organisation_editors.py)."""
    if not raw:
        ensure_editors_group(instance)
        give_services_to_their_editors(instance.services.values_list("pk", flat=True))


@receiver(post_delete, sender=Organisation)
def remove_organisation_editors_group(sender, instance, **kwargs):
    if instance.editors_id is not None:
        Group.objects.filter(pk=instance.editors_id).delete()


@receiver(post_save, sender=ServicePage)
def give_service_to_its_editors(sender, instance, raw=False, **kwargs):
    if not raw:
        give_services_to_their_editors([instance.pk])
