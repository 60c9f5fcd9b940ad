"""UK phone numbers: one place that checks what a person typed, stores it in one form and shows
it the way families write numbers.

Numbers are stored in E.164 (`+441902551199`), shown as a UK national number in groups
(`01902 551 199`) and dialled through a `tel:` link in E.164. The checks use Google's
libphonenumber data (the `phonenumbers` package), so they follow Ofcom's numbering plan as it
changes; Ofcom's ranges kept for drama (used by the demo and the tests) are accepted too.

Used by service contacts (`directory`), the services spreadsheet and the self-referral form.
"""

import re

import phonenumbers
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

REGION = "GB"

# Characters people put between digits: spaces, dashes, dots, brackets.
SEPARATORS = re.compile(r"[\s\-.()/\u00a0]")

# Ofcom keeps these numbers for TV, radio and examples; libphonenumber calls them invalid.
DRAMA_RANGES = (
    re.compile(r"^\+441632960\d{3}$"),
    re.compile(r"^\+447700900\d{3}$"),
)

EXAMPLES = "01902 555 555 or 07700 900 123"

MESSAGES = {
    "characters": _("Enter a phone number using only digits and spaces, like %(examples)s"),
    "length": _("Enter a UK phone number with 11 digits, like %(examples)s"),
    "leading_zero": _("UK phone numbers start with 0: did you mean %(suggestion)s?"),
    "not_uk": _("Enter a UK phone number, starting with 0 or +44"),
    "invalid": _("Check the number: %(number)s is not a UK phone number in use. Numbers look like %(examples)s"),
}


def _error(code, **params):
    return ValidationError(MESSAGES[code], code=code, params={"examples": EXAMPLES, **params})


def _digits(text):
    return SEPARATORS.sub("", str(text or "").strip())


def _is_number(number):
    if phonenumbers.is_valid_number(number):
        return True
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return any(pattern.match(e164) for pattern in DRAMA_RANGES)


def lost_leading_zero(text):
    """The number `text` would be with a 0 in front, when it looks like a UK number whose first
    0 a spreadsheet program dropped ("1902555555"); None otherwise."""
    digits = _digits(text)
    if not digits.isdigit() or digits.startswith(("0", "44")) or len(digits) not in (9, 10):
        return None
    try:
        number = phonenumbers.parse("0" + digits, REGION)
    except phonenumbers.NumberParseException:
        return None
    return number if _is_number(number) else None


def parse_uk_phone(text):
    """The UK phone number in what a person typed, as a `phonenumbers.PhoneNumber`.

    Raises ValidationError with a message a family can act on (code `characters`, `length`,
    `leading_zero`, `not_uk` or `invalid`).
    """
    digits = _digits(text)
    if not digits:
        raise _error("length")
    if not re.fullmatch(r"\+?\d+", digits):
        raise _error("characters")
    suggestion = lost_leading_zero(digits)
    if suggestion is not None:
        raise _error("leading_zero", suggestion=format_uk(suggestion))
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    elif digits.startswith("44") and len(digits) in (11, 12, 13):
        digits = "+" + digits
    if digits.startswith("+") and not digits.startswith("+44"):
        raise _error("not_uk")
    if digits.startswith("+440"):  # "+44 (0)1902 ..." written without the brackets
        digits = "+44" + digits[4:]
    if not digits.startswith(("0", "+44")):
        raise _error("length")
    try:
        number = phonenumbers.parse(digits, REGION)
    except phonenumbers.NumberParseException as error:
        raise _error("length") from error
    if _is_number(number):
        return number
    national = digits if digits.startswith("0") else "0" + digits[3:]
    if len(national) != 11:
        raise _error("length")
    raise _error("invalid", number=format_uk(number))


def normalise_uk_phone(text):
    """What to store for a number a person typed: E.164, such as "+441902551199"."""
    return to_e164(parse_uk_phone(text))


def validate_uk_phone(value):
    """A model and form field validator: the value must be a UK phone number."""
    parse_uk_phone(value)


def _as_number(number):
    if isinstance(number, phonenumbers.PhoneNumber):
        return number
    return phonenumbers.parse(str(number), REGION)


def to_e164(number):
    """ "+441902551199": for storing and for `tel:` links."""
    return phonenumbers.format_number(_as_number(number), phonenumbers.PhoneNumberFormat.E164)


def format_uk(number):
    """The number as families write it, such as "01902 551 199" or "0808 200 0247".

    libphonenumber's national grouping, with a six-digit local number split in two threes as
    GOV.UK's style guide does ("01632 960 001", "07700 900 982"). Accepts a PhoneNumber or a
    stored E.164 string; an unreadable value comes back as it was.
    """
    try:
        parsed = _as_number(number)
    except phonenumbers.NumberParseException:
        return str(number)
    text = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    groups = text.split(" ")
    if len(groups) == 2 and len(groups[1]) == 6:
        groups[1:] = [groups[1][:3], groups[1][3:]]
    return " ".join(groups)


def tel_href(number):
    """ "tel:+441902551199", for a link a phone can dial."""
    try:
        return "tel:" + to_e164(number)
    except phonenumbers.NumberParseException:
        return "tel:" + _digits(number)
