from wagtail_modeltranslation.makemigrations.management.commands.makemigrations import Command as BaseCommand

from core.migration_wording import WordingBlindAutodetector


class Command(BaseCommand):
    """Django's makemigrations, as wagtail-modeltranslation changes it, blind to wording
    (core/migration_wording.py)."""

    autodetector = WordingBlindAutodetector
