from django.apps import AppConfig


class HubsConfig(AppConfig):
    """Places: localities, Strengthening Families Hubs, outreach bases and parent champions."""

    name = "hubs"
    verbose_name = "Hubs and places"

    def ready(self):
        from django.db.models.signals import post_migrate

        from hubs import signals

        post_migrate.connect(signals.give_every_hub_its_managers_group, sender=self)

    def seed(self):
        """After every migrate (familyinfo/seeds.py): localities, wards and facilities, and the
        early years team's group, and this school year's and next year's terms."""
        from hubs.models import Facility, Locality, SchoolTerm, Ward
        from hubs.reference_data import ensure_places
        from hubs.roles import ensure_early_years_team
        from hubs.term_dates import ensure_school_terms

        ensure_places(Locality, Ward, Facility)
        ensure_early_years_team()
        ensure_school_terms(SchoolTerm)
