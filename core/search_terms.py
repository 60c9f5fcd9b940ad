"""Cleaning what a visitor typed into a search box before it reaches a search backend."""

import re
import unicodedata

from core.text_analysis import WORD
from core.typed_text import clean_typed_text

MAX_QUERY_LENGTH = 200

# Double quotes and control characters break some backends' query parsers (SQLite's full-text
# search raises on an unbalanced quote); no parent means anything by them.
_UNSAFE = re.compile(r'["\u0000-\u001f\u007f]')


def clean_query(raw):
    """The words to search for: any script kept as typed, odd characters and extra spaces gone."""
    text = unicodedata.normalize("NFC", clean_typed_text(raw or ""))
    text = "".join(" " if unicodedata.category(ch) in {"Cc", "Cf"} and ch not in "\u200c\u200d" else ch for ch in text)
    text = _UNSAFE.sub(" ", text)
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def words_of(text):
    """The words of `text` in lower case, without English possessive 's."""
    return [re.sub(r"['’]s$", "", word) for word in WORD.findall(text.lower())]
