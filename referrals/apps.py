from django.apps import AppConfig


class ReferralsConfig(AppConfig):
    """Self-referrals to the early help desk. Holds personal data: kept apart on purpose."""

    name = "referrals"
    verbose_name = "Referrals"

    def ready(self):
        from django.contrib.auth import get_user_model
        from django.db.models.signals import m2m_changed, pre_delete

        from referrals import audit

        # Who is on the desk decides who sees referrals: every change goes in the audit log.
        User = get_user_model()
        m2m_changed.connect(audit.desk_membership_changed, sender=User.groups.through, dispatch_uid="desk-membership")
        pre_delete.connect(audit.desk_member_deleted, sender=User, dispatch_uid="desk-member-deleted")

    def seed(self):
        """After every migrate (familyinfo/seeds.py): the early help desk's groups."""
        from referrals.roles import ensure_desk_groups

        ensure_desk_groups()

    def load_demo_statistics(self):
        """For `load_demo`, which may not import this app: the demo's past referrals, anonymised,
        for the Insight area's figures. Returns how many there are."""
        from referrals.demo import load_demo_referrals

        return load_demo_referrals()
