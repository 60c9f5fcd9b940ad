"""The localities, wards and facilities every installation starts with.

Used by the data migration (with historical models) and by `load_demo` (which repairs a
database that was emptied, as transactional tests do).
"""

import csv
from pathlib import Path

from hubs.localities import FACILITIES, LOCALITIES

WARDS_CSV = Path(__file__).resolve().parent / "data" / "wards.csv"


def ensure_places(Locality, Ward, Facility):  # noqa: N803 - model classes, historical or current
    with WARDS_CSV.open(newline="") as handle:
        ward_codes = {row["ward_name"]: row["ward_code"] for row in csv.DictReader(handle)}
    for spec in LOCALITIES:
        if Locality.objects.filter(number=spec["number"]).exists():
            continue
        priorities = "<ul>" + "".join(f"<li>{item}</li>" for item in spec["priorities"]) + "</ul>"
        locality = Locality.objects.create(
            number=spec["number"],
            name=spec["name"],
            name_en=spec["name"],
            area_name=spec["area_name"],
            area_name_en=spec["area_name"],
            local_priorities=priorities,
            local_priorities_en=priorities,
        )
        for ward_name in spec["wards"]:
            Ward.objects.update_or_create(
                code=ward_codes[ward_name], defaults={"name": ward_name, "locality": locality}
            )
    for order, name in enumerate(FACILITIES):
        Facility.objects.get_or_create(name=name, defaults={"name_en": name, "sort_order": order * 10})
