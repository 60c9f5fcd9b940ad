"""The offline postcode look-up behind the hub finder."""

import pytest

from hubs import postcodes


@pytest.mark.parametrize(
    ("typed", "label", "precision"),
    [
        ("WV1 1SH", "WV1 1SH", "postcode"),
        ("wv11sh", "WV1 1SH", "postcode"),
        ("  wv1   1sh ", "WV1 1SH", "postcode"),
        ("WV10 9", "WV10 9", "sector"),
        ("wv109", "WV10 9", "sector"),
        ("WV111", "WV11 1", "sector"),
        ("WV10", "WV10", "district"),
        ("wv14", "WV14", "district"),
        ("DY3 1LT", "DY3 1LT", "postcode"),  # the one DY3 postcode inside the city
    ],
)
def test_full_postcodes_sectors_and_districts_any_spacing_or_case(typed, label, precision):
    place = postcodes.lookup(typed)
    assert (place.label, place.precision) == (label, precision)
    assert 52.5 < place.latitude < 52.7 and -2.3 < place.longitude < -2.0
    assert place.ward_code.startswith("E050")


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "Enter a postcode"),
        ("   ", "Enter a postcode"),
        ("hello", "Enter a real postcode"),
        ("12345", "Enter a real postcode"),
        ("WV1 1SHX", "Enter a real postcode"),
        ("WS1 1AA", "outside Wolverhampton"),
        ("B1", "outside Wolverhampton"),
        ("WV5 0AA", "outside Wolverhampton"),
        ("SW1A 1AA", "outside Wolverhampton"),
        ("WV12 4ZZ", "We could not find WV12 4ZZ in Wolverhampton"),
    ],
)
def test_bad_and_out_of_area_postcodes_get_a_clear_message(typed, message):
    with pytest.raises(postcodes.PostcodeError) as error:
        postcodes.lookup(typed)
    assert message in str(error.value)


def test_a_district_sits_at_the_middle_of_its_city_postcodes():
    district = postcodes.lookup("WV11")
    full = postcodes.lookup("WV11 1AA")  # one of the district's city postcodes
    assert 52.59 < district.latitude < 52.63
    assert abs(full.latitude - district.latitude) < 0.05


def test_distances_are_great_circle_kilometres():
    # Wolverhampton station to Bilston: about 4 km.
    assert 3.5 < postcodes.distance_km(52.5879, -2.1195, 52.5660, -2.0740) < 4.0
    assert round(postcodes.km_to_miles(1.609344), 6) == 1


def test_sectors_of_wards():
    sectors = postcodes.sectors_in_wards({"E05014849"})  # Merry Hill
    assert sectors == sorted(sectors, key=postcodes._postcode_sort_key)
    assert "WV3 8" in sectors and "WV10 9" not in sectors
