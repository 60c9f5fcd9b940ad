from django.apps import AppConfig


class DirectoryConfig(AppConfig):
    """The service menu: every early help service, its levels, needs and schedules."""

    name = "directory"
    verbose_name = "Service directory"

    def ready(self):
        from directory import signals  # noqa: F401 - connects the cache invalidation
