"""Template tags of the site-wide pages."""

from urllib.parse import urlencode

from django import template
from django.urls import reverse

from core.fast_pages import first_live

register = template.Library()


@register.simple_tag
def need_link_url(need):
    """Where a home page need leads: the services for a need, a chosen page, or a search."""
    if need.get("need"):
        from directory.models import ServiceIndexPage

        listing = first_live(ServiceIndexPage)
        if listing:
            return f"{listing.url}?{urlencode({'need': need['need'].slug})}"
    page = need.get("page")
    if page and page.live:
        return page.url
    terms = need.get("search_terms") or need.get("label", "")
    return f"{reverse('search')}?{urlencode({'q': terms})}"
