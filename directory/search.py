"""Turning what a parent types into a search the backend can answer well.

Three helps, all editor-visible: synonyms ("DV" also searches "domestic abuse"), spelling
("parentting" becomes "parenting", from the words the directory actually uses), and dropping
filler words ("help with my...") that would otherwise match every page.
"""

import datetime
import difflib
import functools
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db.models import F, Max
from django.utils import timezone, translation

from core.search_terms import clean_query, words_of
from core.text_analysis import analyse, contains_phrase, word_forms
from directory.models import Need, SearchSynonym, ServicePage, UnmetSearch, UnmetSearchCount
from directory.models.search import UNMET_SEARCH_MAX_LENGTH

FILLER_WORDS = {
    "a",
    "about",
    "an",
    "and",
    "any",
    "are",
    "can",
    "do",
    "for",
    "from",
    "get",
    "help",
    "how",
    "i",
    "im",
    "in",
    "is",
    "me",
    "my",
    "near",
    "need",
    "of",
    "on",
    "or",
    "our",
    "some",
    "the",
    "to",
    "want",
    "what",
    "where",
    "with",
    "year",
    "years",
    "old",
    "olds",
}
SPELLING_MIN_LENGTH = 4
SPELLING_CUTOFF = 0.8


@dataclass
class SearchPlan:
    """What will be searched for, and what we changed, so the page can say so."""

    typed: str
    words: list = field(default_factory=list)
    corrections: dict = field(default_factory=dict)
    expansions: list = field(default_factory=list)
    # The singular or plural of a typed word (also among the expansions).
    variants: list = field(default_factory=list)
    # The typed words' plain forms in the reader's language (translations/text_analysis.py),
    # matched against each service's `analysed_text`.
    analysed: list = field(default_factory=list)

    @property
    def text(self):
        return " ".join(dict.fromkeys(self.words + self.expansions + self.analysed))

    @property
    def preferred(self):
        """The words the parent typed, in either number: they count for more than synonyms."""
        return " ".join(dict.fromkeys(self.words + self.variants + self.analysed))

    def __bool__(self):
        return bool(self.typed)


def vocabulary(language):
    """Every word the directory's titles, summaries, needs and synonyms use, in one language."""
    changed = cache.get("directory:last-published")
    if changed is None:
        stamp = ServicePage.objects.aggregate(changed=Max("last_published_at"))["changed"]
        changed = int(stamp.timestamp()) if stamp else 0
        # Checked at most once a minute: a new word reaches spelling suggestions within a minute.
        cache.set("directory:last-published", changed, 60)
    key = f"search-vocabulary:{language}:{changed}:{len(synonyms(language))}"
    words = cache.get(key)
    if words is None:
        texts = []
        with translation.override(language):
            for title, summary in ServicePage.objects.live().values_list("title", "summary"):
                texts += [title, summary]
            texts += [need.name for need in Need.objects.all()]
        texts += [f"{synonym.term} {synonym.expansion}" for synonym in synonyms(language)]
        words = {word for text in texts for word in words_of(text or "") if len(word) >= 3}
        cache.set(key, words, 60 * 60)
    return words


def synonyms(language):
    """Editors' synonyms for one language and for every language, cached for a minute: every
    search reads them."""
    found = cache.get("directory:synonyms")
    if found is None:
        found = list(SearchSynonym.objects.all())
        cache.set("directory:synonyms", found, 60)
    return [synonym for synonym in found if synonym.language in ("", language)]


def plan_search(raw, language=None):
    typed = clean_query(raw)
    plan = SearchPlan(typed=typed)
    if not typed:
        return plan
    language = language or translation.get_language()
    known = vocabulary(language)
    for word in words_of(typed):
        if word in FILLER_WORDS:
            continue
        if len(word) >= SPELLING_MIN_LENGTH and word not in known and not word.isdigit():
            match = difflib.get_close_matches(word, known, n=1, cutoff=SPELLING_CUTOFF)
            if match:
                plan.corrections[word] = match[0]
                word = match[0]
        plan.words.append(word)
    plan.expansions += synonym_expansions([" ".join(words_of(typed)), " ".join(plan.words)], language)
    plan.variants = other_number(plan.words, known)
    plan.expansions += plan.variants
    plan.analysed = analyse(typed, language)
    if not plan.words and not plan.expansions:
        plan.words = words_of(typed)
    return plan


