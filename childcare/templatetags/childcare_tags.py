from django import template

register = template.Library()


@register.filter
def rule_hint(form, key):
    """The hint under one rule's checkbox in the checker."""
    return form.hint_for(key)
