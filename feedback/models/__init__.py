"""Feedback from families: reports that a listing is wrong (listing_reports.py), and what
families and children say after using a service or hub (service_feedback.py)."""

from feedback.models.listing_reports import (
    CLOSED_STATUSES,
    OPEN_STATUSES,
    ListingReport,
    ListingReportQuerySet,
    Problem,
    Status,
)
from feedback.models.service_feedback import (
    Audience,
    EqualityAnswers,
    FeedbackAnswer,
    FeedbackQuestion,
    FeedbackResponse,
    FeedbackVersion,
    QuestionKind,
    Tone,
)

__all__ = [
    "CLOSED_STATUSES",
    "OPEN_STATUSES",
    "Audience",
    "EqualityAnswers",
    "FeedbackAnswer",
    "FeedbackQuestion",
    "FeedbackResponse",
    "FeedbackVersion",
    "ListingReport",
    "ListingReportQuerySet",
    "Problem",
    "QuestionKind",
    "Status",
    "Tone",
]
