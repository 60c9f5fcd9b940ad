from django.apps import AppConfig


class FamilyInfoConfig(AppConfig):
    """Site-wide pages, settings and the look of every page."""

    name = "familyinfo"
    verbose_name = "Family information site"
