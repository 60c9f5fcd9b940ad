"""How each language's words are matched: one analysis for indexing and for what parents type.

A parent types on a phone: without diacritics ("zlobek" for "żłobek", "parinti" for
"părinți"), with Arabic letter forms in Urdu (ي for ی), without the nukta in Punjabi, in
another case or number than the page uses. Each language's text is brought to the same
plain form here, on both sides:

1. Unicode normalised and lower-cased, with the language's letter variants unified
   (Arabic alef forms, ى/ي, ة, tatweel and harakat; Urdu's Arabic-form letters; Punjabi's
   nukta letters);
2. split into words, dropping the language's most common small words ("dla", "pentru",
   "کے", "في");
3. stemmed with the Snowball stemmers (PyStemmer) for English, Polish, Romanian and Arabic;
   Urdu and Punjabi, which Snowball does not cover, lose their commonest plural endings;
4. for Polish and Romanian, stripped of diacritics after stemming (the stemmers need them);
   a word typed without them stems differently ("vorbeste" to "vorbest", "vorbește" to
   "vorb"), so such words give a second form too: the stem of the word without diacritics.

The result is indexed as one more field of each service (`analysed_text`), with
Elasticsearch's `whitespace` analyser, so the database backend and Elasticsearch match the
same forms by construction.
"""

import functools
import re
import unicodedata

import Stemmer

from core.stop_words import WORDS

SNOWBALL = {"en": "english", "pl": "polish", "ro": "romanian", "ar": "arabic"}
FOLD_AFTER_STEMMING = {"pl", "ro"}

_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")  # harakat, tatweel
_ARABIC_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})
# Letters typed from an Arabic keyboard, or older encodings, for Urdu's own letters; the two
# forms of h (ہ, and ھ of aspirated letters) are one, as an Arabic keyboard has only ه.
_URDU_LETTERS = str.maketrans(
    {"ي": "ی", "ى": "ی", "ك": "ک", "ه": "ہ", "ھ": "ہ", "ة": "ہ", "ۃ": "ہ", "ۂ": "ہ", "أ": "ا", "إ": "ا", "ٱ": "ا"}
)
# Plural endings, and the -ہ/-ے (Punjabi -ਾ/-ੇ) of masculine nouns and adjectives: "بچہ",
# "بچے" and "بچوں" are one word, as are "ਬੱਚਾ" and "ਬੱਚੇ".
_URDU_ENDINGS = ("یاں", "وں", "یں", "ے", "ہ")
_PUNJABI_NUKTA = "\u0a3c"
_PUNJABI_ENDINGS = ("ਿਆਂ", "ੀਆਂ", "ਆਂ", "ਾਂ", "ੇ", "ਾ")
_ROMANIAN_CEDILLA = str.maketrans({"ş": "ș", "ţ": "ț"})


def _combining_marks():
    """A character class of every combining mark (vowel signs, harakat). Python's \\w leaves
    them out, which would split Punjabi "ਪਰਿਵਾਰਕ" into "ਪਰ", "ਵ" and "ਰਕ"."""
    marks = [chr(code) for code in range(0x300, 0x10000) if unicodedata.category(chr(code)).startswith("M")]
    return "".join(re.escape(mark) for mark in marks)


_LETTER = rf"[^\W_]|[{_combining_marks()}]"
# A word, with an apostrophe inside it ("don't") kept.
WORD = re.compile(rf"(?:{_LETTER})+(?:['’](?:{_LETTER})+)*", re.UNICODE)


def analyse(text, language):
    """The plain forms of the words of `text`, as matched in `language`."""
    return list(dict.fromkeys(form for forms in word_forms(text, language) for form in forms))


def word_forms(text, language):
    """The plain forms of each word of `text` but the small ones, word by word (a phrase is
    matched word by word, see `contains_phrase`)."""
    found = []
    stop_words = _stop_words(language)
    for word in WORD.findall(normalise(text or "", language)):
        if word in stop_words or (language in FOLD_AFTER_STEMMING and fold(word) in stop_words):
            continue
        forms = {plain_form(word, language)}
        if language in FOLD_AFTER_STEMMING:
            forms.add(plain_form(fold(word), language))
        forms.discard("")
        if forms:
            found.append(forms)
    return found


def contains_phrase(text_forms, phrase_forms):
    """Whether the words of a phrase come one after another in a text, each in some form of
    the phrase's word (both from `word_forms`)."""
    size = len(phrase_forms)
    if not size:
        return False
    return any(
        all(text_forms[start + offset] & phrase_forms[offset] for offset in range(size))
        for start in range(len(text_forms) - size + 1)
    )


def analysed_text(text, language):
    return " ".join(dict.fromkeys(analyse(text, language)))


def normalise(text, language):
    text = unicodedata.normalize("NFKC", text).casefold()
    if language == "ar":
        text = _ARABIC_MARKS.sub("", text).translate(_ARABIC_LETTERS)
    elif language == "ur":
        text = _ARABIC_MARKS.sub("", text).translate(_URDU_LETTERS)
    elif language == "pa":
        text = unicodedata.normalize("NFD", text).replace(_PUNJABI_NUKTA, "")
        text = unicodedata.normalize("NFC", text).replace("\u0a70", "\u0a02")  # tippi and bindi
    elif language == "ro":
        text = text.translate(_ROMANIAN_CEDILLA)
    return text


def plain_form(word, language):
    if language == "ar":
        word = _arabic_article_form(word)
    if language in SNOWBALL:
        word = _stemmer(language).stemWord(word)
        if language == "ar":
            word = word.translate(_ARABIC_LETTERS)
    elif language == "ur":
        word = _strip_ending(word, _URDU_ENDINGS)
    elif language == "pa":
        word = _strip_ending(word, _PUNJABI_ENDINGS)
    if language in FOLD_AFTER_STEMMING:
        word = fold(word)
    return word


def _arabic_article_form(word):
    """The Snowball stemmer leaves "and the" (و + ال) in place, and reads a final ه after the
    article as a pronoun ending where phones type it for ة: "والرعايه" is "الرعاية" here. A
    word with the article cannot take a pronoun ending. "والد" (father, parent) is left alone."""
    if word.startswith("وال") and not word.startswith("والد") and len(word) > 5:
        word = word[1:]
    if word.startswith("ال") and word.endswith("ه"):
        word = word[:-1] + "ة"
    return word


def fold(word):
    """Latin letters without their diacritics ("żłobek" to "zlobek")."""
    decomposed = unicodedata.normalize("NFD", word.replace("ł", "l"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _strip_ending(word, endings):
    for ending in endings:
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            return word[: -len(ending)]
    return word


@functools.cache
def _stop_words(language):
    """The language's small words, normalised as text is (Urdu "بھی" as typed "بهی" too), and
    without diacritics."""
    written = normalise(WORDS.get(language, ""), language).split()
    return frozenset(written) | frozenset(fold(word) for word in written)


@functools.cache
def _stemmer(language):
    return Stemmer.Stemmer(SNOWBALL[language])
