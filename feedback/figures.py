"""Feedback after a service as figures: counts of responses and ratings, grouped one way or
another, every row through core.insight.Row so no count under 5 is shown. Used by the admin's
summaries (feedback/summaries.py) and the Insight area (feedback/insight.py)."""

from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from core.insight import Row, Table
from core.languages import SOURCE_LANGUAGE
from feedback.models import Audience, FeedbackAnswer, FeedbackQuestion, QuestionKind, Tone
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


class FormOrder:
    """Questions in the order the version asks them now, then any reworded or removed since
    (told apart by their English wording), and each choice question's answers as offered."""

    def __init__(self, audience):
        current = list(FeedbackQuestion.objects.filter(version__slug=audience).order_by("sort_order"))
        self.asked = [getattr(question, f"text_{SOURCE_LANGUAGE}") for question in current]
        self.offered = {
            getattr(question, f"text_{SOURCE_LANGUAGE}"): question.option_lines(SOURCE_LANGUAGE) for question in current
        }

    def key(self, item):
        question = item[0]
        return (self.asked.index(question) if question in self.asked else len(self.asked), question)

    def options(self, question, counts):
        offered = self.offered.get(question, [])
        return tuple(offered + sorted(option for option in counts if option not in offered))


def rating_table(answers, scale, order):
    rated = {}
    for row in (
        answers.filter(kind=QuestionKind.RATING, steps=len(scale))
        .values("question_text", "rating")
        .annotate(count=Count("pk"))
        .order_by()
    ):
        rated.setdefault(row["question_text"], [0] * len(scale))[row["rating"] - 1] += row["count"]
    rows = tuple(Row.of_counts(question, counts) for question, counts in sorted(rated.items(), key=order.key))
    return Table(_("Ratings"), tuple(label for _value, label in scale), rows)


def choice_tables(answers, order):
    chosen = {}
    for row in answers.filter(kind=QuestionKind.CHOICE).values("question_text", "choice").annotate(count=Count("pk")):
        chosen.setdefault(row["question_text"], {})[row["choice"]] = row["count"]
    tables = []
    for question, counts in sorted(chosen.items(), key=order.key):
        options = order.options(question, counts)
        row = Row.of_counts(question, [counts.get(option, 0) for option in options])
        tables.append(Table(question, options, (row,)))
    return tables


def question_tables(responses, audience):
    """For one version: a table of its rating questions (answers by step) and one per choice
    question (answers by option, none left out for having no votes)."""
    answers = FeedbackAnswer.objects.filter(response__in=responses.filter(audience=audience))
    order = FormOrder(audience)
    rated = rating_table(answers, rating_scale(audience), order)
    return ([rated] if rated.rows else []) + choice_tables(answers, order)
