from django.apps import AppConfig


class CoreConfig(AppConfig):
    """The shared kernel: what every app of the site uses (languages and their text analysis,
    search helpers, caching of pages, the mail queue, site-wide contacts, admin panels). It
    imports no other app of the project (an import-linter contract in pyproject.toml)."""

    name = "core"
    verbose_name = "Shared kernel"

    def ready(self):
        from core import page_cache

        # Any change to what pages show makes the shared copies of pages out of date.
        page_cache.connect_signals()

    def seed(self):
        """After every migrate (familyinfo/seeds.py): the languages families speak."""
        from core.models import SpokenLanguage
        from core.spoken_languages import ensure_spoken_languages

        ensure_spoken_languages(SpokenLanguage)
