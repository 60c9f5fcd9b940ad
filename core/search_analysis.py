"""Elasticsearch analysis settings, one analyser per site language.

Elasticsearch ships analysers for English, Romanian and Arabic. Polish stemming needs the
`analysis-stempel` plugin, so Polish uses folding and light normalisation unless
`ELASTICSEARCH_POLISH_STEMMER` is on. Punjabi (Gurmukhi) and Urdu have no stemmers; they get
Unicode normalisation for their scripts so spelling variants still match.
"""


def analyzers(polish_stemmer=False):
    return {
        "familyinfo_en": {"type": "english"},
        "familyinfo_ro": {"type": "romanian"},
        "familyinfo_ar": {"type": "arabic"},
        "familyinfo_pl": (
            {"type": "polish"}
            if polish_stemmer
            else {"type": "custom", "tokenizer": "standard", "filter": ["lowercase", "asciifolding"]}
        ),
        "familyinfo_pa": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": ["lowercase", "decimal_digit", "indic_normalization"],
        },
        "familyinfo_ur": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": ["lowercase", "decimal_digit", "arabic_normalization", "persian_normalization"],
        },
    }


def index_settings(polish_stemmer=False):
    """Merged by Wagtail into the settings of every index it creates."""
    return {"settings": {"index": {"analysis": {"analyzer": analyzers(polish_stemmer)}}}}
