from django.db import migrations

from core.spoken_languages import ensure_spoken_languages


def seed(apps, schema_editor):
    ensure_spoken_languages(apps.get_model("familyinfo", "SpokenLanguage"))


class Migration(migrations.Migration):
    dependencies = [("familyinfo", "0002_spokenlanguage")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
