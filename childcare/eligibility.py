"""The two-year-old offer's eligibility: which question comes next, and what the answers mean, from
the rules in force on the day (childcare/models/offer.py). No HTTP here: see checker_views.py.

Answers are a plain dict, carried sealed in the page's address (core/sealed.py):
  born      "YYYY-MM", the child's month of birth (the day is never asked: the term depends
            only on the month)
  postcode  what the family typed, placed ("WV10 9AA", "WV10"), or "" if they skipped it
  child     rule keys of kind CHILD, or ["none"] / ["not-sure"]
  support   rule keys of kind SUPPORT, or ["none"] / ["not-sure"]
  income    {rule key: "yes" | "no" | "not-sure"} for each support chosen that has a limit
  work      "yes" | "no" | "not-sure"
"""

import datetime
from dataclasses import dataclass, field

from childcare.models.offer import Outcome, RuleKind

NONE, NOT_SURE = "none", "not-sure"
YES, NO = "yes", "no"
# The offer is for two-year-olds; from the term after the third birthday every child gets the
# universal hours instead.
UNIVERSAL_FROM_MONTHS = 36
# Funded terms start in January, April and September: a child born in these months can start
# in the term that begins in the month after the arrow, after their second birthday.
TERM_STARTS = ((1, 4), (4, 9), (9, 1))  # (first birth month of the group, month the term starts)


@dataclass
class Rules:
    """The rules in force on one day, by what they ask about."""

    child: list = field(default_factory=list)
    support: list = field(default_factory=list)
    earnings: object = None

    @classmethod
    def in_force(cls, day):
        from childcare.models import OfferRule

        rules = cls()
        for rule in OfferRule.objects.in_force(day):
            if rule.kind == RuleKind.CHILD:
                rules.child.append(rule)
            elif rule.kind == RuleKind.SUPPORT:
                rules.support.append(rule)
            elif rules.earnings is None:
                rules.earnings = rule
        return rules

    def by_key(self, key):
        return next((rule for rule in self.child + self.support if rule.key == key), None)


def months_old(born, day):
    """Whole months from the month of birth to `day`'s month (a child born in March is 0 months
    old all March)."""
    return (day.year - born.year) * 12 + day.month - born.month


def parse_month(value):
    try:
        year, month = (int(part) for part in value.split("-"))
        return datetime.date(year, month, 1)
    except (AttributeError, ValueError):
        return None


def funded_from(born):
    """The first day of the term after the second birthday of a child born in `born`'s month."""
    birthday_year = born.year + 2
    for first_month, term_month in reversed(TERM_STARTS):
        if born.month >= first_month:
            year = birthday_year + 1 if term_month < first_month else birthday_year
            return datetime.date(year, term_month, 1)
    raise AssertionError("every month is in a group")


def too_old(answers, day):
    born = parse_month(answers.get("born", ""))
    return born is not None and months_old(born, day) >= UNIVERSAL_FROM_MONTHS


def limited_support(answers, rules):
    """The support the family chose that has an income limit, in the order of the rules."""
    chosen = set(answers.get("support", []))
    return [rule for rule in rules.support if rule.key in chosen and rule.has_income_limit]


def steps(answers, rules, day):
    """The questions to ask for these answers, in order: later ones depend on earlier ones."""
    sequence = ["born"]
    if "born" not in answers or too_old(answers, day):
        return sequence
    sequence += ["postcode", "child"]
    if _qualifies_through_child(answers, rules) or "child" not in answers:
        return sequence
    sequence.append("support")
    if "support" not in answers:
        return sequence
    sequence += [f"income-{rule.key}" for rule in limited_support(answers, rules)]
    if _qualifies_through_support(answers, rules):
        return sequence
    if rules.earnings is not None:
        sequence.append("work")
    return sequence


def next_step(answers, rules, day):
    """The first question without an answer, or None when the result can be given."""
    for step in steps(answers, rules, day):
        if not is_answered(step, answers):
            return step
    return None


def is_answered(step, answers):
    if step.startswith("income-"):
        return step.removeprefix("income-") in answers.get("income", {})
    return step in answers


def _qualifies_through_child(answers, rules):
    chosen = set(answers.get("child", []))
    return any(rule.key in chosen for rule in rules.child)


def _qualifies_through_support(answers, rules):
    chosen = set(answers.get("support", []))
    income = answers.get("income", {})
    for rule in rules.support:
        if rule.key not in chosen:
            continue
        if not rule.has_income_limit or income.get(rule.key) == YES:
            return True
    return False


def outcome(answers, rules, day):
    """What the answers mean, once `next_step` is None."""
    if too_old(answers, day):
        return Outcome.NOT_ELIGIBLE
    if _qualifies_through_child(answers, rules) or _qualifies_through_support(answers, rules):
        return Outcome.LIKELY
    if answers.get("work") == YES:
        return Outcome.WORKING
    unsure = (
        NOT_SURE in answers.get("child", [])
        or NOT_SURE in answers.get("support", [])
        or NOT_SURE in answers.get("income", {}).values()
        or answers.get("work") == NOT_SURE
    )
    return Outcome.NOT_SURE if unsure else Outcome.NOT_ELIGIBLE


def answered_before(step, answers, rules, day):
    """The question before `step` in this family's sequence, or None for the first."""
    sequence = steps(answers, rules, day)
    if step is None:
        answered = [name for name in sequence if is_answered(name, answers)]
        return answered[-1] if answered else None
    if step not in sequence:
        return None
    position = sequence.index(step)
    return sequence[position - 1] if position else None


def without_later_answers(step, answers, rules, day):
    """The answers up to and including `step`: what came after may no longer be asked."""
    sequence = steps(answers, rules, day)
    kept = {}
    for name in sequence:
        if name.startswith("income-"):
            if name.removeprefix("income-") in answers.get("income", {}):
                kept.setdefault("income", {})[name.removeprefix("income-")] = answers["income"][
                    name.removeprefix("income-")
                ]
        elif name in answers:
            kept[name] = answers[name]
        if name == step:
            break
    return kept
