"""The early years team's group: they follow up people who want to be parent champions."""

EARLY_YEARS_TEAM = "Early years team"
PERMISSIONS = [("hubs", "championinterest", ("view", "change", "delete"))]


def ensure_early_years_team():
    """Idempotent: run after every migrate (familyinfo/seeds.py)."""
    from django.contrib.auth.models import Group, Permission

    group, _ = Group.objects.get_or_create(name=EARLY_YEARS_TEAM)
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    for app_label, model, actions in PERMISSIONS:
        for action in actions:
            group.permissions.add(
                Permission.objects.get(content_type__app_label=app_label, codename=f"{action}_{model}")
            )
