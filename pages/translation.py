"""Which fields of the site-wide pages are translated (django-modeltranslation finds this
module in every app). Wagtail's page title, slug and SEO fields are registered by
wagtail-modeltranslation itself."""

from modeltranslation.translator import TranslationOptions, register

from pages.models import ContentPage, HomePage, LevelOfNeed, LevelsOfNeedPage, ProfessionalsPage


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


@register(ProfessionalsPage)
class ProfessionalsPageTranslation(TranslationOptions):
    fields = ("intro", "referral_heading", "referral_text", "body", "events")


@register(LevelsOfNeedPage)
class LevelsOfNeedPageTranslation(TranslationOptions):
    fields = ("intro", "moving_between_levels")


@register(LevelOfNeed)
class LevelOfNeedTranslation(TranslationOptions):
    fields = ("name", "description", "examples", "what_to_do")
