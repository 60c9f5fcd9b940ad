"""The safety answers a service page shows (see directory.safety)."""

from django import template

from directory import safety

register = template.Library()


@register.simple_tag
def service_safety_answers(service):
    """On a service about domestic abuse, the domestic abuse helplines; on a programme for
    people who harm, the Respect phone line."""
    need_ids = [need.pk for need in service.needs.all()]  # the page has them already
    return safety.answers_for_service(service.pk, need_ids)
