"""How one spreadsheet cell is read and written: text, yes or no, a date, a name from a list.

Every kind turns the cell's text into a value (`parse`, raising CellProblem with a message for
editors) and a value back into text (`format`). An import compares `format(parse(cell))` with
`format(current value)`, so a cell counts as changed only when it says something different.
"""

import datetime
import difflib
import html
import re
from html.parser import HTMLParser

from django.core.exceptions import ValidationError
from django.utils.functional import lazy
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from core.phone_numbers import format_uk, lost_leading_zero, normalise_uk_phone

LIST_SEPARATOR = ";"
YES = {"yes", "y", "true", "1"}
NO = {"no", "n", "false", "0"}


class CellProblem(Exception):
    """A cell an import cannot use; the message is for the editor who filled it in."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def normalise(text):
    """Text as Excel and LibreOffice may return it: Windows line ends, padding spaces."""
    return "\n".join(
        line.rstrip() for line in (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    ).strip()


class Text:
    def parse(self, text):
        return normalise(text)

    def format(self, value):
        return normalise(value)


class Website(Text):
    """Editors type addresses as they see them: "www.example.org" means https://www.example.org."""

    def parse(self, text):
        text = normalise(text)
        if text and "://" not in text:
            return f"https://{text}"
        return text


class Paragraphs:
    """Rich text as plain paragraphs: a blank line between paragraphs, lines starting "- " for a
    bulleted list. The text is escaped, so a cell can never add markup; bold, links and
    headings do not survive a change, which the import page says."""

    def parse(self, text):
        blocks = []
        for paragraph in re.split(r"\n\s*\n", normalise(text)):
            lines = [line.strip() for line in paragraph.split("\n") if line.strip()]
            if not lines:
                continue
            if all(line[:2] in BULLETS for line in lines):
                items = "".join(f"<li>{html.escape(line[2:].strip())}</li>" for line in lines)
                blocks.append(f"<ul>{items}</ul>")
            else:
                blocks.append(f"<p>{'<br/>'.join(html.escape(line) for line in lines)}</p>")
        return "".join(blocks)

    def format(self, value):
        reader = PlainText()
        reader.feed(str(value or ""))
        reader.close()
        return reader.text()


BULLETS = {"- ", "* ", "• "}


class PlainText(HTMLParser):
    """The words of rich text, one block (paragraph, heading, list item) at a time."""

    BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "div"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks, self.words, self.kind = [], [], "p"

    def handle_starttag(self, tag, attrs):
        if tag in self.BLOCKS:
            self.flush()
            self.kind = "li" if tag == "li" else "p"
        elif tag == "br":
            self.words.append("\n")

    def handle_endtag(self, tag):
        if tag in self.BLOCKS:
            self.flush()

    def handle_data(self, data):
        self.words.append(data)

    def flush(self):
        lines = [" ".join(line.split()) for line in "".join(self.words).split("\n")]
        text = "\n".join(line for line in lines if line)
        if text:
            self.blocks.append((self.kind, f"- {text}" if self.kind == "li" else text))
        self.words = []

    def text(self):
        self.flush()
        parts = []
        for position, (kind, text) in enumerate(self.blocks):
            if position:
                # List items sit on consecutive lines; everything else is its own paragraph.
                parts.append("\n" if kind == "li" and self.blocks[position - 1][0] == "li" else "\n\n")
            parts.append(text)
        return "".join(parts)


class YesNo:
    def parse(self, text):
        word = normalise(text).casefold()
        if word in YES:
            return True
        if word in NO:
            return False
        raise CellProblem(format_lazy(_("Write yes or no, not '{value}'."), value=normalise(text)))

    def format(self, value):
        return "yes" if value else "no"


class WholeNumber:
    def parse(self, text):
        text = normalise(text)
        if not text.isdigit():
            raise CellProblem(
                format_lazy(_("Write a whole number of years, such as 0 or 18, not '{value}'."), value=text)
            )
        return int(text)

    def format(self, value):
        return "" if value is None else str(value)


class Date:
    """ISO dates, and DD/MM/YYYY as UK editors type them and as Excel saves them."""

    def __init__(self, required):
        self.required = required

    def parse(self, text):
        text = normalise(text)
        if not text:
            if self.required:
                raise CellProblem(_("Give a date, such as 2025-03-31 or 31/03/2025."))
            return None
        for pattern in ("%Y-%m-%d", "%d/%m/%Y"):
            try:
                return datetime.datetime.strptime(text, pattern).date()
            except ValueError:
                continue
        raise CellProblem(format_lazy(_("'{value}' is not a date: write it as 2025-03-31 or 31/03/2025."), value=text))

    def format(self, value):
        return value.isoformat() if value else ""


class Terms:
    """A list editors name things from (needs, levels, organisations), matched by any of each
    item's names, whatever their case. A name two items share matches neither."""

    def __init__(self, items, names, label, unknown, unknown_with_suggestion):
        self.items = list(items)
        self.position = {identity(item): number for number, item in enumerate(self.items)}
        self.by_name, self.shared = {}, set()
        for item in self.items:
            for name in names(item):
                key = str(name).strip().casefold()
                if key and self.by_name.get(key, item) is not item:
                    self.shared.add(key)
                self.by_name.setdefault(key, item)
        self.label = label
        self.unknown, self.unknown_with_suggestion = unknown, unknown_with_suggestion

    def find(self, text):
        key = normalise(text).casefold()
        if key in self.by_name and key not in self.shared:
            return self.by_name[key]
        matches = difflib.get_close_matches(key, [name for name in self.by_name if name not in self.shared], 1, 0.6)
        if matches:
            suggestion = self.label(self.by_name[matches[0]])
            raise CellProblem(format_lazy(self.unknown_with_suggestion, value=normalise(text), suggestion=suggestion))
        choices = [self.label(item) for item in self.items]
        raise CellProblem(format_lazy(self.unknown, value=normalise(text), choices=one_of(choices)))