def synonym_expansions(texts, language):
    """The words of every synonym whose term is in one of the texts (as typed, and as
    corrected). A term matches whatever its accents and endings ("żłobka" for "żłobek"); a
    synonym of one language adds its words' plain forms too, matched as that language's."""
    expansions = []
    forms = [word_forms(text, language) for text in texts]
    padded = [f" {text} " for text in texts]
    for synonym in synonyms(language):
        exact = any(f" {synonym.term} " in text for text in padded)
        term_forms = term_word_forms(synonym.term, language)
        if exact or any(contains_phrase(text_forms, term_forms) for text_forms in forms):
            expansions += synonym.expansion.split()
            if synonym.language:
                expansions += analyse(synonym.expansion, synonym.language)
    return list(dict.fromkeys(expansions))


@functools.lru_cache(maxsize=4096)
def term_word_forms(term, language):
    """A synonym's term analysed once, not on every search: terms change rarely, and an
    edited term is a new key."""
    return word_forms(term, language)


def other_number(words, known):
    """The singular or plural of each word, where the directory uses it: "teenager" also finds
    "Parenting teenagers". The database index does not stem words (Elasticsearch does)."""
    variants = []
    for word in words:
        for variant in (f"{word}s", word[:-1] if word.endswith("s") else ""):
            if len(variant) >= SPELLING_MIN_LENGTH and variant in known and variant not in words:
                variants.append(variant)
    return variants


def unmet_search_words(typed):
    """What is kept of a search that found nothing: its first words, cut at a space, up to
    UNMET_SEARCH_MAX_LENGTH characters."""
    query = " ".join(typed.lower().split())
    if len(query) <= UNMET_SEARCH_MAX_LENGTH:
        return query
    cut = query[: UNMET_SEARCH_MAX_LENGTH + 1].rsplit(" ", 1)[0]
    return cut[:UNMET_SEARCH_MAX_LENGTH].rstrip()


def record_unmet_search(plan, postcode_district="", locality=None, chosen_needs=()):
    """Remember a search that found nothing, for the insight team: its words for a while (the
    Unmet searches report), and a count by month, language, district, locality and need, with no
    words, for the Insight area's trends."""
    query = unmet_search_words(plan.typed)
    if not query:
        return
    language = translation.get_language() or "en"
    district = postcode_district[:5]
    entry, created = UnmetSearch.objects.get_or_create(query=query, language=language, postcode_district=district)
    if not created:
        # `update` skips auto_now: the date is set here, as the retention period counts from it.
        UnmetSearch.objects.filter(pk=entry.pk).update(count=F("count") + 1, last_seen=timezone.localdate())
    count_unmet_search(
        {
            "month": timezone.localdate().replace(day=1),
            "language": language,
            "postcode_district": district,
            "locality": locality,
            "need": need_searched_for(plan, language, chosen_needs),
        }
    )


def count_unmet_search(group):
    # A group without a locality cannot be kept unique by the database (NULLs differ), so the
    # oldest row of the group is counted on: two rows made at the same moment still add up.
    counted = UnmetSearchCount.objects.filter(**group).order_by("pk").values_list("pk", flat=True)[:1]
    if not UnmetSearchCount.objects.filter(pk__in=list(counted)).update(count=F("count") + 1):
        UnmetSearchCount.objects.create(**group, count=1)


# A word of a need's name says more about a search than a word of its description.
NAME_WEIGHT, DESCRIPTION_WEIGHT = 2, 1


def need_searched_for(plan, language, chosen_needs=()):
    """The code of the need a search that found nothing was about: the first need the family
    chose in the listing's filters, or else the need whose name and description share most words
    with what they typed and its synonyms, in their language or in English; "" when none does."""
    needs = list(Need.objects.all())
    known = {need.slug for need in needs}
    for slug in chosen_needs:
        if slug in known:
            return slug
    searched = " ".join([plan.typed, *plan.expansions])
    searched_forms = {code: set(analyse(searched, code)) for code in dict.fromkeys([language, "en"])}
    best, best_score = "", 0
    for need in needs:
        score = 0
        for code, forms in searched_forms.items():
            with translation.override(code):
                name, description = need.name, need.description
            score = max(
                score,
                NAME_WEIGHT * len(forms & set(analyse(name, code)))
                + DESCRIPTION_WEIGHT * len(forms & set(analyse(description, code))),
            )
        if score > best_score:
            best, best_score = need.slug, score
    return best


def forget_old_unmet_searches(days):
    """Delete searches that found nothing and were last made more than `days` days ago; the
    number deleted."""
    cutoff = timezone.localdate() - datetime.timedelta(days=days)
    deleted, _by_model = UnmetSearch.objects.filter(last_seen__lt=cutoff).delete()
    return deleted
