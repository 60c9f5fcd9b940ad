from django.db import migrations

from familyinfo.migration_helpers import make_permissions

DESK = "Early help desk"
DESK_MANAGERS = "Early help desk managers"
DESK_PERMISSIONS = ["view_referral", "change_referral", "export_referral"]


def create_groups(apps, schema_editor):
    make_permissions(apps)

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    admin_access = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    desk_permissions = list(Permission.objects.filter(content_type__app_label="referrals", codename__in=DESK_PERMISSIONS))
    audit = Permission.objects.get(content_type__app_label="referrals", codename="view_auditevent")
    desk, _ = Group.objects.get_or_create(name=DESK)
    desk.permissions.add(admin_access, *desk_permissions)
    managers, _ = Group.objects.get_or_create(name=DESK_MANAGERS)
    managers.permissions.add(admin_access, audit, *desk_permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("referrals", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
