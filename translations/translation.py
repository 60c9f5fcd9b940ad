"""Which content is translatable.

Registration lives here, not beside the models, so the apps do not depend on the
translation machinery. Wagtail's page title, slug and SEO fields are registered by
wagtail-modeltranslation itself.
"""

from modeltranslation.translator import TranslationOptions, register

from familyinfo.models import ContentPage, EmergencyContacts, HomePage


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
