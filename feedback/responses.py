"""Storing what a family or child said, and the equality answers a parent may add afterwards.

Nothing about the person is stored: not their address, browser, session or cookie, and no date
finer than the month. The step from the feedback to the equality questions carries a signed
ticket naming the page and locality only, so the two cannot be matched afterwards; each ticket
is used once, so the equality answers are counted once.
"""

import datetime
import logging
import uuid

from django.core import signing
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from core.languages import SOURCE_LANGUAGE
from feedback.models import EqualityAnswers, FeedbackAnswer, FeedbackResponse, QuestionKind
from feedback.models.service_feedback import rating_scale, tone_of
from hubs.models import Locality

logger = logging.getLogger(__name__)

TICKET_SALT = "feedback.equality-ticket"
TICKET_HOURS = 2


def this_month():
    return timezone.localdate().replace(day=1)


def answer_row(question, value, audience):
    """The FeedbackAnswer for one answer (unsaved), with the question as it was asked."""
    answer = FeedbackAnswer(
        question=question,
        question_text=getattr(question, f"text_{SOURCE_LANGUAGE}") or question.text,
        kind=question.kind,
    )
    if question.kind == QuestionKind.RATING:
        steps = len(rating_scale(audience))
        answer.rating, answer.steps, answer.tone = value, steps, tone_of(value, steps)
    elif question.kind == QuestionKind.CHOICE:
        english = question.option_lines(SOURCE_LANGUAGE)
        answer.choice = english[value] if value < len(english) else ""
    else:
        answer.text = value
    return answer


def save_response(page, hub, version, answers, language, month=None):
    """Store one response; `answers` are (question, value) pairs as AnswersForm.answers() gives."""
    with transaction.atomic():
        response = FeedbackResponse.objects.create(
            page=page, hub=hub, audience=version.slug, language=language, month=month or this_month()
        )
        rows = [answer_row(question, value, version.slug) for question, value in answers]
        for row in rows:
            row.response = response
        FeedbackAnswer.objects.bulk_create(rows)
    return response


def issue_ticket(page, hub):
    """The signed ticket that lets one set of equality answers follow a parent's feedback."""
    locality_id = hub.locality_id if hub is not None else None
    return signing.dumps({"page": page.pk, "locality": locality_id, "once": uuid.uuid4().hex}, salt=TICKET_SALT)


def read_ticket(token, page):
    """The ticket's contents if it is genuine, recent and for this page; otherwise None."""
    try:
        ticket = signing.loads(str(token or ""), salt=TICKET_SALT, max_age=TICKET_HOURS * 3600)
    except signing.BadSignature:
        return None
    if not isinstance(ticket, dict) or ticket.get("page") != page.pk:
        return None
    return ticket


def use_ticket(ticket):
    """True the first time a ticket is used. If the cache cannot be reached it is accepted:
    answers counted twice matter less than a family's answers lost."""
    try:
        return cache.add(f"feedback-ticket:{ticket['once']}", 1, TICKET_HOURS * 3600)
    except Exception:  # noqa: BLE001
        logger.warning("Equality ticket not checked: the cache is unreachable.")
        return True


def save_equality_answers(page, ticket, answers, month=None):
    # A locality merged away since the ticket was issued leaves the answers without one.
    locality = Locality.objects.filter(pk=ticket.get("locality")).first() if ticket.get("locality") else None
    return EqualityAnswers.objects.create(page=page, locality=locality, month=month or this_month(), **answers)


def comments_due_for_deletion(days, today=None):
    """Free-text answers from months that ended at least `days` days ago."""
    cutoff = (today or timezone.localdate()) - datetime.timedelta(days=days)
    return FeedbackAnswer.objects.filter(kind=QuestionKind.TEXT, response__month__lt=cutoff.replace(day=1))


def forget_old_comments(days, today=None):
    """Delete old free-text answers (the ratings and choices stay for the figures)."""
    deleted, _by_model = comments_due_for_deletion(days, today).delete()
    return deleted
