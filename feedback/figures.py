"""Feedback after a service as figures: counts of responses and ratings, grouped one way or
another, every row through core.insight.Row so no count under 5 is shown. Used by the admin's
summaries (feedback/summaries.py) and the Insight area (feedback/insight.py)."""

from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from core.insight import Row, Table
from feedback.models import Audience, FeedbackAnswer, QuestionKind, Tone
from feedback.models.service_feedback import rating_scale

TONES = tuple(Tone.values)
TONE_COLUMNS = tuple(label for _value, label in Tone.choices)
AUDIENCES = tuple(Audience.values)
AUDIENCE_COLUMNS = tuple(label for _value, label in Audience.choices)
RATINGS_NOTE = _(
    "Each answer to a rating question counts once. Positive: the happy face, or the top two of five steps; "
    "negative: the sad face, or “Not at all”. Numbers under 5 are hidden."
)


def ratings(responses):
    """The rated answers of these responses."""
    return FeedbackAnswer.objects.filter(response__in=responses).exclude(tone="")


def tones_by(answers, key):
    """{group: [positive, in between, negative]} for the answers grouped by `key`."""
    grouped = {}
    for row in answers.values(key, "tone").annotate(count=Count("pk")).order_by():
        if row[key] is not None:
            grouped.setdefault(row[key], [0] * len(TONES))[TONES.index(row["tone"])] += row["count"]
    return grouped


def audiences_by(responses, key):
    """{group: [parents, under 8, 8 and over]} counts of responses grouped by `key`."""
    grouped = {}
    for row in responses.values(key, "audience").annotate(count=Count("pk")).order_by():
        if row["audience"] in AUDIENCES:
            grouped.setdefault(row[key], [0] * len(AUDIENCES))[AUDIENCES.index(row["audience"])] += row["count"]
    return grouped


def rows(grouped, labels):
    """Rows of suppressed counts, labelled and in the order of their labels."""
    named = [(labels.get(key, ""), counts) for key, counts in grouped.items() if key in labels]
    return tuple(Row.of_counts(label, counts) for label, counts in sorted(named, key=lambda item: item[0].casefold()))


def question_tables(responses, audience):
    """For one version: a table of its rating questions (answers by step) and one per choice
    question (answers by option). Questions are told apart by their English wording when asked."""
    answers = FeedbackAnswer.objects.filter(response__in=responses.filter(audience=audience))
    scale = rating_scale(audience)
    rated = {}
    for row in (
        answers.filter(kind=QuestionKind.RATING, steps=len(scale))
        .values("question_text", "rating")
        .annotate(count=Count("pk"))
        .order_by()
    ):
        rated.setdefault(row["question_text"], [0] * len(scale))[row["rating"] - 1] += row["count"]
    tables = []
    if rated:
        tables.append(
            Table(
                _("Ratings"),
                tuple(label for _value, label in scale),
                tuple(Row.of_counts(question, counts) for question, counts in rated.items()),
            )
        )
    chosen = {}
    for row in (
        answers.filter(kind=QuestionKind.CHOICE)
        .values("question_text", "choice")
        .annotate(count=Count("pk"))
        .order_by("choice")
    ):
        chosen.setdefault(row["question_text"], {})[row["choice"]] = row["count"]
    for question, counts in chosen.items():
        options = tuple(counts)
        tables.append(Table(question, options, (Row.of_counts(_("Answers"), [counts[o] for o in options]),)))
    return tables
