"""How often a parent's own words find a right service: the top-three hit rate per language,
over the question set in `tests/translations/search_questions.json` (questions written as
parents type them, each with the services that answer it). Used by the test that guards each
language's rate and by `bench/bench_search_languages.py`, which prints them."""

import json
from pathlib import Path

from bs4 import BeautifulSoup

QUESTIONS = Path(__file__).resolve().parent / "translations" / "search_questions.json"
TOP = 3


def questions():
    return json.loads(QUESTIONS.read_text(encoding="utf-8"))


def listing_prefix(language):
    return "" if language == "en" else f"/{language}"


def top_services(client, language, query, top=TOP):
    """The slugs of the first `top` services the listing shows for a search."""
    response = client.get(f"{listing_prefix(language)}/services/", {"q": query})
    page = BeautifulSoup(response.content, "html.parser")
    return [card["id"].removeprefix("service-") for card in page.select("li.service-card")[:top]]


def hit_rates(client, asked=None):
    """{language: (hits, questions, misses)} where misses are (question, top three found)."""
    results = {}
    for language, items in (asked or questions()).items():
        hits, misses = 0, []
        for item in items:
            found = top_services(client, language, item["q"])
            if set(found) & set(item["answers"]):
                hits += 1
            else:
                misses.append((item["q"], found))
        results[language] = (hits, len(items), misses)
    return results
