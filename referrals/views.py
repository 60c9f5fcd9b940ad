"""The self-referral form for families: /refer/ and its pages, in every language.

Answers are kept as typed whatever happens: an answer with a mistake, the back link, a
change from "Check your answers", or a session that ended (see drafts.py).
"""

from django.conf import settings
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters, sensitive_variables
from django.views.decorators.http import require_GET, require_POST

from core import rate_limits
from core.models import EmergencyContacts
from core.typed_text import whole_number
from referrals import drafts, steps, submission
from referrals.forms import MAX_CHILDREN

DONE_KEY = "referral_done"
DEFAULT_QUICK_EXIT_URL = "https://www.bbc.co.uk/weather"


def private(view):
    """Never cached by the browser (the back button must not show answers on a shared
    device) and never shown in error reports."""
    return never_cache(sensitive_post_parameters()(sensitive_variables()(view)))


def form_context(request, journey, draft, **extra):
    return {
        "journey": journey,
        "state": draft.as_token(),
        "idle_minutes": settings.REFERRAL_DRAFT_IDLE_MINUTES,
        "steps": journey.steps,
        **extra,
    }


def url(journey, name, *args):
    return reverse(journey.url_names[name], args=args)


@never_cache
def start(request, journey=steps.SELF):
    return TemplateResponse(
        request,
        journey.templates("start"),
        {
            "journey": journey,
            "first_step": journey.first,
            "has_draft": drafts.load(request, journey.form)[0].has_answers,
            "idle_minutes": settings.REFERRAL_DRAFT_IDLE_MINUTES,
        },
    )


def quiet(form):
    """A form showing stored answers without their errors: the visitor has not pressed
    Continue on it yet (they came back to it)."""
    forms = form.forms if hasattr(form, "forms") else [form]
    form.is_valid()
    for each in forms:
        each._errors = type(each.errors)()
    if hasattr(form, "_non_form_errors"):
        form._non_form_errors = form.error_class()
    return form


@private
def step(request, slug, journey=steps.SELF):
    current = journey.by_slug.get(slug)
    if current is None:
        raise Http404
    draft, restored = drafts.load(request, journey.form)
    changing = request.GET.get("change") == "1" or request.POST.get("change") == "1"

    if request.method == "POST":
        fields = drafts.posted_fields(request, current)
        navigate = request.POST.get("navigate", "")
        if navigate == "back":
            draft.save_step(slug, fields, complete=False)
            drafts.store(request, draft)
            if changing:  # came from "Check your answers": Back goes there
                return HttpResponseRedirect(url(journey, "check"))
            before = journey.previous(current)
            return HttpResponseRedirect(url(journey, "step", before.slug) if before else url(journey, "start"))
        if current.is_formset and (navigate == "add-child" or navigate.startswith("remove-child-")):
            fields = change_children(fields, navigate)
            draft.save_step(slug, fields, complete=False)
            drafts.store(request, draft)
            form = quiet(current.bind(drafts.as_form_data(fields)))
            if navigate == "add-child":
                # Straight to the new child's first question, with or without JavaScript.
                form.forms[-1].fields["name"].widget.attrs["autofocus"] = True
            return render_step(request, journey, draft, current, form, changing, restored)
        form = current.bind(drafts.as_form_data(fields))
        valid = form.is_valid()
        stopped = valid and steps.stops_here(form)
        draft.save_step(slug, fields, complete=valid and not stopped)
        drafts.store(request, draft)
        if stopped:
            # Not an error to correct: this form is the wrong way to get help now.
            context = form_context(request, journey, draft, step=current, previous=current)
            return TemplateResponse(request, journey.templates("stop"), context)
        if valid:
            after = journey.following(current)
            if changing or after is None:
                return HttpResponseRedirect(url(journey, "check"))
            return HttpResponseRedirect(url(journey, "step", after.slug))
        return render_step(request, journey, draft, current, form, changing, restored)

    if slug in draft.answers:
        form = current.bind(drafts.as_form_data(draft.answers[slug]))
        if slug not in draft.complete:
            quiet(form)
    else:
        form = current.bind()
    drafts.store(request, draft)
    return render_step(request, journey, draft, current, form, changing, restored)


def change_children(fields, navigate):
    """Add an empty child, or take one out, keeping every other answer as typed."""
    total = min(whole_number((fields.get("child-TOTAL_FORMS") or ["1"])[0], 10**6) or 1, MAX_CHILDREN)
    children = []
    for index in range(total):
        prefix = f"child-{index}-"
        children.append({key[len(prefix) :]: value for key, value in fields.items() if key.startswith(prefix)})
    if navigate == "add-child" and total < MAX_CHILDREN:
        children.append({})
    elif navigate.startswith("remove-child-"):
        index = navigate.removeprefix("remove-child-")
        index = whole_number(index, MAX_CHILDREN)
        if index is not None and index < len(children) and len(children) > 1:
            children.pop(index)
    rebuilt = {key: value for key, value in fields.items() if not key.startswith("child-")}
    for index, child in enumerate(children):
        for key, value in child.items():
            rebuilt[f"child-{index}-{key}"] = value
    rebuilt.update(
        {
            "child-TOTAL_FORMS": [str(len(children))],
            "child-INITIAL_FORMS": ["0"],
            "child-MIN_NUM_FORMS": ["1"],
            "child-MAX_NUM_FORMS": [str(MAX_CHILDREN)],
        }
    )
    return rebuilt


