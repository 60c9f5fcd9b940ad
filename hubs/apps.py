from django.apps import AppConfig


class HubsConfig(AppConfig):
    """Places: localities, Strengthening Families Hubs, outreach bases and parent champions."""

    name = "hubs"
    verbose_name = "Hubs and places"

    def ready(self):
        from hubs import signals  # noqa: F401 - connects the hub managers' groups
