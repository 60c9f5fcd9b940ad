"""Which safety answers a search, a need listing or a service page shows, and what they do
to the order of results.

The rules, all read from the editors' safety answers:

- an answer shows on a search that uses one of its search words (in any language), and on the
  listing of one of its needs; a safety answer also shows on its needs' service pages;
- a search that shows an answer lists the answer's services and its needs' services first;
- programmes for people who harm (the services of a "for people who harm" answer) come after
  every other service, unless the search uses that answer's words: then they come first.
"""

import re
import unicodedata
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from modeltranslation.utils import build_localized_fieldname

from core.search_terms import words_of
from directory.models import SafetyAnswer, SafetyAnswerKind, SafetyAnswerLine

CACHE_KEY = "familyinfo:safety-rules"
CACHE_SECONDS = 60
MAX_PANELS = 3
KIND_ORDER = {SafetyAnswerKind.HARM: 0, SafetyAnswerKind.AT_RISK: 1, SafetyAnswerKind.SIGNPOST: 2}

# Letters typed in more than one way: Urdu and Arabic keyboards give different yeh, kaf and heh
# (an Arabic keyboard has one heh for Urdu's ہ and the ھ of aspirated letters), and hamza forms
# of alef; a search word should match however it was typed.
_SAME_LETTER = str.maketrans(
    {"ي": "ی", "ى": "ی", "ك": "ک", "ه": "ہ", "ھ": "ہ", "ة": "ہ", "أ": "ا", "إ": "ا", "آ": "ا", "’": "'"}
)
_ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670]")  # harakat: usually left out when typing
_LATIN_LETTERS = str.maketrans({"ł": "l", "ø": "o", "đ": "d"})
_PHRASE_BREAKS = re.compile(r"[\n,;،؛]+")


def normalise(text):
    """Lower case, one spelling of letters typed in more than one way, and Latin letters
    without accents: Polish and Romanian are often typed without them ("boje sie", "tipa")."""
    text = unicodedata.normalize("NFC", text or "").lower().translate(_SAME_LETTER)
    text = _ARABIC_MARKS.sub("", text)
    folded = []
    for char in unicodedata.normalize("NFD", text):
        if unicodedata.combining(char) and folded and folded[-1] < "\u0250":
            continue  # an accent on a Latin letter; Gurmukhi and Urdu vowel signs stay
        folded.append(char)
    return unicodedata.normalize("NFC", "".join(folded)).translate(_LATIN_LETTERS)


def words(text):
    return words_of(normalise(text))


@dataclass(frozen=True)
class Rule:
    """What the ranking needs to know about one safety answer, cached between requests."""

    pk: int
    kind: str
    sort_order: int
    phrases: tuple  # each a tuple of (word, matches any ending)
    need_ids: frozenset
    service_ids: frozenset

    def matches(self, typed_words):
        return any(_contains(typed_words, phrase) for phrase in self.phrases)


def _contains(typed_words, phrase):
    size = len(phrase)
    for start in range(len(typed_words) - size + 1):
        window = typed_words[start : start + size]
        if all(
            word == wanted or (stem and word.startswith(wanted))
            for word, (wanted, stem) in zip(window, phrase, strict=True)
        ):
            return True
    return False


def phrases_of(text):
    """The editors' search words as phrases: one per line (or between commas)."""
    for line in _PHRASE_BREAKS.split(text or ""):
        phrase = []
        for token in line.split():
            stem = token.endswith("*")
            found = words(token.rstrip("*"))
            phrase += [(word, stem and index == len(found) - 1) for index, word in enumerate(found)]
        if phrase:
            yield tuple(phrase)


def rules():
    """Every safety answer as a rule, cached for a minute (every search reads them)."""
    found = cache.get(CACHE_KEY)
    if found is None:
        found = []
        columns = [build_localized_fieldname("search_words", code) for code, _name in settings.LANGUAGES]
        for answer in SafetyAnswer.objects.prefetch_related("needs", "services"):
            text = "\n".join(getattr(answer, column) or "" for column in columns)
            found.append(
                Rule(
                    pk=answer.pk,
                    kind=answer.kind,
                    sort_order=answer.sort_order,
                    phrases=tuple(dict.fromkeys(phrases_of(text))),
                    need_ids=frozenset(need.pk for need in answer.needs.all()),
                    service_ids=frozenset(service.pk for service in answer.services.all()),
                )
            )
        cache.set(CACHE_KEY, found, CACHE_SECONDS)
    return found


def forget_rules(**kwargs):
    cache.delete(CACHE_KEY)


def rules_for_search(*texts):
    """The answers whose words a search uses: the words as typed, or as corrected and expanded."""
    typed = [words(text) for text in texts if text]
    return [rule for rule in rules() if any(rule.matches(found) for found in typed if found)]


def rules_for_plan(plan):
    if not plan:
        return []
    return rules_for_search(plan.typed, " ".join(plan.words + plan.expansions))


def rules_for_needs(need_ids):
    need_ids = set(need_ids)
    return [rule for rule in rules() if rule.need_ids & need_ids]


def harm_services(asked):
    """(services to put first, services to put last): programmes for people who harm come last
    unless the search asked for them."""
    promote = set().union(*[rule.service_ids for rule in asked if rule.kind == SafetyAnswerKind.HARM])
    every = set().union(*[rule.service_ids for rule in rules() if rule.kind == SafetyAnswerKind.HARM])
    return promote, every - promote


def safety_order(ranked, first=(), promote=(), demote=()):
    """Ranked ids reordered: promoted ones, then `first` (best-ranked first, then in the order
    given, adding any the search did not find), then the rest as ranked, then demoted ones."""
    position = {pk: index for index, pk in enumerate(ranked)}
    given = {pk: index for index, pk in enumerate(dict.fromkeys(first))}
    leading = sorted(given, key=lambda pk: (pk not in position, position.get(pk, 0), given[pk]))
    ordered = leading + [pk for pk in ranked if pk not in given]
    promote, demote = set(promote), set(demote) - set(promote)
    return (
        [pk for pk in ordered if pk in promote]
        + [pk for pk in ordered if pk not in promote and pk not in demote]
        + [pk for pk in ordered if pk in demote]
    )


def answers(selected):
    """The answers of some rules, most important first, with their lines, at most MAX_PANELS."""
    chosen = sorted(dict.fromkeys(selected), key=lambda rule: (KIND_ORDER.get(rule.kind, 9), rule.sort_order, rule.pk))
    chosen = chosen[:MAX_PANELS]
    by_pk = {answer.pk: answer for answer in SafetyAnswer.objects.filter(pk__in=[rule.pk for rule in chosen])}
    lines = {}
    for line in SafetyAnswerLine.objects.filter(answer__in=list(by_pk)).order_by("sort_order", "pk"):
        lines.setdefault(line.answer_id, []).append(line)
    shown = []
    for rule in chosen:
        if rule.pk in by_pk:
            answer = by_pk[rule.pk]
            answer.shown_lines = lines.get(rule.pk, [])
            shown.append(answer)
    return shown


def answers_for_service(service_pk, need_ids):
    """A service page's safety answers: the "for people who harm" answer on its programmes,
    otherwise the safety answers of its needs."""
    harm = [rule for rule in rules() if rule.kind == SafetyAnswerKind.HARM and service_pk in rule.service_ids]
    if harm:
        return answers(harm)
    need_ids = set(need_ids)
    return answers([rule for rule in rules() if rule.kind == SafetyAnswerKind.AT_RISK and rule.need_ids & need_ids])
