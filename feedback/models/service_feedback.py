"""Feedback after a service: the questions each version of the form asks (the FIS team changes
and translates them), and what parents, carers and children answered.

Anonymous by design. A response holds the page it is about, the hub it happened at (when
known), the version, the site language, the month and the answers: no address, browser, session
or cookie. Free text may hold a name by accident, so it is encrypted, shown only to the people
who look after that page, and deleted after SERVICE_FEEDBACK_COMMENT_RETENTION_DAYS. Equality
answers are kept apart, with only the page, locality and month, so they cannot be matched to the
feedback they followed.
"""

import uuid

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from encrypted_fields.fields import EncryptedTextField
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from modeltranslation.utils import build_localized_fieldname
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable

from core.languages import SITE_LANGUAGES, SOURCE_LANGUAGE


class Audience(models.TextChoices):
    """The three versions of the form, each with its own questions."""

    PARENTS = "parents", _("Parents and carers")
    UNDER_EIGHT = "under-8", _("Children under 8")
    OLDER_CHILDREN = "8-and-over", _("Children aged 8 to 12 and teenagers")


CHILDREN = (Audience.UNDER_EIGHT, Audience.OLDER_CHILDREN)


class QuestionKind(models.TextChoices):
    RATING = "rating", "Rating: three faces for children under 8, five steps for everyone else"
    CHOICE = "choice", "Choose one answer"
    TEXT = "text", "Short free text (always optional)"


# A rating's answers: pictures for children under 8, five worded steps for everyone else.
FACES = ((1, _("Sad")), (2, _("OK")), (3, _("Happy")))
STEPS = ((1, _("Not at all")), (2, _("A little")), (3, _("Some")), (4, _("Quite a lot")), (5, _("A lot")))


def rating_scale(audience):
    return FACES if audience == Audience.UNDER_EIGHT else STEPS


class Tone(models.TextChoices):
    """A rating read the same way on either scale, for figures across versions."""

    POSITIVE = "positive", _("Positive")
    IN_BETWEEN = "in-between", _("In between")
    NEGATIVE = "negative", _("Negative")


def tone_of(rating, steps):
    """The happy face, or the top two of five steps, is positive; the lowest is negative."""
    if rating <= 1:
        return Tone.NEGATIVE
    if rating * 3 > steps * 2:
        return Tone.POSITIVE
    return Tone.IN_BETWEEN


class FeedbackVersion(ClusterableModel):
    """One version of the feedback form and its questions, in order. There are three, one for
    each audience; the site makes them with good questions and the FIS team changes them."""

    slug = models.CharField(
        "who answers",
        max_length=20,
        unique=True,
        choices=Audience.choices,
        help_text="Each version of the form is for one group of people.",
    )
    title = models.CharField(
        "heading", max_length=120, help_text="The form's heading, such as 'Tell us how it went'. Keep it short."
    )
    intro = models.TextField(
        "introduction",
        blank=True,
        max_length=400,
        help_text="One or two short sentences above the questions. Use simple words, especially for children.",
    )

    panels = [
        FieldPanel("slug", read_only=True),
        FieldPanel("title"),
        FieldPanel("intro"),
        InlinePanel("questions", heading="Questions", label="Question", min_num=1, max_num=8),
    ]

    class Meta:
        verbose_name = "feedback questions"
        verbose_name_plural = "feedback questions"
        default_permissions = ("view", "change")

    def __str__(self):
        return str(Audience(self.slug).label) if self.slug in Audience.values else self.slug

    @property
    def audience(self):
        return self.slug

    @property
    def is_for_children(self):
        return self.slug in CHILDREN


class FeedbackQuestion(Orderable):
    """One question of a version: a rating, one answer from a list, or a few words."""

    version = ParentalKey(FeedbackVersion, on_delete=models.CASCADE, related_name="questions")
    kind = models.CharField(
        "kind of answer",
        max_length=10,
        choices=QuestionKind.choices,
        default=QuestionKind.RATING,
        help_text="Ratings and choices make the figures; keep free text to one question at the end.",
    )
    text = models.CharField(
        "question", max_length=200, help_text="One short question, such as 'Did the session help you?'"
    )
    hint = models.CharField("hint", max_length=200, blank=True, help_text="Optional: a few words under the question.")
    options = models.TextField(
        "answers to choose from",
        blank=True,
        help_text="For 'Choose one answer' only: each answer on its own line, in the same order in every language.",
    )
    required = models.BooleanField(
        "an answer is needed",
        default=False,
        help_text="Leave unticked unless the answer is essential: families may skip any other question.",
    )

    panels = [FieldPanel("kind"), FieldPanel("text"), FieldPanel("hint"), FieldPanel("options"), FieldPanel("required")]

    class Meta(Orderable.Meta):
        verbose_name = "question"

    def __str__(self):
        return self.text

    def option_lines(self, language=None):
        """The answers to choose from, in `language` (the active one by default) or English."""
        field = build_localized_fieldname("options", language) if language else "options"
        return [line.strip() for line in (getattr(self, field) or "").splitlines() if line.strip()]

    def clean(self):
        super().clean()
        english = self.option_lines(SOURCE_LANGUAGE)
        if self.kind == QuestionKind.CHOICE and len(english) < 2:
            raise ValidationError({build_localized_fieldname("options", SOURCE_LANGUAGE): "Give at least two answers."})
        for language in SITE_LANGUAGES:
            lines = self.option_lines(language.code)
            if lines and len(lines) != len(english):
                raise ValidationError(
                    {
                        build_localized_fieldname("options", language.code): (
                            f"Give the same {len(english)} answers as the English, one a line, in the same order."
                        )
                    }
                )
        if self.kind == QuestionKind.TEXT:
            self.required = False


