from django.apps import AppConfig


class TranslationsConfig(AppConfig):
    """The site's languages and the registration of translatable content."""

    name = "translations"
    verbose_name = "Languages and translations"

    def ready(self):
        from translations import signals

        signals.connect()
