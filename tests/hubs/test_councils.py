"""Which council a family outside the city is told to contact, from OS Code-Point Open."""

import pytest

from hubs.councils import outside_city


@pytest.mark.parametrize(
    "postcode",
    [
        "WV1 1AA",
        "wv10 9sg",
        "WV6 8AA",  # WV6 is shared with South Staffordshire: this one is in the city
        "DY3 1LT",  # the city's one postcode in DY3
        "WV10 9ZZ",  # not in the data (a new postcode) in a sector the city has: not sent away
    ],
)
def test_city_postcodes_are_not_outside(postcode):
    assert outside_city(postcode) is None


@pytest.mark.parametrize(
    ("postcode", "council"),
    [
        ("WS1 1AA", "Walsall Council"),
        ("DY3 1AA", "Dudley Council"),  # the rest of DY3 is Dudley
        ("B70 0AA", "Sandwell Council"),
        ("B1 1AA", "Birmingham City Council"),
        ("WV5 9AA", "Staffordshire County Council"),  # South Staffordshire: the county runs early help
        ("WV11 2AA", "Staffordshire County Council"),  # a South Staffordshire postcode in a city sector
        ("WV16 4AA", "Shropshire Council"),
    ],
)
def test_neighbouring_postcodes_name_their_council(postcode, council):
    outside = outside_city(postcode)
    assert outside is not None and outside.council is not None and outside.council.name == council


def test_a_postcode_further_away_is_outside_with_no_council_named():
    outside = outside_city("SW1A 1AA")
    assert outside.postcode == "SW1A 1AA" and outside.council is None
    assert outside.find_council_url == "https://www.gov.uk/find-local-council"
