"""/two-year-old-offer/check/<step>/: the checker, one question a page (GOV.UK "check if you can").

Every question is a plain page: a GET shows it, a POST saves the answer and redirects to the
next question, so the browser's Back button and the page's Back link both work without
JavaScript, and each page shows the answer last given. The answers so far are kept in the
browser, sealed (encrypted, core/sealed.py) in a cookie sent only to the checker's own
addresses and readable for CHECK_MINUTES after the last answer: the server keeps none of them
(docs/decisions/0005-checker-answers-in-the-browser.md). Only the result shown is counted (check_counts.py).
"""

from django.conf import settings
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import timezone, translation

from childcare import eligibility
from childcare.check_counts import count_result
from childcare.checker_forms import (
    BornForm,
    PostcodeForm,
    RuleChoicesForm,
    YesNoForm,
    income_question,
    work_question,
)
from childcare.models.offer import Outcome
from childcare.offer_providers import finder_address, nearest_funded_providers
from core.sealed import seal, unseal

CHECK_MINUTES = 30
RESULT = "result"
NEAREST_PROVIDERS = 5


def carried_answers(request):
    """(answers, expired): the answers the browser holds, and whether it held some that can no
    longer be read (too old, or not ours)."""
    token = request.COOKIES.get(settings.OFFER_CHECK_COOKIE_NAME)
    if not token:
        return {}, False
    carried = unseal(token, CHECK_MINUTES * 60)
    if not isinstance(carried, dict):
        return {}, True
    return carried, False


def step_url(page, step):
    return page.url + page.reverse_subpage("check_step", kwargs={"step": step})


def start_url(page, query=""):
    return page.url + page.reverse_subpage("check_start") + (f"?{query}" if query else "")


def keep_answers(response, page, answers):
    """The answers, sealed, in a cookie for the checker's addresses in this language only."""
    response.set_cookie(
        settings.OFFER_CHECK_COOKIE_NAME,
        seal(answers),
        max_age=CHECK_MINUTES * 60,
        path=start_url(page),
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Lax",
    )
    return response


def forget_answers(response, page):
    response.delete_cookie(settings.OFFER_CHECK_COOKIE_NAME, path=start_url(page), samesite="Lax")
    return response


