"""Which fields of the service directory are translated (django-modeltranslation finds this
module in every app)."""

from modeltranslation.translator import TranslationOptions, register

from directory.models import (
    AccessRoute,
    CostOption,
    DeliveryMode,
    Need,
    Organisation,
    SafetyAnswer,
    SafetyAnswerLine,
    Schedule,
    ServiceContact,
    ServiceIndexPage,
    ServiceLevel,
    ServicePage,
    ServicePhone,
)


@register(SafetyAnswer)
class SafetyAnswerTranslation(TranslationOptions):
    # Search words per language: each language's own words, not a translation of the English.
    fields = ("title", "text", "search_words")


@register(SafetyAnswerLine)
class SafetyAnswerLineTranslation(TranslationOptions):
    fields = ("label", "note")


@register(Need)
class NeedTranslation(TranslationOptions):
    fields = ("name", "description")


@register(ServiceLevel)
class ServiceLevelTranslation(TranslationOptions):
    fields = ("name", "description")


@register(AccessRoute)
class AccessRouteTranslation(TranslationOptions):
    fields = ("name",)


@register(DeliveryMode)
class DeliveryModeTranslation(TranslationOptions):
    fields = ("name",)


@register(Organisation)
class OrganisationTranslation(TranslationOptions):
    fields = ("description",)


@register(ServiceIndexPage)
class ServiceIndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(ServicePage)
class ServicePageTranslation(TranslationOptions):
    fields = ("summary", "description", "alert", "eligibility", "how_to_get_it", "boundaries", "accessibility")


@register(CostOption)
class CostOptionTranslation(TranslationOptions):
    fields = ("option", "amount_description")


@register(Schedule)
class ScheduleTranslation(TranslationOptions):
    fields = ("note",)


@register(ServicePhone)
class ServicePhoneTranslation(TranslationOptions):
    fields = ("note",)


@register(ServiceContact)
class ServiceContactTranslation(TranslationOptions):
    fields = ("name", "title")
