from django.apps import AppConfig


class CoreConfig(AppConfig):
    """The shared kernel: what every app of the site uses (languages and their text analysis,
    search helpers, caching of pages, safety answers, mail queue, admin panels). It imports
    no other app of the project."""

    name = "core"
    verbose_name = "Shared kernel"
