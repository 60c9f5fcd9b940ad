from django.apps import AppConfig


class FamilyInfoConfig(AppConfig):
    """Site-wide pages, settings and the look of every page."""

    name = "familyinfo"
    verbose_name = "Family information site"

    def ready(self):
        from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save

        from core import page_cache
        from core.safety import forget_rules
        from core.search_fields import analyse_page_titles_by_language
        from familyinfo.models import SafetyAnswer, SafetyAnswerLine
        from familyinfo.roles import strip_stock_groups

        # An editor's change to a safety answer reaches searches at once, not after the cache expires.
        for model in (SafetyAnswer, SafetyAnswerLine):
            post_save.connect(forget_rules, sender=model, dispatch_uid=f"safety-saved-{model.__name__}")
            post_delete.connect(forget_rules, sender=model, dispatch_uid=f"safety-deleted-{model.__name__}")
        for through in (SafetyAnswer.needs.through, SafetyAnswer.services.through):
            m2m_changed.connect(forget_rules, sender=through, dispatch_uid=f"safety-linked-{through.__name__}")

        # Page titles in each language get their language's analyser on Elasticsearch.
        analyse_page_titles_by_language()

        # Any change to what pages show makes the shared copies of pages out of date.
        page_cache.connect_signals()

        # Wagtail's stock Editors and Moderators keep no rights over the site (see roles.py).
        post_migrate.connect(strip_stock_groups, sender=self, dispatch_uid="familyinfo-strip-stock-groups")
