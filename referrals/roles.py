"""The early help desk's groups: the only people who may open self-referrals."""

DESK = "Early help desk"
DESK_MANAGERS = "Early help desk managers"
DESK_PERMISSIONS = ["view_referral", "change_referral", "export_referral"]


def ensure_desk_groups():
    """The desk reads and triages referrals; its managers also read the audit log and the
    Insight area.
    Idempotent: run after every migrate (familyinfo/seeds.py)."""
    from django.contrib.auth.models import Group, Permission

    admin_access = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    desk_permissions = list(
        Permission.objects.filter(content_type__app_label="referrals", codename__in=DESK_PERMISSIONS)
    )
    audit = Permission.objects.get(content_type__app_label="referrals", codename="view_auditevent")
    # The Insight area's figures (counts, never a family), for planning the desk's work.
    insight = Permission.objects.get(content_type__app_label="core", codename="view_insight")
    desk, _ = Group.objects.get_or_create(name=DESK)
    desk.permissions.add(admin_access, *desk_permissions)
    managers, _ = Group.objects.get_or_create(name=DESK_MANAGERS)
    managers.permissions.add(admin_access, audit, insight, *desk_permissions)
