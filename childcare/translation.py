"""Which childcare fields are translated: the offer's pages and each rule's words. Providers are
not: their names and addresses are as Ofsted registers them, and the rest is structured."""

from modeltranslation.translator import TranslationOptions, register

from childcare.models import ChildcareIndexPage, OfferRule, TwoYearOfferPage


@register(TwoYearOfferPage)
class TwoYearOfferPageTranslation(TranslationOptions):
    fields = (
        "intro",
        "body",
        "apply_text",
        "working_parents_text",
        "not_eligible_text",
        "not_sure_text",
    )


@register(ChildcareIndexPage)
class ChildcareIndexPageTranslation(TranslationOptions):
    fields = ("intro", "body")


@register(OfferRule)
class OfferRuleTranslation(TranslationOptions):
    fields = ("label", "hint")
