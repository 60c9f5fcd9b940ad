"""Who may use the parent champions' signposting log (directory/models/signposting.py): the
champions log their own signposting, and the Early years team, who support the champions,
read, correct and count every entry."""

from hubs.roles import EARLY_YEARS_TEAM

PARENT_CHAMPIONS = "Parent champions"
PERMISSIONS = {
    # Their own screen only ("Log signposting"): the log's listing needs the view permission.
    PARENT_CHAMPIONS: ["log_signposting"],
    EARLY_YEARS_TEAM: ["view_signpostingentry", "change_signpostingentry", "delete_signpostingentry"],
}


def may_log_signposting(user):
    return user.is_active and user.has_perm("directory.log_signposting")


def ensure_signposting_roles():
    """Idempotent: run after every migrate (familyinfo/seeds.py)."""
    from django.contrib.auth.models import Group, Permission

    admin_access = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    for name, codenames in PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(
            admin_access,
            *Permission.objects.filter(content_type__app_label="directory", codename__in=codenames),
        )
