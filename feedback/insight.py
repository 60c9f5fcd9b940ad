"""Feedback after a service in the Insight area: how families and children rated each service,
hub and locality, responses month by month, and who answered the equality questions. Aggregates
only, with small numbers hidden (core/suppression.py through core.insight.Row)."""

from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from core.insight import Row, Section, Table, month_label
from directory.models import ServicePage
from feedback.figures import AUDIENCE_COLUMNS, RATINGS_NOTE, TONE_COLUMNS, audiences_by, ratings, rows, tones_by
from feedback.models import EqualityAnswers, FeedbackResponse
from feedback.models.service_feedback import ETHNIC_GROUP_CHOICES, AgeBand, Religion, Sex, YesNo
from hubs.models import Locality

EQUALITY_QUESTIONS = (
    ("age", _("Age of parents and carers who answered"), AgeBand.choices),
    ("sex", _("Sex of parents and carers who answered"), Sex.choices),
    ("ethnic_group", _("Ethnic group of parents and carers who answered"), ETHNIC_GROUP_CHOICES),
    ("disability", _("Parents and carers with a long-term health condition or illness"), YesNo.choices),
    ("religion", _("Religion of parents and carers who answered"), Religion.choices),
)


def responses_in(filters):
    responses = FeedbackResponse.objects.filter(month__gte=filters.start, month__lt=filters.end)
    if filters.locality_id:
        responses = responses.filter(hub__locality_id=filters.locality_id)
    return responses


def titles(page_ids):
    return dict(Page.objects.filter(pk__in=page_ids).values_list("pk", "title"))


def rating_tables(responses):
    rated = ratings(responses)
    services = tones_by(rated.filter(response__page__in=ServicePage.objects.values("pk")), "response__page_id")
    hubs = tones_by(rated, "response__hub_id")
    localities = tones_by(rated, "response__hub__locality_id")
    locality_names = dict(Locality.objects.filter(pk__in=localities).values_list("pk", "name"))
    return [
        Table(
            _("How families rated each service"),
            TONE_COLUMNS,
            rows(services, titles(services)),
            note=RATINGS_NOTE,
            row_heading=_("Service"),
        ),
        Table(
            _("How families rated each hub"),
            TONE_COLUMNS,
            rows(hubs, titles(hubs)),
            note=_("A hub’s own page, its outreach bases, and services run there."),
            row_heading=_("Hub"),
        ),
        Table(
            _("How families rated each locality"),
            TONE_COLUMNS,
            rows(localities, locality_names),
            row_heading=_("Area"),
        ),
    ]


def monthly_table(responses, filters):
    by_month = audiences_by(responses, "month")
    return Table(
        _("Responses by month"),
        AUDIENCE_COLUMNS,
        tuple(Row.of_counts(month_label(month), by_month.get(month, [0, 0, 0])) for month in filters.months),
        trend=True,
        row_heading=_("Month"),
    )


def equality_tables(filters):
    answers = EqualityAnswers.objects.filter(month__gte=filters.start, month__lt=filters.end)
    if filters.locality_id:
        answers = answers.filter(locality_id=filters.locality_id)
    tables = []
    for field, title, choices in EQUALITY_QUESTIONS:
        counts = dict(answers.exclude(**{field: ""}).values_list(field).annotate(count=Count("pk")).order_by())
        tables.append(
            Table(
                title,
                (_("People"),),
                tuple(Row.of_counts(label, [counts.get(value, 0)]) for value, label in choices),
                note=_("Optional questions after the feedback, never linked to it."),
            )
        )
    return tables


def tables(filters):
    responses = responses_in(filters)
    return [*rating_tables(responses), monthly_table(responses, filters), *equality_tables(filters)]


def section():
    return Section(
        slug="service-feedback",
        title=_("Feedback after a service"),
        description=_(
            "What parents, carers and children said after using a service or hub: ratings by service, hub and "
            "locality, responses by month, and the optional equality questions. Anonymous; numbers under 5 hidden."
        ),
        tables=tables,
        order=60,
    )
