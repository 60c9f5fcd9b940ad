"""Which fields of hubs, places and parent champion content are translated
(django-modeltranslation finds this module in every app)."""

from modeltranslation.translator import TranslationOptions, register

from hubs.models import (
    ChampionIndexPage,
    ChampionSignpostingPage,
    ChampionStoryPage,
    Facility,
    HubClosure,
    HubEventPage,
    HubIndexPage,
    HubOpeningHours,
    HubPage,
    JoinChampionsPage,
    Locality,
    OutreachBaseClosure,
    OutreachBaseOpeningHours,
    OutreachBasePage,
    ParentChampion,
    Venue,
)


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


@register(HubClosure)
class HubClosureTranslation(TranslationOptions):
    fields = ("note",)


@register(OutreachBaseClosure)
class OutreachBaseClosureTranslation(TranslationOptions):
    fields = ("note",)
