"""Search fields for translated content: one per language, each with its language's analyser.

On Elasticsearch each language's copy of a field is analysed with that language's rules
(stemming, normalisation); on the database backend they are simply all indexed, so words in
any of the site's languages find the page.
"""

from django.conf import settings
from wagtail.search import index

ANALYZER_PREFIX = "familyinfo_"


def translated(name, boost=None):
    return [
        index.SearchField(f"{name}_{code}", boost=boost, es_extra={"analyzer": f"{ANALYZER_PREFIX}{code}"})
        for code, _label in settings.LANGUAGES
    ]


def translated_autocomplete(name):
    return [index.AutocompleteField(f"{name}_{code}") for code, _label in settings.LANGUAGES]
