"""One cleaning for everything families type: control and direction-changing characters go,
every script and the joiners its writing needs stay."""

import pytest
from bs4 import BeautifulSoup

from core.typed_text import clean_typed_text, whole_number

pytestmark = pytest.mark.django_db

UNWANTED = [
    "\u0000", "\u0007", "\u001b", "\u007f", "\u0085", "\u061c", "\u200e", "\u200f",
    "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\ufeff",
]  # fmt: skip


@pytest.mark.parametrize("character", UNWANTED)
def test_control_and_direction_characters_are_removed(character):
    assert clean_typed_text(f"Amir{character} Khan") == "Amir Khan"


def test_scripts_joiners_tabs_and_line_breaks_are_kept():
    for text in ["ਹਰਪ੍ਰੀਤ ਕੌਰ", "می\u200cخواهم", "ක්\u200dය", "Ștefan 👶", "one\ttwo\nthree"]:
        assert clean_typed_text(text) == text
    assert clean_typed_text("one\r\ntwo\rthree") == "one\ntwo\nthree"


@pytest.mark.parametrize(
    ("text", "number"),
    [("12", 12), (" 7 ", 7), ("0", 0), ("26", None), ("²", None), ("١٢", None), ("-1", None), ("1e3", None),
     ("99999999999999999999", None), ("", None), (None, None)],
)  # fmt: skip
def test_whole_numbers_are_plain_digits_in_range(text, number):
    assert whole_number(text, 25) == number


def test_search_boxes_show_back_the_words_without_hidden_characters(client, demo_site):
    for url, box in [("/search/", "search-q"), ("/services/", "filter-q")]:
        page = BeautifulSoup(client.get(f"{url}?q=stay%E2%80%AE and play%E2%81%A6").content, "html.parser")
        assert page.find("input", id=box)["value"] == "stay and play", url
