"""What a person typed, made safe to store and show: one cleaning for every text box of the site.

Control characters and the invisible characters that reorder text (bidirectional overrides and
isolates, direction marks) have no place in a name, a message or a search. Left in, they make a
referral read differently in the desk's inbox or spreadsheet than it was typed ("Trojan Source"),
and break search backends. Every script is kept as typed, and so are the zero-width joiner and
non-joiner, which Punjabi, Urdu and Arabic writing needs.

`TypedTextForm` applies the cleaning to everything a form is sent, before any check runs, so a
required answer made only of such characters is still "required". Search boxes call
`clean_typed_text` through `core.search_terms.clean_query`.
"""

import re

# C0 controls except tab and newline, DEL and the C1 controls; the Arabic letter mark; the
# left-to-right and right-to-left marks; the embeddings and overrides (U+202A-U+202E); the
# isolates (U+2066-U+2069); the deprecated format characters (U+206A-U+206F); the byte order
# mark; the interlinear annotation characters.
_UNWANTED = re.compile(
    "[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f"
    "\u202a-\u202e\u2066-\u2069\u206a-\u206f\ufeff\ufff9-\ufffb]"
)


def clean_typed_text(text):
    """`text` without control and direction-changing characters; line breaks become "\\n"."""
    if not isinstance(text, str):
        return text
    return _UNWANTED.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def _cleaned_data(data):
    """A copy of a form's data (a QueryDict or a dict) with every text value cleaned."""
    if hasattr(data, "lists"):
        copy = data.copy()
        for key, values in data.lists():
            copy.setlist(key, [clean_typed_text(value) for value in values])
        return copy
    return {
        key: [clean_typed_text(item) for item in value] if isinstance(value, list | tuple) else clean_typed_text(value)
        for key, value in data.items()
    }


class TypedTextForm:
    """Mixin for the forms the public fills in (put it before `forms.Form` or `forms.ModelForm`):
    what was sent is cleaned with `clean_typed_text` before anything reads it."""

    def __init__(self, data=None, *args, **kwargs):
        super().__init__(_cleaned_data(data) if data is not None else None, *args, **kwargs)


def whole_number(text, maximum):
    """`text` as a whole number from 0 to `maximum`, or None: only the digits 0-9 count (Python's
    int() also reads "²" and Arabic-Indic digits, or fails on them), and no number so long that
    a database cannot hold it."""
    text = str(text or "").strip()
    if not (text.isascii() and text.isdigit()) or len(text) > len(str(maximum)):
        return None
    number = int(text)
    return number if number <= maximum else None
