from django.apps import AppConfig


class HubsConfig(AppConfig):
    """Places: localities, Strengthening Families Hubs, outreach bases and parent champions."""

    name = "hubs"
    verbose_name = "Hubs and places"

    def ready(self):
        from django.db.models.signals import post_migrate

        from hubs import signals

        post_migrate.connect(signals.give_every_hub_its_managers_group, sender=self)
