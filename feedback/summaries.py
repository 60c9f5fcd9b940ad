"""Admin > Service feedback: what families and children said about the services, hubs and
outreach bases a person looks after (the FIS team: all of them; a hub's managers and a partner's
editors: their own). Counts under 5 are hidden everywhere; the free-text answers are shown in
full, newest first, until `forget_feedback_comments` deletes them."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from core.insight import Row
from core.languages import LANGUAGES_BY_CODE
from feedback import access
from feedback.figures import AUDIENCE_COLUMNS, RATINGS_NOTE, TONE_COLUMNS, audiences_by, question_tables, ratings
from feedback.figures import tones_by as tones_grouped
from feedback.listings import REPORTABLE
from feedback.models import Audience, FeedbackAnswer, FeedbackResponse, QuestionKind

COMMENTS_SHOWN = 200


def readers_only(view):
    def guarded(request, *args, **kwargs):
        if not access.handles_feedback(request.user):
            raise PermissionDenied
        return never_cache(view)(request, *args, **kwargs)

    guarded.__name__ = view.__name__
    guarded.__doc__ = view.__doc__
    return guarded


def can_change_questions(user):
    return user.has_perm("feedback.change_feedbackversion")


@readers_only
def index(request):
    """Every page the reader looks after that has feedback, with its responses and ratings."""
    responses = access.responses_for(request.user)
    counts = dict(responses.values_list("page_id").annotate(count=Count("pk")).order_by())
    tones = tones_grouped(ratings(responses), "response__page_id")
    pages = sorted(access.pages_for(request.user).filter(pk__in=counts).specific(), key=lambda page: page.title)
    listed = [
        {
            "page": page,
            "responses": Row.of_counts("", [counts[page.pk]]).total,
            "ratings": Row.of_counts("", tones.get(page.pk, [0, 0, 0])),
        }
        for page in pages
    ]
    context = {
        "pages": listed,
        "tone_columns": TONE_COLUMNS,
        "can_change_questions": can_change_questions(request.user),
        "note": RATINGS_NOTE,
    }
    return TemplateResponse(request, "feedback/admin/service_feedback_index.html", context)


@readers_only
def page_summary(request, page_id):
    """One page's feedback: responses by version, each question's answers, and the comments."""
    page = access.pages_for(request.user).filter(pk=page_id).first()
    page = page.specific if page is not None else None
    if page is None or not isinstance(page, REPORTABLE):
        raise Http404
    responses = FeedbackResponse.objects.filter(page=page)
    versions = [
        {"label": label, "tables": question_tables(responses, audience)}
        for audience, label in Audience.choices
        if responses.filter(audience=audience).exists()
    ]
    comments = (
        FeedbackAnswer.objects.filter(response__page=page, kind=QuestionKind.TEXT)
        .exclude(text=None)
        .select_related("response")
        .order_by("-response__month", "-pk")[:COMMENTS_SHOWN]
    )
    context = {
        "page": page,
        "audience_columns": AUDIENCE_COLUMNS,
        "responses": [Row.of_counts(_("Responses"), audiences_by(responses, "page_id").get(page.pk, [0, 0, 0]))],
        "tone_columns": TONE_COLUMNS,
        "ratings": [
            Row.of_counts(
                _("All ratings"), tones_grouped(ratings(responses), "response__page_id").get(page.pk, [0, 0, 0])
            )
        ],
        "versions": versions,
        "comments": [
            {
                "month": comment.response.month,
                "version": Audience(comment.response.audience).label,
                "language": LANGUAGES_BY_CODE.get(comment.response.language),
                "question": comment.question_text,
                "text": comment.text,
            }
            for comment in comments
        ],
        "note": RATINGS_NOTE,
        "can_change_questions": can_change_questions(request.user),
        "retention_days": settings.SERVICE_FEEDBACK_COMMENT_RETENTION_DAYS,
    }
    return TemplateResponse(request, "feedback/admin/service_feedback_page.html", context)
