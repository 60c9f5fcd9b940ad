from django.apps import AppConfig


class FamilyInfoConfig(AppConfig):
    """The project's wiring: settings, addresses, middleware, the demo, and what every
    migrate ends with (the reference lists and the roles, see familyinfo/seeds.py)."""

    name = "familyinfo"
    verbose_name = "Family information site"

    def ready(self):
        from django.db.models.signals import post_migrate

        from core.search_fields import analyse_page_titles_by_language
        from familyinfo.seeds import seed_after_migrate

        # Page titles in each language get their language's analyser on Elasticsearch. Here,
        # not in core: this app is ready after wagtail-modeltranslation has added the titles.
        analyse_page_titles_by_language()

        # Connected for every app, acted on for the last: migrate signals app by app, and apps
        # without models (this one) are not signalled at all.
        post_migrate.connect(seed_after_migrate, dispatch_uid="familyinfo-seed")

    def seed(self):
        """The Families Information Service's roles and review workflow; Wagtail's stock
        groups kept powerless (familyinfo/roles.py)."""
        from familyinfo.roles import ensure_fis_roles, ensure_review_workflow, strip_stock_groups

        ensure_fis_roles()
        ensure_review_workflow()
        strip_stock_groups()
