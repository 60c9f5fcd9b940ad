from wagtail_modeltranslation.migrate.management.commands.migrate import Command as BaseCommand

from core.migration_wording import WordingBlindAutodetector


class Command(BaseCommand):
    """Django's migrate, as wagtail-modeltranslation changes it, with the same wording-blind
    check for unmade migrations as makemigrations (core/migration_wording.py)."""

    autodetector = WordingBlindAutodetector
