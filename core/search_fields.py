"""Search fields for translated content: one per language, each with its language's analyser.

On Elasticsearch each language's copy of a field is analysed with that language's rules
(stemming, normalisation); on the database backend they are simply all indexed, so words in
any of the site's languages find the page.
"""

from django.conf import settings
from django.utils.html import strip_tags
from wagtail.search import index

from core.text_analysis import analysed_text

ANALYZER_PREFIX = "familyinfo_"


def translated(name, boost=None):
    return [
        index.SearchField(f"{name}_{code}", boost=boost, es_extra={"analyzer": f"{ANALYZER_PREFIX}{code}"})
        for code, _label in settings.LANGUAGES
    ]


def analysed(method="analysed_text"):
    """A field of every language's words in their plain forms (translations/text_analysis.py),
    given to Elasticsearch as they are (the `whitespace` analyser): both backends match what
    parents type the same way."""
    return index.SearchField(method, es_extra={"analyzer": "whitespace"})


def analysed_fields(obj, names, extra=None):
    """The plain forms of these translated fields of `obj` in every language; `extra` gives
    more text per language (a service's needs)."""
    parts = []
    for code, _label in settings.LANGUAGES:
        texts = [strip_tags(str(getattr(obj, f"{name}_{code}", "") or "")) for name in names]
        if extra is not None:
            texts.append(extra(code))
        parts.append(analysed_text(" ".join(texts), code))
    return " ".join(part for part in parts if part)


def translated_autocomplete(name):
    return [index.AutocompleteField(f"{name}_{code}") for code, _label in settings.LANGUAGES]


def analyse_page_titles_by_language():
    """Give each language's copy of every page's title its language's analyser.

    wagtail-modeltranslation indexes `title_pl` and the rest for every page type by copying
    Page's own `title` search field (no analyser) after the page types' `translated("title")`
    entries, and the last entry wins: titles were analysed with Elasticsearch's standard
    analyser. Titles live on Page, so every page type must map them the same way (one index
    holds them all); their boost stays Page's. The database backend ignores analysers.
    """
    from wagtail.models import Page, get_page_models

    titles = {f"title_{code}": f"{ANALYZER_PREFIX}{code}" for code, _label in settings.LANGUAGES}
    for model in {Page, *get_page_models()}:
        model.search_fields = [
            index.SearchField(
                entry.field_name,
                boost=entry.boost,
                es_extra={**entry.kwargs.get("es_extra", {}), "analyzer": titles[entry.field_name]},
            )
            if type(entry) is index.SearchField and entry.field_name in titles
            else entry
            for entry in model.search_fields
        ]
