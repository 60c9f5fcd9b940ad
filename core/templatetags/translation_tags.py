"""Mark content shown in English because it has not been translated yet.

modeltranslation falls back to English when a field is empty in the reader's language. The
fallback text must then say it is English (`lang="en" dir="ltr"`), or screen readers read
it with the wrong voice and right-to-left pages scramble its punctuation.
"""

from django import template
from django.utils import translation
from django.utils.html import format_html
from modeltranslation.utils import build_localized_fieldname

from core.languages import SOURCE_LANGUAGE, get_language_info

register = template.Library()


def is_fallback(obj, field_name):
    language = get_language_info(translation.get_language()).code
    if language == SOURCE_LANGUAGE or obj is None:
        return False
    localized = build_localized_fieldname(field_name, language)
    if not hasattr(obj, localized):
        return False
    value = getattr(obj, localized)
    return not value or (hasattr(value, "__len__") and len(value) == 0)


@register.simple_tag
def fallback_lang(obj, *field_names):
    """` lang="en" dir="ltr"` when every named field is shown in English for lack of a translation."""
    if field_names and all(is_fallback(obj, name) for name in field_names):
        return format_html(' lang="{}" dir="ltr"', SOURCE_LANGUAGE)
    return ""


@register.simple_tag
def is_untranslated(obj, *field_names):
    return bool(field_names) and any(is_fallback(obj, name) for name in field_names)
