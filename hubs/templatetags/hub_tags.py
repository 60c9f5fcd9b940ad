"""Template helpers other pages use to point families at their nearest hub."""

from django import template

from hubs.models import HubIndexPage

register = template.Library()


@register.simple_tag
def hub_finder_url():
    """The hub finder's address in the current language, or "" before one is published."""
    finder = HubIndexPage.objects.live().first()
    return finder.url if finder else ""
