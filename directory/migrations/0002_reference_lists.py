from django.db import migrations

from directory.reference_data import ensure_directory_lists, ensure_synonyms


def seed(apps, schema_editor):
    ensure_directory_lists(
        apps.get_model("directory", "ServiceLevel"),
        apps.get_model("directory", "AccessRoute"),
        apps.get_model("directory", "DeliveryMode"),
        apps.get_model("directory", "Need"),
    )
    ensure_synonyms(apps.get_model("directory", "SearchSynonym"))


class Migration(migrations.Migration):
    dependencies = [("directory", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
