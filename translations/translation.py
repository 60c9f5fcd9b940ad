"""Which content is translatable.

Registration lives here, not beside the models, so the apps do not depend on the
translation machinery. Wagtail's page title, slug and SEO fields are registered by
wagtail-modeltranslation itself.
"""

from modeltranslation.translator import TranslationOptions, register

from directory.models import (
    AccessRoute,
    CostOption,
    DeliveryMode,
    Need,
    Organisation,
    Schedule,
    ServiceContact,
    ServiceIndexPage,
    ServiceLevel,
    ServicePage,
    ServicePhone,
)
from familyinfo.models import ContentPage, EmergencyContacts, HomePage, SafetyAnswer, SafetyAnswerLine, SpokenLanguage
from hubs.models import (
    ChampionIndexPage,
    ChampionSignpostingPage,
    ChampionStoryPage,
    Facility,
    HubEventPage,
    HubIndexPage,
    HubOpeningHours,
    HubPage,
    JoinChampionsPage,
    Locality,
    OutreachBaseOpeningHours,
    OutreachBasePage,
    ParentChampion,
    Venue,
)


@register(HomePage)
class HomePageTranslation(TranslationOptions):
    fields = (
        "hero_heading",
        "hero_lead",
        "early_help_summary",
        "needs_heading",
        "common_needs",
        "referral_heading",
        "referral_text",
        "body",
    )


@register(ContentPage)
class ContentPageTranslation(TranslationOptions):
    fields = ("intro", "body")


@register(EmergencyContacts)
class EmergencyContactsTranslation(TranslationOptions):
    fields = ("desk_name", "desk_hours", "address")


@register(SpokenLanguage)
class SpokenLanguageTranslation(TranslationOptions):
    fields = ("name",)


@register(SafetyAnswer)
class SafetyAnswerTranslation(TranslationOptions):
    # Search words per language: each language's own words, not a translation of the English.
    fields = ("title", "text", "search_words")


@register(SafetyAnswerLine)
class SafetyAnswerLineTranslation(TranslationOptions):
    fields = ("label", "note")


@register(Locality)
class LocalityTranslation(TranslationOptions):
    fields = ("name", "area_name", "local_priorities")


@register(Facility)
class FacilityTranslation(TranslationOptions):
    fields = ("name",)


@register(HubIndexPage)
class HubIndexPageTranslation(TranslationOptions):
    fields = ("intro",)


PLACE_FIELDS = ("summary", "how_to_get_there", "accessibility")


@register(HubPage)
class HubPageTranslation(TranslationOptions):
    fields = PLACE_FIELDS + ("teams",)


@register(OutreachBasePage)
class OutreachBasePageTranslation(TranslationOptions):
    fields = PLACE_FIELDS


@register(HubEventPage)
class HubEventPageTranslation(TranslationOptions):
    fields = ("summary", "description", "how_to_book", "cost")


@register(HubOpeningHours)
class HubOpeningHoursTranslation(TranslationOptions):
    fields = ("note",)


@register(OutreachBaseOpeningHours)
class OutreachBaseOpeningHoursTranslation(TranslationOptions):
    fields = ("note",)


@register(ParentChampion)
class ParentChampionTranslation(TranslationOptions):
    fields = ("can_help_with",)


@register(ChampionIndexPage)
class ChampionIndexPageTranslation(TranslationOptions):
    fields = ("intro", "body")


@register(ChampionStoryPage)
class ChampionStoryPageTranslation(TranslationOptions):
    fields = ("intro", "body")


@register(JoinChampionsPage)
class JoinChampionsPageTranslation(TranslationOptions):
    fields = ("intro", "body", "thank_you")


@register(ChampionSignpostingPage)
class ChampionSignpostingPageTranslation(TranslationOptions):
    fields = ("intro", "body")


@register(Venue)
class VenueTranslation(TranslationOptions):
    fields = ("name",)


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
