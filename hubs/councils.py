"""Which council runs family help for a postcode outside the City of Wolverhampton.

The early help desk and the hubs serve families who live in the city. A family whose postcode
is in a neighbouring council's area is told which council to contact, from the same OS
Code-Point Open data as hubs/postcodes.py (hubs/data/councils.csv, made by
scripts/derive_councils.py). For a postcode further away we cannot say, and point to GOV.UK's
"Find your local council".
"""

import csv
from dataclasses import dataclass
from functools import cache
from typing import ClassVar

from hubs.postcodes import DATA_DIR, _areas, normalise

FIND_YOUR_COUNCIL_URL = "https://www.gov.uk/find-local-council"


@dataclass(frozen=True)
class Council:
    slug: str
    name: str  # a proper name, the same in every language


COUNCILS = {
    council.slug: council
    for council in [
        Council("birmingham", "Birmingham City Council"),
        Council("dudley", "Dudley Council"),
        Council("leicestershire", "Leicestershire County Council"),
        Council("sandwell", "Sandwell Council"),
        Council("shropshire", "Shropshire Council"),
        Council("solihull", "Solihull Council"),
        Council("staffordshire", "Staffordshire County Council"),
        Council("telford-and-wrekin", "Telford and Wrekin Council"),
        Council("walsall", "Walsall Council"),
        Council("warwickshire", "Warwickshire County Council"),
        Council("worcestershire", "Worcestershire County Council"),
    ]
}


@dataclass(frozen=True)
class Outside:
    """A postcode outside the city: the council to contact, when we know it."""

    postcode: str
    council: Council | None
    # GOV.UK finds anyone's council from their postcode: for every answer, even when we know it.
    find_council_url: ClassVar[str] = FIND_YOUR_COUNCIL_URL


@cache
def _table():
    with (DATA_DIR / "councils.csv").open(newline="") as handle:
        return {row["area"]: COUNCILS[row["council"]] for row in csv.DictReader(handle)}


def outside_city(postcode):
    """None when a full postcode is in the city (or may be: a new postcode in a sector the
    city has), otherwise an Outside naming the council where we know it."""
    text = normalise(postcode)
    if " " not in text:
        return None
    outward, inward = text.split(" ", 1)
    sector = f"{outward} {inward[:1]}"
    areas, table = _areas(), _table()
    if text in areas.postcodes:
        return None
    for area in (text, sector, outward):
        if area in table:
            return Outside(text, table[area])
    if sector in areas.sectors:
        return None
    return Outside(text, None)
