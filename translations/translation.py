"""Which content is translatable.

Registration lives here, not beside the models, so the apps do not depend on the
translation machinery. Wagtail's page title, slug and SEO fields are registered by
wagtail-modeltranslation itself.
"""

from modeltranslation.translator import TranslationOptions, register

from familyinfo.models import ContentPage, EmergencyContacts, HomePage, SpokenLanguage
from hubs.models import (
    ChampionIndexPage,
    ChampionSignpostingPage,
    ChampionStoryPage,
    Facility,
    HubIndexPage,
    HubOpeningHours,
    HubPage,
    JoinChampionsPage,
    Locality,
    OutreachBaseOpeningHours,
    OutreachBasePage,
    ParentChampion,
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
