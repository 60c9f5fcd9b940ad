"""UK phone numbers as families and editors type them (core/phone_numbers.py)."""

import pytest
from django.core.exceptions import ValidationError

from core.phone_numbers import format_uk, lost_leading_zero, normalise_uk_phone, parse_uk_phone, tel_href


@pytest.mark.parametrize(
    ("typed", "shown", "dialled"),
    [
        ("01902551199", "01902 551 199", "tel:+441902551199"),
        ("01902 551199", "01902 551 199", "tel:+441902551199"),
        ("+44 (0)1902 551199", "01902 551 199", "tel:+441902551199"),
        ("0044 1902 551199", "01902 551 199", "tel:+441902551199"),
        ("0808-2000-247", "0808 200 0247", "tel:+448082000247"),
        ("07700 900123", "07700 900 123", "tel:+447700900123"),
        ("01632 960 001", "01632 960 001", "tel:+441632960001"),
        ("0121 496 0000", "0121 496 0000", "tel:+441214960000"),
    ],
)
def test_numbers_are_read_shown_and_dialled(typed, shown, dialled):
    number = parse_uk_phone(typed)
    assert format_uk(number) == shown
    assert tel_href(number) == dialled
    assert format_uk(normalise_uk_phone(typed)) == shown


def test_a_nine_digit_number_is_refused_with_the_length_message():
    with pytest.raises(ValidationError) as caught:
        parse_uk_phone("019025511")
    assert caught.value.code == "length"
    assert caught.value.messages == ["Enter a UK phone number with 11 digits, like 01902 555 555 or 07700 900 123"]


@pytest.mark.parametrize(("typed", "suggestion"), [("1902555555", "01902 555 555"), ("7700900123", "07700 900 123")])
def test_a_number_that_lost_its_leading_zero_is_caught_with_a_suggestion(typed, suggestion):
    assert format_uk(lost_leading_zero(typed)) == suggestion
    with pytest.raises(ValidationError) as caught:
        parse_uk_phone(typed)
    assert caught.value.code == "leading_zero"
    assert suggestion in caught.value.messages[0]


@pytest.mark.parametrize(
    ("typed", "code"),
    [("", "length"), ("call me", "characters"), ("+48 123 456 789", "not_uk"), ("01000 000000", "invalid")],
)
def test_other_mistakes_get_their_own_message(typed, code):
    with pytest.raises(ValidationError) as caught:
        parse_uk_phone(typed)
    assert caught.value.code == code


def test_a_proper_number_is_not_mistaken_for_a_lost_zero():
    assert lost_leading_zero("01902555555") is None
    assert lost_leading_zero("441902555555") is None