def one_of(choices):
    """ "1, 2, 3 or 4"."""
    if len(choices) < 2:
        return "".join(choices)
    return format_lazy(_("{choices} or {last}"), choices=", ".join(choices[:-1]), last=choices[-1])


def identity(item):
    """What makes two items the same: a row's primary key, or a choice's value."""
    return getattr(item, "pk", item)


class OneOf:
    def __init__(self, terms):
        self.terms = terms

    def parse(self, text):
        return self.terms.find(text) if normalise(text) else None

    def format(self, value):
        return "" if value is None else self.terms.label(value)


class ManyOf:
    """Several names in one cell, separated by semicolons (commas can be part of a name)."""

    def __init__(self, terms):
        self.terms = terms

    def parse(self, text):
        names = [name for name in re.split(r"[;\n]", normalise(text)) if name.strip()]
        found, problems = [], []
        for name in names:
            try:
                found.append(self.terms.find(name))
            except CellProblem as problem:
                problems.append(problem.message)
        if problems:
            raise CellProblem(joined(problems))
        return list({identity(item): item for item in found}.values())

    def format(self, value):
        ordered = sorted(value or [], key=lambda item: self.terms.position.get(identity(item), len(self.terms.items)))
        return f"{LIST_SEPARATOR} ".join(self.terms.label(item) for item in ordered)


# Several messages about one cell, translated when shown rather than when made.
joined = lazy(lambda messages: " ".join(str(message) for message in messages), str)


class Phones:
    """Phone numbers, separated by semicolons, each with an optional kind in front and a note in
    brackets: "01632 960 101 (Monday to Friday, 9am to 5pm); text: 07700 900 210".

    A number Excel turned into a number (dropping its leading 0, or writing 1.90256E+09) is
    refused with what to do, never imported as it stands. Parsing gives (number in E.164, kind,
    note) triples; the column matches them to the service's lines by number.
    """

    KINDS = {"phone": "voice", "call": "voice", "voice": "voice", "text": "text", "sms": "text"}
    KINDS |= {"text message": "text", "textphone": "textphone", "minicom": "textphone"}
    LABELS = {"voice": "", "text": "text: ", "textphone": "textphone: "}
    ENTRY = re.compile(r"^(?:(?P<kind>[a-z ]+?)\s*:\s*)?(?P<number>[^()]*?)\s*(?:\((?P<note>.*)\))?$", re.I)

    def parse(self, text):
        found, problems = [], []
        for entry in outside_brackets(normalise(text)):
            match = self.ENTRY.match(entry)
            kind = self.KINDS.get((match.group("kind") or "phone").strip().casefold()) if match else None
            if match is None or kind is None:
                problems.append(
                    format_lazy(
                        _(
                            "'{value}' is not a phone number: write it like "
                            "01902 555 555 (Monday to Friday, 9am to 5pm)."
                        ),
                        value=entry,
                    )
                )
                continue
            number = match.group("number").strip()
            if re.fullmatch(r"\d+\.0", number):
                number = number[:-2]
            if re.fullmatch(r"\d(\.\d+)?E\+\d+", number, re.I):
                problems.append(
                    format_lazy(
                        _(
                            "Excel turned the phone number into {value}: format the column as Text and type the "
                            "number again."
                        ),
                        value=number,
                    )
                )
                continue
            suggestion = lost_leading_zero(number)
            if suggestion is not None:
                problems.append(
                    format_lazy(
                        _(
                            "{value} looks like Excel dropped the leading 0: did you mean {suggestion}? Format the "
                            "column as Text and type the number again."
                        ),
                        value=number,
                        suggestion=format_uk(suggestion),
                    )
                )
                continue
            try:
                found.append((normalise_uk_phone(number), kind, (match.group("note") or "").strip()))
            except ValidationError as error:
                problems.append(format_lazy("{value}: {message}", value=number, message=error.messages[0]))
        if problems:
            raise CellProblem(joined(problems))
        return found

    def format(self, value):
        entries = []
        for item in value or []:
            number, kind, note = (item.number, item.kind, item.note) if hasattr(item, "number") else item
            text = f"{self.LABELS.get(kind, '')}{format_uk(number)}"
            entries.append(f"{text} ({note})" if note else text)
        return f"{LIST_SEPARATOR} ".join(entries)


def outside_brackets(text):
    """The parts of a cell between semicolons or line ends, except those inside brackets (a
    note such as "(Monday to Friday; Thursday until 8pm)" stays with its number)."""
    parts, current, depth = [], [], 0
    for character in text:
        depth += {"(": 1, ")": -1}.get(character, 0)
        if character in ";\n" and depth <= 0:
            parts.append("".join(current))
            current, depth = [], 0
        else:
            current.append(character)
    parts.append("".join(current))
    return [part.strip() for part in parts if part.strip()]