class FeedbackResponse(models.Model):
    """One family's or child's answers about one service, hub or outreach base page."""

    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="feedback_responses",
        help_text="The service, hub or outreach base page the feedback is about.",
    )
    hub = models.ForeignKey(
        "hubs.HubPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The hub it happened at or under, when known: for figures by hub and locality.",
    )
    audience = models.CharField(max_length=20, choices=Audience.choices)
    language = models.CharField(max_length=8, help_text="The language the form was filled in.")
    month = models.DateField(db_index=True, help_text="The first day of the month it was given: no finer date.")

    class Meta:
        ordering = ["-month", "-pk"]
        # Who may read responses is decided by group and page permissions (feedback/access.py).
        default_permissions = ()

    def __str__(self):
        return f"Feedback {self.pk}"


class FeedbackAnswer(models.Model):
    """The answer to one question, with the question's English wording when it was asked, so
    an answer keeps its meaning after editors reword or remove the question."""

    response = models.ForeignKey(FeedbackResponse, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(FeedbackQuestion, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    question_text = models.CharField(max_length=200)
    kind = models.CharField(max_length=10, choices=QuestionKind.choices)
    rating = models.PositiveSmallIntegerField(null=True, blank=True)
    steps = models.PositiveSmallIntegerField(null=True, blank=True, help_text="How many answers the rating had.")
    tone = models.CharField(max_length=10, choices=Tone.choices, blank=True, db_index=True)
    choice = models.CharField(max_length=200, blank=True, help_text="The answer chosen, in English.")
    # May hold personal data by accident: encrypted, and deleted by `forget_feedback_comments`.
    text = EncryptedTextField(null=True, blank=True)

    class Meta:
        ordering = ["pk"]
        default_permissions = ()

    def __str__(self):
        return f"Answer {self.pk}"


PREFER_NOT_TO_SAY = ("prefer-not-to-say", _("Prefer not to say"))


class AgeBand(models.TextChoices):
    UNDER_18 = "under-18", _("Under 18")
    FROM_18 = "18-24", _("18 to 24")
    FROM_25 = "25-34", _("25 to 34")
    FROM_35 = "35-44", _("35 to 44")
    FROM_45 = "45-54", _("45 to 54")
    FROM_55 = "55-64", _("55 to 64")
    FROM_65 = "65-plus", _("65 or over")
    PREFER_NOT = PREFER_NOT_TO_SAY


class Sex(models.TextChoices):
    FEMALE = "female", _("Female")
    MALE = "male", _("Male")
    PREFER_NOT = PREFER_NOT_TO_SAY


class YesNo(models.TextChoices):
    YES = "yes", _("Yes")
    NO = "no", _("No")
    PREFER_NOT = PREFER_NOT_TO_SAY


class Religion(models.TextChoices):
    NONE = "none", _("No religion")
    CHRISTIAN = "christian", _("Christian")
    BUDDHIST = "buddhist", _("Buddhist")
    HINDU = "hindu", _("Hindu")
    JEWISH = "jewish", _("Jewish")
    MUSLIM = "muslim", _("Muslim")
    SIKH = "sikh", _("Sikh")
    OTHER = "other", _("Any other religion")
    PREFER_NOT = PREFER_NOT_TO_SAY


# The Office for National Statistics' ethnic groups of the 2021 census in England, under their
# five headings, as GOV.UK's equality questions ask them.
ETHNIC_GROUPS = (
    (
        _("Asian or Asian British"),
        (
            ("indian", _("Indian")),
            ("pakistani", _("Pakistani")),
            ("bangladeshi", _("Bangladeshi")),
            ("chinese", _("Chinese")),
            ("asian-other", _("Any other Asian background")),
        ),
    ),
    (
        _("Black, Black British, Caribbean or African"),
        (
            ("caribbean", _("Caribbean")),
            ("african", _("African")),
            ("black-other", _("Any other Black, Black British or Caribbean background")),
        ),
    ),
    (
        _("Mixed or multiple ethnic groups"),
        (
            ("white-black-caribbean", _("White and Black Caribbean")),
            ("white-black-african", _("White and Black African")),
            ("white-asian", _("White and Asian")),
            ("mixed-other", _("Any other Mixed or multiple ethnic background")),
        ),
    ),
    (
        _("White"),
        (
            ("white-british", _("English, Welsh, Scottish, Northern Irish or British")),
            ("irish", _("Irish")),
            ("gypsy-traveller", _("Gypsy or Irish Traveller")),
            ("roma", _("Roma")),
            ("white-other", _("Any other White background")),
        ),
    ),
    (_("Other ethnic group"), (("arab", _("Arab")), ("other", _("Any other ethnic group")))),
)
ETHNIC_GROUP_CHOICES = [option for _group, options in ETHNIC_GROUPS for option in options] + [PREFER_NOT_TO_SAY]


class EqualityAnswers(models.Model):
    """A parent's or carer's optional answers to the equality questions, asked after their
    feedback. Nothing links them to it: a random number, the page, the locality and the month."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    locality = models.ForeignKey("hubs.Locality", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    month = models.DateField(db_index=True)
    age = models.CharField(max_length=20, choices=AgeBand.choices, blank=True)
    sex = models.CharField(max_length=20, choices=Sex.choices, blank=True)
    ethnic_group = models.CharField(max_length=30, choices=ETHNIC_GROUP_CHOICES, blank=True)
    disability = models.CharField(max_length=20, choices=YesNo.choices, blank=True)
    religion = models.CharField(max_length=20, choices=Religion.choices, blank=True)

    class Meta:
        verbose_name_plural = "equality answers"
        default_permissions = ()

    def __str__(self):
        return "Equality answers"
