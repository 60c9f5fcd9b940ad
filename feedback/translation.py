"""Which feedback fields are translated: each version's heading and introduction, and each
question's words. What families answered is not: it is kept as they gave it."""

from modeltranslation.translator import TranslationOptions, register

from feedback.models import FeedbackQuestion, FeedbackVersion


@register(FeedbackVersion)
class FeedbackVersionTranslation(TranslationOptions):
    fields = ("title", "intro")


@register(FeedbackQuestion)
class FeedbackQuestionTranslation(TranslationOptions):
    fields = ("text", "hint", "options")
