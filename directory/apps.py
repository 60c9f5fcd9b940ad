from django.apps import AppConfig


class DirectoryConfig(AppConfig):
    """The service menu: every early help service, its levels, needs and schedules."""

    name = "directory"
    verbose_name = "Service directory"
