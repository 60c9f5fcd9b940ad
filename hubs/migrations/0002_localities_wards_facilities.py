from django.db import migrations

from hubs.reference_data import ensure_places


def seed(apps, schema_editor):
    ensure_places(apps.get_model("hubs", "Locality"), apps.get_model("hubs", "Ward"), apps.get_model("hubs", "Facility"))


class Migration(migrations.Migration):
    dependencies = [("hubs", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
