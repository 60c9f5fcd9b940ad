import csv
from pathlib import Path

from django.db import migrations

from hubs.localities import FACILITIES, LOCALITIES

WARDS_CSV = Path(__file__).resolve().parent.parent / "data" / "wards.csv"


def seed(apps, schema_editor):
    Locality = apps.get_model("hubs", "Locality")
    Ward = apps.get_model("hubs", "Ward")
    Facility = apps.get_model("hubs", "Facility")
    with WARDS_CSV.open(newline="") as handle:
        ward_codes = {row["ward_name"]: row["ward_code"] for row in csv.DictReader(handle)}
    for spec in LOCALITIES:
        priorities = "<ul>" + "".join(f"<li>{item}</li>" for item in spec["priorities"]) + "</ul>"
        locality, _ = Locality.objects.update_or_create(
            number=spec["number"],
            defaults={
                "name": spec["name"],
                "name_en": spec["name"],
                "area_name": spec["area_name"],
                "area_name_en": spec["area_name"],
                "local_priorities": priorities,
                "local_priorities_en": priorities,
            },
        )
        for ward_name in spec["wards"]:
            Ward.objects.update_or_create(
                code=ward_codes[ward_name], defaults={"name": ward_name, "locality": locality}
            )
    for order, name in enumerate(FACILITIES):
        Facility.objects.update_or_create(name=name, defaults={"name_en": name, "sort_order": order * 10})


class Migration(migrations.Migration):
    dependencies = [("hubs", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
