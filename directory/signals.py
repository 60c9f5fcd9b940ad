"""Forget cached search and filter lists as soon as editors change them."""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from directory.models import AccessRoute, DeliveryMode, Need, SearchSynonym, ServiceLevel

CACHED_LISTS = ["directory:synonyms", "directory:filter-choices", "directory:languages-in-use"]


@receiver([post_save, post_delete], sender=SearchSynonym)
@receiver([post_save, post_delete], sender=Need)
@receiver([post_save, post_delete], sender=ServiceLevel)
@receiver([post_save, post_delete], sender=AccessRoute)
@receiver([post_save, post_delete], sender=DeliveryMode)
def forget_cached_lists(**kwargs):
    cache.delete_many(CACHED_LISTS)
