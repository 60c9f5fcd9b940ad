"""Keep translation records current when editors save content (see TranslationRecord)."""

from django.core.cache import cache
from django.db.models.signals import post_save
from wagtail.models import Page
from wagtail.signals import page_published

from core.languages import SITE_LANGUAGES, SOURCE_LANGUAGE
from translations.segments import translatable_models

MISSING_COUNT_KEY = "translations:missing-count"  # the dashboard's cached count


def record_translations(instance, **kwargs):
    from translations.exchange import remember

    if kwargs.get("raw"):
        return
    cache.delete(MISSING_COUNT_KEY)
    for language in SITE_LANGUAGES:
        if language.code != SOURCE_LANGUAGE:
            remember(instance, language.code)


def record_published_page(instance, **kwargs):
    record_translations(instance.specific)


def connect():
    page_published.connect(record_published_page, dispatch_uid="translations-page-published")
    for model in translatable_models():
        if not issubclass(model, Page):
            post_save.connect(record_translations, sender=model, dispatch_uid=f"translations-{model._meta.label}")
