from django import template
from wagtail.models import Page

register = template.Library()


@register.filter
def get_item(mapping, key):
    return mapping.get(key)


@register.filter
def verbose_type(obj):
    model = obj.specific_class if isinstance(obj, Page) else type(obj)
    return model._meta.verbose_name
