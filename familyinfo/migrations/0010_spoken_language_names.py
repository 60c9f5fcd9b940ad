from django.db import migrations

from core.spoken_languages import ensure_spoken_languages


def name_in_every_site_language(apps, schema_editor):
    ensure_spoken_languages(apps.get_model("familyinfo", "SpokenLanguage"))


class Migration(migrations.Migration):
    """Each spoken language's name in the site's languages, where an editor has not written it."""

    dependencies = [("familyinfo", "0009_editor_help_text")]

    operations = [migrations.RunPython(name_in_every_site_language, migrations.RunPython.noop)]
