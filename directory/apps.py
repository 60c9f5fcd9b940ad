from django.apps import AppConfig


class DirectoryConfig(AppConfig):
    """The service menu: every early help service, its levels, needs and schedules, and the
    safety answers that frightened searches are given."""

    name = "directory"
    verbose_name = "Service directory"

    def ready(self):
        from django.db.models.signals import m2m_changed, post_delete, post_save

        from core.page_views import page_viewed
        from directory import signals  # noqa: F401 - connects the cache invalidation
        from directory.models import SafetyAnswer, SafetyAnswerLine
        from directory.page_views import count_service_view
        from directory.safety import forget_rules

        # An editor's change to a safety answer reaches searches at once, not after the cache expires.
        for model in (SafetyAnswer, SafetyAnswerLine):
            post_save.connect(forget_rules, sender=model, dispatch_uid=f"safety-saved-{model.__name__}")
            post_delete.connect(forget_rules, sender=model, dispatch_uid=f"safety-deleted-{model.__name__}")
        for through in (SafetyAnswer.needs.through, SafetyAnswer.services.through):
            m2m_changed.connect(forget_rules, sender=through, dispatch_uid=f"safety-linked-{through.__name__}")
        page_viewed.connect(count_service_view, dispatch_uid="count-service-views")

    def seed(self):
        """After every migrate (familyinfo/seeds.py): levels, needs, ways in, delivery modes,
        the starting search synonyms, each organisation's editors' group, and who may use the
        parent champions' signposting log."""
        from directory.models import AccessRoute, DeliveryMode, Need, SearchSynonym, ServiceLevel
        from directory.organisation_editors import ensure_every_organisations_editors
        from directory.reference_data import ensure_directory_lists, ensure_language_synonyms, ensure_synonyms
        from directory.roles import ensure_signposting_roles

        ensure_directory_lists(ServiceLevel, AccessRoute, DeliveryMode, Need)
        ensure_synonyms(SearchSynonym)
        ensure_language_synonyms(SearchSynonym)
        ensure_every_organisations_editors()
        ensure_signposting_roles()
