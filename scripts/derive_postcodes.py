"""Derive the postcode files the hub finder ships with, from the OS Code-Point Open extract.

Usage: python scripts/derive_postcodes.py PATH_TO_SHARED_POSTCODES_FOLDER

Writes, under hubs/data/:
- postcodes.csv: every live postcode in the City of Wolverhampton, with its centroid and ward;
- wards.csv: the city's 20 wards (2023 boundaries) with their centroids.
The site reads only these files at run time.
"""

import csv
import gzip
import sys
from pathlib import Path

CITY_OF_WOLVERHAMPTON = "E08000031"
OUT = Path(__file__).resolve().parent.parent / "hubs" / "data"


def main(source):
    source = Path(source)
    OUT.mkdir(parents=True, exist_ok=True)
    with gzip.open(source / "wv_ws_dy_b_postcodes.csv.gz", "rt", newline="") as handle:
        rows = [row for row in csv.DictReader(handle) if row["lad_code"] == CITY_OF_WOLVERHAMPTON]
    rows.sort(key=lambda row: (row["outcode"], row["postcode"]))
    with (OUT / "postcodes.csv").open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["postcode", "lat", "lon", "ward_code"])
        for row in rows:
            writer.writerow([row["postcode"], row["lat"], row["lon"], row["ward_code"]])

    with (
        (source / "wolverhampton_wards.csv").open(newline="") as handle,
        (OUT / "wards.csv").open("w", newline="") as out,
    ):
        writer = csv.writer(out)
        writer.writerow(["ward_code", "ward_name", "lat", "lon"])
        for row in csv.DictReader(handle):
            writer.writerow([row["ward_code"], row["ward_name"], row["lat"], row["lon"]])

    print(f"Wrote {len(rows)} postcodes to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
