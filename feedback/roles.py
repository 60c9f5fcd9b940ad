"""Who changes the feedback questions: the FIS team, who keep every form on the site true and
translated. Who reads the answers is not a permission but the pages a person looks after
(feedback/access.py); the Insight area shows the figures to insight officers and desk managers."""

# Group names as familyinfo/roles.py makes them (that module sits above this app).
FIS_EDITORS = "FIS editors"
FIS_PUBLISHERS = "FIS publishers"
QUESTIONS = ("view_feedbackversion", "change_feedbackversion")


def ensure_feedback_roles():
    """Idempotent: run after every migrate (familyinfo/seeds.py)."""
    from django.contrib.auth.models import Group, Permission

    admin_access = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    questions = Permission.objects.filter(content_type__app_label="feedback", codename__in=QUESTIONS)
    for name in (FIS_EDITORS, FIS_PUBLISHERS):
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(admin_access, *questions)
