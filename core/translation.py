"""The kernel's translatable fields (registered with django-modeltranslation, which finds
this module in every app)."""

from modeltranslation.translator import TranslationOptions, register

from core.models import EmergencyContacts, SiteAlert, SpokenLanguage


@register(EmergencyContacts)
class EmergencyContactsTranslation(TranslationOptions):
    fields = ("desk_name", "desk_hours", "address")


@register(SpokenLanguage)
class SpokenLanguageTranslation(TranslationOptions):
    fields = ("name",)


@register(SiteAlert)
class SiteAlertTranslation(TranslationOptions):
    fields = ("heading", "message", "link_text")
