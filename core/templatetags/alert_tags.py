"""The site alerts banner at the top of every public page."""

from django import template

from core.alerts import alerts_in_force

register = template.Library()


@register.simple_tag(takes_context=True)
def site_alerts(context):
    return alerts_in_force(context.get("request"))
