"""Derive hubs/data/councils.csv: which council runs family help for a postcode near the city.

Usage: python scripts/derive_councils.py PATH_TO_SHARED_POSTCODES_FOLDER

Reads the same OS Code-Point Open extract as derive_postcodes.py (every live postcode in the
WV, WS, DY and B areas, with its local authority) and writes the smallest table that answers
"which council?" exactly for every postcode in it that is outside the City of Wolverhampton:

- a district (WS1) where every postcode is in one council;
- otherwise a sector (WS10 8) by its commonest council, with the postcodes that differ;
- every postcode, one by one, in a sector the city shares with a neighbour, so that a new
  postcode there is never sent away from the city by a guess.

Children's services belong to the upper-tier council, so district councils are written as
their county (South Staffordshire as Staffordshire). hubs/councils.py reads the file.
"""

import csv
import gzip
import sys
from collections import Counter, defaultdict
from pathlib import Path

CITY = "E08000031"
OUT = Path(__file__).resolve().parent.parent / "hubs" / "data" / "councils.csv"

# Local authority district (GSS code) -> the council that runs early help there.
COUNCILS = {
    "E06000020": "telford-and-wrekin",
    "E06000051": "shropshire",
    "E08000025": "birmingham",
    "E08000027": "dudley",
    "E08000028": "sandwell",
    "E08000029": "solihull",
    "E08000030": "walsall",
    # Staffordshire's districts: Cannock Chase, East Staffordshire, Lichfield,
    # South Staffordshire, Stafford, Tamworth.
    **dict.fromkeys(["E07000192", "E07000193", "E07000194", "E07000196", "E07000197", "E07000199"], "staffordshire"),
    # Worcestershire's: Bromsgrove, Malvern Hills, Redditch, Wychavon, Wyre Forest.
    **dict.fromkeys(["E07000234", "E07000235", "E07000236", "E07000238", "E07000239"], "worcestershire"),
    # Warwickshire's: North Warwickshire, Stratford-on-Avon, Warwick.
    **dict.fromkeys(["E07000218", "E07000221", "E07000222"], "warwickshire"),
    "E07000134": "leicestershire",  # North West Leicestershire
}


def main(source):
    with gzip.open(Path(source) / "wv_ws_dy_b_postcodes.csv.gz", "rt", newline="") as handle:
        rows = [row for row in csv.DictReader(handle) if row["lad_code"]]
    city_sectors = {row["sector"] for row in rows if row["lad_code"] == CITY}
    city_districts = {row["outcode"] for row in rows if row["lad_code"] == CITY}
    outside = [row for row in rows if row["lad_code"] != CITY]
    by_district, by_sector = defaultdict(Counter), defaultdict(Counter)
    for row in outside:
        council = COUNCILS[row["lad_code"]]
        by_district[row["outcode"]][council] += 1
        by_sector[row["sector"]][council] += 1

    table = []
    for district, councils in by_district.items():
        if len(councils) == 1 and district not in city_districts:
            table.append((district, next(iter(councils))))
    whole_districts = {area for area, _council in table}
    for row in outside:
        sector = row["sector"]
        if row["outcode"] in whole_districts:
            continue
        council = COUNCILS[row["lad_code"]]
        if sector in city_sectors or council != by_sector[sector].most_common(1)[0][0]:
            table.append((row["postcode"], council))
    for sector, councils in by_sector.items():
        if sector.split(" ")[0] not in whole_districts and sector not in city_sectors:
            table.append((sector, councils.most_common(1)[0][0]))

    table.sort()
    with OUT.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["area", "council"])
        writer.writerows(table)
    print(f"Wrote {len(table)} areas to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