def checker(request, page, step):
    answers, expired = carried_answers(request)
    if expired:
        return forget_answers(HttpResponseRedirect(start_url(page, "expired=1")), page)
    if step is None and "start-again" in request.GET:
        return forget_answers(HttpResponseRedirect(start_url(page)), page)
    day = timezone.localdate()
    rules = eligibility.Rules.in_force(day)
    step = step or "born"
    wanted = eligibility.next_step(answers, rules, day)
    if step == RESULT:
        if wanted is not None:
            return HttpResponseRedirect(step_url(page, wanted))
        return result(request, page, answers, rules, day)
    if step not in eligibility.steps(answers, rules, day) or (
        wanted is not None
        and eligibility.steps(answers, rules, day).index(step) > eligibility.steps(answers, rules, day).index(wanted)
    ):
        # A question not asked for these answers, or one further on than they have come.
        return HttpResponseRedirect(step_url(page, wanted or RESULT))

    form = question_form(step, answers, rules, request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        counted = answers.get("counted")
        answers = eligibility.without_later_answers(step, answers, rules, day)
        save_answer(answers, step, form.answer())
        if counted:
            answers["counted"] = counted  # so a changed result moves the family's count
        following = eligibility.next_step(answers, rules, day)
        if following is None:
            answers["counted"] = count_result(
                day.replace(day=1),
                translation.get_language(),
                district_of(answers.get("postcode", "")),
                eligibility.outcome(answers, rules, day),
                answers.get("counted"),
            )
            following = RESULT
        return keep_answers(HttpResponseRedirect(step_url(page, following)), page, answers)

    previous = eligibility.answered_before(step, answers, rules, day)
    context = page.get_context(request)
    context.update(
        {
            "step": step,
            "form": form,
            "question": question_text(step, form, rules),
            "back_url": step_url(page, previous) if previous else page.url,
            "restart_url": start_url(page, "start-again=1"),
            "question_number": eligibility.steps(answers, rules, day).index(step) + 1,
            "has_errors": bool(form.errors),
            "error_forms": [form],
            "expired": step == "born" and request.GET.get("expired") == "1",
        }
    )
    return TemplateResponse(request, f"childcare/check_{template_for(step)}.html", context)


def template_for(step):
    if step.startswith("income-") or step == "work":
        return "yes_no"
    if step in ("child", "support"):
        return "choices"
    return step


def question_form(step, answers, rules, data):
    if step == "born":
        return BornForm(data, initial=answers.get("born"))
    if step == "postcode":
        return PostcodeForm(data, initial=answers.get("postcode"))
    if step in ("child", "support"):
        return RuleChoicesForm(data, rules=getattr(rules, step), initial=answers.get(step))
    if step.startswith("income-"):
        return YesNoForm(data, initial=answers.get("income", {}).get(step.removeprefix("income-")))
    return YesNoForm(data, initial=answers.get("work"))


def question_text(step, form, rules):
    """(question, hint, caption) for the questions whose words come from the rules."""
    if step.startswith("income-"):
        rule = rules.by_key(step.removeprefix("income-"))
        return (*income_question(rule), rule.label)
    if step == "work":
        return (*work_question(rules.earnings), "")
    return None


def save_answer(answers, step, value):
    if step.startswith("income-"):
        answers.setdefault("income", {})[step.removeprefix("income-")] = value
    else:
        answers[step] = value


def district_of(postcode):
    return postcode.split(" ")[0] if postcode else ""


def result(request, page, answers, rules, day):
    outcome = eligibility.outcome(answers, rules, day)
    born = eligibility.parse_month(answers["born"])
    starts = eligibility.funded_from(born)
    context = page.get_context(request)
    context.update(
        {
            "outcome": outcome,
            "Outcome": Outcome,
            "too_old": eligibility.too_old(answers, day),
            "starts_on": starts,
            "can_start_now": starts <= day,
            "postcode": answers.get("postcode", ""),
            "summary": answer_summary(page, answers, rules, day),
            "restart_url": start_url(page, "start-again=1"),
        }
    )
    if outcome == Outcome.LIKELY and context["childcare_finder"]:
        context["providers"] = nearest_funded_providers(answers.get("postcode", ""), NEAREST_PROVIDERS)
        context["finder_url"] = finder_address(context["childcare_finder"], answers.get("postcode", ""))
    return TemplateResponse(request, "childcare/check_result.html", context)


def answer_summary(page, answers, rules, day):
    """The family's answers, each with a link to change it (GOV.UK summary list)."""
    from django.utils.formats import date_format
    from django.utils.translation import gettext as _

    def labels(step):
        chosen = answers.get(step, [])
        special = {eligibility.NONE: _("None of these"), eligibility.NOT_SURE: _("I'm not sure")}
        by_key = {rule.key: rule.label for rule in getattr(rules, step)}
        return [special.get(value) or by_key.get(value, value) for value in chosen]

    yes_no = {eligibility.YES: _("Yes"), eligibility.NO: _("No"), eligibility.NOT_SURE: _("I'm not sure")}
    rows = []
    for step in eligibility.steps(answers, rules, day):
        if not eligibility.is_answered(step, answers):
            continue
        if step == "born":
            question, value = (
                _("Month your child was born"),
                [date_format(eligibility.parse_month(answers["born"]), "F Y")],
            )
        elif step == "postcode":
            question, value = _("Postcode"), [answers["postcode"] or _("Not given")]
        elif step == "child":
            question, value = _("About your child"), labels("child")
        elif step == "support":
            question, value = _("Support your family gets"), labels("support")
        elif step == "work":
            question, value = _("Working parents"), [yes_no[answers["work"]]]
        else:
            key = step.removeprefix("income-")
            question = _("Income limit for %(support)s") % {"support": rules.by_key(key).label}
            value = [yes_no[answers["income"][key]]]
        rows.append({"question": question, "values": value, "change_url": step_url(page, step)})
    return rows
