"""Offline postcode look-up for the City of Wolverhampton.

Full postcodes come from OS Code-Point Open (see hubs/data/); a sector ("WV10 9") or a
district ("WV10") is placed at the mean of the city's postcodes in it. Nothing is sent
anywhere: a family's postcode never leaves this server.
"""

import csv
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.utils.translation import gettext_lazy as _

DATA_DIR = Path(__file__).resolve().parent / "data"

_FULL = re.compile(r"^([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})$")
_SECTOR = re.compile(r"^([A-Z]{1,2}\d[A-Z\d]?)(\d)$")
_DISTRICT = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?$")


class PostcodeError(ValueError):
    """A postcode we cannot place, with a message for the visitor."""


@dataclass(frozen=True)
class Place:
    """Where a postcode is, as precisely as what was typed allows."""

    label: str  # the postcode as we understood it, for example "WV10 9AA", "WV10 9" or "WV10"
    precision: str  # "postcode", "sector" or "district"
    latitude: float
    longitude: float
    ward_code: str  # the ward of the postcode, or the commonest ward of a sector or district


@dataclass(frozen=True)
class _Areas:
    postcodes: dict
    sectors: dict
    districts: dict


def _centre(points):
    latitudes, longitudes, wards = zip(*points, strict=True)
    return (
        sum(latitudes) / len(latitudes),
        sum(longitudes) / len(longitudes),
        Counter(wards).most_common(1)[0][0],
    )


@cache
def _areas():
    postcodes = {}
    by_sector, by_district = defaultdict(list), defaultdict(list)
    with (DATA_DIR / "postcodes.csv").open(newline="") as handle:
        for row in csv.DictReader(handle):
            point = (float(row["lat"]), float(row["lon"]), row["ward_code"])
            postcodes[row["postcode"]] = point
            outward, inward = row["postcode"].split(" ")
            by_sector[f"{outward} {inward[0]}"].append(point)
            by_district[outward].append(point)
    return _Areas(
        postcodes=postcodes,
        sectors={key: _centre(points) for key, points in by_sector.items()},
        districts={key: _centre(points) for key, points in by_district.items()},
    )


@cache
def wards_by_district():
    """{district: Counter of its postcodes by ward code}: how a district is shared between wards."""
    wards = defaultdict(Counter)
    for code, (_lat, _lon, ward) in _areas().postcodes.items():
        wards[code.split(" ")[0]][ward] += 1
    return dict(wards)


def sectors_in_wards(ward_codes):
    """Every postcode sector with at least one postcode in the given wards, in order."""
    sectors = {
        f"{code.split(' ')[0]} {code.split(' ')[1][0]}"
        for code, (_lat, _lon, ward) in _areas().postcodes.items()
        if ward in ward_codes
    }
    return sorted(sectors, key=_postcode_sort_key)


def district_order(district):
    """Sorts districts as people count them: WV2 before WV10."""
    return _postcode_sort_key(district)


def _postcode_sort_key(label):
    outward, _, rest = label.partition(" ")
    letters = re.match(r"[A-Z]+", outward).group(0)
    return (letters, int(re.sub(r"\D", "", outward[len(letters) :]) or 0), outward, rest)


def normalise(raw):
    """Upper case, single space between the two halves where there are two halves."""
    text = re.sub(r"\s+", " ", (raw or "").strip().upper())
    compact = text.replace(" ", "")
    if match := _FULL.match(compact):
        return f"{match.group(1)} {match.group(2)}"
    if " " in text:
        return text
    return compact


def lookup(raw):
    """Place a full postcode, a sector or a district in the city, or raise PostcodeError."""
    text = normalise(raw)
    if not text:
        raise PostcodeError(_("Enter a postcode, like WV1 1SH, or the first part, like WV10."))
    areas = _areas()
    compact = text.replace(" ", "")

    if _FULL.match(compact):
        if text in areas.postcodes:
            return Place(text, "postcode", *areas.postcodes[text])
        return _not_found(text, text.split(" ")[0], areas)

    parts = text.split(" ")
    if len(parts) == 2 and _DISTRICT.match(parts[0]) and re.fullmatch(r"\d", parts[1]):
        if text in areas.sectors:
            return Place(text, "sector", *areas.sectors[text])
        return _not_found(text, parts[0], areas)

    if " " not in text and _DISTRICT.match(text):
        if text in areas.districts:
            return Place(text, "district", *areas.districts[text])
        # "WV111" is the sector "WV11 1" typed without its space.
        if (match := _SECTOR.match(text)) and f"{match.group(1)} {match.group(2)}" in areas.sectors:
            sector = f"{match.group(1)} {match.group(2)}"
            return Place(sector, "sector", *areas.sectors[sector])
        return _not_found(text, text, areas)

    if (match := _SECTOR.match(compact)) and f"{match.group(1)} {match.group(2)}" in areas.sectors:
        sector = f"{match.group(1)} {match.group(2)}"
        return Place(sector, "sector", *areas.sectors[sector])

    raise PostcodeError(_("Enter a real postcode, like WV1 1SH, or the first part, like WV10."))


def _not_found(text, outward, areas):
    if outward in areas.districts:
        raise PostcodeError(
            _(
                "We could not find %(postcode)s in Wolverhampton. "
                "Check it, or enter just the first part, like %(district)s."
            )
            % {"postcode": text, "district": outward}
        )
    raise PostcodeError(
        _(
            "%(postcode)s is outside Wolverhampton. Our hubs are for families living in the city: "
            "your own council can tell you about family hubs near you."
        )
        % {"postcode": text}
    )


# Ordering places across one city needs no trigonometry (SQLite has none in queries): squared
# distances in degrees, with longitude scaled for how far north the city is, sort the same.
LONGITUDE_SCALE = math.cos(math.radians(52.6))
KM_PER_DEGREE = 111.2


def km_from_squared_degrees(value):
    return math.sqrt(value) * KM_PER_DEGREE if value is not None else None


def distance_km(lat1, lon1, lat2, lon2):
    """Great-circle distance: plenty accurate across one city."""
    radius = 6371.0
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    d_phi, d_lambda = math.radians(lat2 - lat1), math.radians(lon2 - lon1)
    a = math.sin(d_phi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(d_lambda / 2) ** 2
    return 2 * radius * math.asin(math.sqrt(a))


def km_to_miles(km):
    return km / 1.609344