def render_step(request, journey, draft, current, form, changing, restored):
    template = journey.templates("children" if current.is_formset else "step")
    error_forms = form.forms if current.is_formset else [form]
    non_form_errors = form.non_form_errors() if current.is_formset and form.is_bound else []
    context = form_context(
        request,
        journey,
        draft,
        step=current,
        form=form,
        number=journey.position(current) + 1,
        changing=changing,
        restored=restored,
        previous=journey.previous(current),
        max_children=MAX_CHILDREN,
        forms=error_forms,
        non_form_errors=non_form_errors,
        has_errors=bool(non_form_errors) or any(each.errors for each in error_forms),
    )
    return TemplateResponse(request, template, context)


@private
def check(request, journey=steps.SELF):
    if request.method == "POST" and just_sent(request):
        # "Send" pressed twice: the first press sent it, and this browser has not yet been
        # shown the reference.
        return HttpResponseRedirect(url(journey, "done"))
    draft, restored = drafts.load(request, journey.form)
    bound, missing = journey.validated(draft)
    if missing is not None:
        drafts.store(request, draft)
        return HttpResponseRedirect(url(journey, "step", missing.slug))
    if request.method == "POST":
        if request.POST.get("website"):
            # A robot filled in the hidden field: say nothing useful, store nothing.
            return HttpResponseRedirect(url(journey, "start"))
        referral = submission.Referral.objects.filter(submission_key=draft.key).first() if draft.key else None
        # Too many referrals from one connection in an hour: a robot, almost always. Only
        # referrals actually stored count (see core/rate_limits.py).
        if referral is None and rate_limits.referrals.reached(request):
            drafts.store(request, draft)
            context = form_context(request, journey, draft)
            return TemplateResponse(request, journey.templates("rate_limited"), context, status=429)
        referral, created = submission.submit(draft, bound, translation.get_language())
        if created:
            rate_limits.referrals.count(request)
        drafts.forget(request, journey.form)
        request.session[DONE_KEY] = {"reference": referral.reference, "key": str(draft.key)}
        return HttpResponseRedirect(url(journey, "done"))
    drafts.store(request, draft)
    postcode_form = {each.slug: form for each, form in bound}[journey.postcode_step]
    locality, hub = submission.suggested_place(postcode_form.cleaned_data.get("postcode"))
    context = form_context(request, journey, draft, sections=bound, locality=locality, hub=hub, restored=restored)
    return TemplateResponse(request, journey.templates("check"), context)


def just_sent(request):
    sent = request.session.get(DONE_KEY)
    return isinstance(sent, dict) and sent.get("key") == drafts.key_of(request.POST.get("state"))


@never_cache
def done(request, journey=steps.SELF):
    """The reference, shown once: reloading, going back or reopening the address later shows
    nothing, so a device picked up afterwards does not reveal that a request was sent."""
    sent = request.session.pop(DONE_KEY, None)
    if not isinstance(sent, dict) or not sent.get("reference"):
        return HttpResponseRedirect(url(journey, "start"))
    return TemplateResponse(request, journey.templates("done"), {"journey": journey, "reference": sent["reference"]})


@require_POST
def keep_alive(request, journey=steps.SELF):
    """The "I need more time" button of the timeout warning."""
    draft, _restored = drafts.load(request, journey.form)
    drafts.store(request, draft)
    return HttpResponse(status=204)


@private
@require_POST
def clear(request, journey=steps.SELF):
    """Clear my answers: for someone who needs to leave the form quickly or start again.

    The button asks first, on a page of its own (a mistaken press must not lose 10 minutes of
    answers), carrying the page's answers so that "Yes" also closes them. "Clear my answers
    now" in the timeout warning is already that choice, and sends the confirmation itself."""
    if request.POST.get("confirm") != "yes":
        came_from = request.POST.get("from", "")
        if came_from in journey.by_slug:
            back = url(journey, "step", came_from)
        else:
            back = url(journey, "check") if came_from == "check" else url(journey, "start")
        return TemplateResponse(
            request,
            journey.templates("clear"),
            {"journey": journey, "state": request.POST.get("state", ""), "back_url": back},
        )
    drafts.forget(request, journey.form)
    return HttpResponseRedirect(url(journey, "start") + "?cleared=1")


@never_cache
@require_GET
def exit_this_page(request):
    """Where "Exit this page" goes, with or without JavaScript: forget everything this device
    holds of the site, then leave for the neutral page set under Settings > Emergency and
    contact numbers.

    The referral in progress is closed (an old copy of a form page cannot bring it back), the
    session ends, every cookie of the site is deleted (the shortlist too), and browsers that
    support Clear-Site-Data also drop the site's cached pages and storage, so Back shows
    nothing. It lives here because the referral draft is personal data and this app is its one
    door; it needs nothing from the other apps, as it deletes whatever cookies it is sent.
    """
    drafts.forget(request)
    request.session.flush()
    contacts = EmergencyContacts.for_request(request)
    response = HttpResponseRedirect(contacts.quick_exit_url or DEFAULT_QUICK_EXIT_URL)
    for name in request.COOKIES:
        response.delete_cookie(name, samesite="Lax")
    response["Clear-Site-Data"] = '"cache", "cookies", "storage"'
    # The neutral site is not told where the visitor came from.
    response["Referrer-Policy"] = "no-referrer"
    return response
