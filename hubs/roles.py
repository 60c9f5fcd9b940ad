"""The early years team's group: they follow up people who want to be parent champions, and
keep the champions' profiles with the FIS team."""

EARLY_YEARS_TEAM = "Early years team"
PERMISSIONS = [
    ("hubs", "championinterest", ("view", "change", "delete")),
    # An active champion's profile is started from their interest (hubs/champion_admin.py).
    ("hubs", "parentchampion", ("view", "add", "change")),
]


def in_early_years_team(user):
    """Membership by name: Django gives superusers every permission, and interest holds
    people's contact details that only the team needs (see hubs/wagtail_hooks.py)."""
    return bool(
        user and user.is_authenticated and user.is_active and user.groups.filter(name=EARLY_YEARS_TEAM).exists()
    )


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
