"""The public side of "Tell us how it went": after using a service, hub or outreach base, a
parent, carer or child chooses their version of the form, answers a few questions in their own
language, and (parents and carers only) may answer the equality questions. The printable session
sign-in sheet carries a QR code to the same form.
"""

from django.conf import settings
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

from core.languages import SITE_LANGUAGES
from core.rate_limits import HourlyLimit
from directory.models import ServicePage
from feedback.listings import reportable_listing
from feedback.models import Audience, FeedbackVersion
from feedback.places import chosen_place, hub_for, places_of
from feedback.responses import issue_ticket, read_ticket, save_equality_answers, save_response, use_ticket
from feedback.service_forms import AnswersForm, EqualityForm
from hubs.leaflet import qr_code_svg

rate_limit = HourlyLimit("service-feedback", "SERVICE_FEEDBACK_RATE_LIMIT_PER_HOUR")
AUDIENCE_ORDER = list(Audience.values)
# How each version is offered: said by the person answering, or by the grown-up helping.
WHO_IS_ANSWERING = {
    Audience.PARENTS: gettext_lazy("A parent or carer"),
    Audience.UNDER_EIGHT: gettext_lazy("A child under 8, with pictures"),
    Audience.OLDER_CHILDREN: gettext_lazy("A child aged 8 to 12, or a teenager"),
}
SIGN_IN_ROWS = 15


def page_or_404(page_id):
    page = reportable_listing(page_id)
    if page is None:
        raise Http404
    return page


def versions():
    found = {version.slug: version for version in FeedbackVersion.objects.all()}
    return [found[slug] for slug in AUDIENCE_ORDER if slug in found]


def version_or_404(audience):
    version = FeedbackVersion.objects.filter(slug=audience).first()
    if version is None:
        raise Http404
    return version


def with_place(url, place):
    return f"{url}?{urlencode({'at': place.pk})}" if place is not None else url


def start(request, page_id):
    """Who is answering: a parent or carer, a child under 8, or an older child."""
    page = page_or_404(page_id)
    place = chosen_place(page, request.GET.get("at"))
    choices = [
        (
            version,
            WHO_IS_ANSWERING[version.slug],
            with_place(reverse("service_feedback_answer", args=[page.pk, version.slug]), place),
        )
        for version in versions()
    ]
    return TemplateResponse(request, "feedback/service/start.html", {"listing": page, "choices": choices})


@never_cache
@sensitive_post_parameters()
def answer(request, page_id, audience):
    """One version's questions on one page; sent, a parent goes on to the equality questions
    and a child to a thank-you page."""
    page = page_or_404(page_id)
    version = version_or_404(audience)
    questions = list(version.questions.all())
    place = chosen_place(page, request.POST.get("at") if request.method == "POST" else request.GET.get("at"))
    status = 200
    if request.method == "POST":
        form = AnswersForm(request.POST, version=version, questions=questions)
        if form.is_valid():
            thanks = reverse("service_feedback_thanks", args=[page.pk, version.slug])
            if form.cleaned_data.get("website"):
                return HttpResponseRedirect(thanks)
            if not rate_limit.reached(request):
                hub = hub_for(page, place)
                save_response(page, hub, version, form.answers(), translation.get_language() or "")
                rate_limit.count(request)
                if version.slug == Audience.PARENTS:
                    about_you = reverse("service_feedback_equality", args=[page.pk])
                    return HttpResponseRedirect(f"{about_you}?{urlencode({'t': issue_ticket(page, hub)})}")
                return HttpResponseRedirect(thanks)
            # Too many from one connection this hour: keep every answer and say why.
            form.add_error(
                None,
                _(
                    "We have had a lot of feedback from this connection in the last hour, so we could not send "
                    "this. Your answers are still here: please try again later."
                ),
            )
            status = 429
    else:
        form = AnswersForm(version=version, questions=questions)
    context = {"listing": page, "version": version, "form": form, "error_forms": [form], "place": place}
    return TemplateResponse(request, "feedback/service/answer.html", context, status=status)


@never_cache
@sensitive_post_parameters()
def equality(request, page_id):
    """The optional equality questions, after a parent's or carer's feedback has been sent."""
    page = page_or_404(page_id)
    thanks = reverse("service_feedback_thanks", args=[page.pk, Audience.PARENTS])
    token = request.POST.get("t") if request.method == "POST" else request.GET.get("t")
    ticket = read_ticket(token, page)
    if ticket is None:
        # An old or copied link: the feedback itself was sent, so there is nothing to lose.
        return HttpResponseRedirect(thanks)
    if request.method == "POST":
        form = EqualityForm(request.POST)
        if form.is_valid():
            if form.answered() and use_ticket(ticket):
                save_equality_answers(page, ticket, form.answered())
            return HttpResponseRedirect(thanks)
    else:
        form = EqualityForm()
    context = {"listing": page, "form": form, "error_forms": [form], "ticket": token, "skip_url": thanks}
    return TemplateResponse(request, "feedback/service/equality.html", context)


def thanks(request, page_id, audience):
    page = page_or_404(page_id)
    version = version_or_404(audience)
    return TemplateResponse(request, "feedback/service/thanks.html", {"listing": page, "version": version})


def feedback_address(request, page, place=None):
    """The form's full address in English (the root), for print: the form offers every language."""
    with translation.override(settings.LANGUAGE_CODE):
        path = with_place(reverse("service_feedback_start", args=[page.pk]), place)
    return request.build_absolute_uri(path)


def sign_in_sheet(request, page_id):
    """An A4 register for one session, to print: a few columns, and the QR code to the form.
    A service's sheet may be printed for one of its places, so feedback counts for that hub."""
    page = page_or_404(page_id)
    places = places_of(page) if isinstance(page, ServicePage) else []
    place = chosen_place(page, request.GET.get("at"))
    address = feedback_address(request, page, place)
    context = {
        "listing": page,
        "places": places,
        "place": place,
        "feedback_url": address,
        "feedback_url_shown": address.split("://", 1)[-1],
        "qr_code": qr_code_svg(address),
        "rows": range(1, SIGN_IN_ROWS + 1),
        "languages": SITE_LANGUAGES,
    }
    return TemplateResponse(request, "feedback/service/sign_in_sheet.html", context)
