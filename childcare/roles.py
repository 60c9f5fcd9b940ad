"""Who may do what with childcare: the early years team (the childcare sufficiency officers)
and the FIS team keep providers and their vacancies; publishers change the offer's rules,
which change what every family is told; insight officers read the checker's counts."""

from hubs.roles import EARLY_YEARS_TEAM

# Group names as familyinfo/roles.py makes them (that module sits above this app).
FIS_EDITORS = "FIS editors"
FIS_PUBLISHERS = "FIS publishers"
INSIGHT = "Insight officers"

PERMISSIONS = {
    EARLY_YEARS_TEAM: [
        ("childcareprovider", ("view", "add", "change")),
        ("offerrule", ("view",)),
        ("offercheckcount", ("view",)),
    ],
    FIS_EDITORS: [("childcareprovider", ("view", "change")), ("offerrule", ("view",))],
    FIS_PUBLISHERS: [
        ("childcareprovider", ("view", "add", "change", "delete")),
        ("offerrule", ("view", "add", "change", "delete")),
    ],
    INSIGHT: [("offercheckcount", ("view",))],
}


def ensure_childcare_roles():
    """Idempotent: run after every migrate (familyinfo/seeds.py), after the groups exist."""
    from django.contrib.auth.models import Group, Permission

    admin_access = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    for name, grants in PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(admin_access)
        for model, actions in grants:
            group.permissions.add(
                *Permission.objects.filter(
                    content_type__app_label="childcare", codename__in=[f"{action}_{model}" for action in actions]
                )
            )
