"""The visitor's shortlist for templates of pages the directory does not serve (childcare
providers' pages sit below the directory, so their views cannot ask it themselves)."""

from django import template

from directory.views import Shortlist, shortlist_for

register = template.Library()


@register.simple_tag(takes_context=True)
def visitor_shortlist(context):
    """What is on this visitor's shortlist (read from its cookie once a request)."""
    request = context.get("request")
    return shortlist_for(request) if request is not None else Shortlist()
