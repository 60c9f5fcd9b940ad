from django.db import migrations

from familyinfo.spoken_languages import SPOKEN_LANGUAGES


def seed(apps, schema_editor):
    SpokenLanguage = apps.get_model("familyinfo", "SpokenLanguage")
    for order, (code, name, native_name) in enumerate(SPOKEN_LANGUAGES):
        SpokenLanguage.objects.update_or_create(
            code=code,
            defaults={"name": name, "name_en": name, "native_name": native_name, "sort_order": order * 10},
        )


class Migration(migrations.Migration):
    dependencies = [("familyinfo", "0002_spokenlanguage")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
