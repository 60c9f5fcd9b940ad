"""Shared by the data migrations that create groups (hubs, referrals, familyinfo)."""


def make_permissions(apps):
    """Create content types and permissions now. Django normally makes them after all
    migrations have run, but a migration that gives a group its permissions needs them."""
    from django.contrib.auth.management import create_permissions
    from django.contrib.contenttypes.management import create_contenttypes

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_contenttypes(app_config, verbosity=0, apps=apps)
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None


def permission_getter(apps):
    """A function that finds a permission by app label and codename, for the given migration state."""
    Permission = apps.get_model("auth", "Permission")

    def permission(app_label, codename):
        return Permission.objects.get(content_type__app_label=app_label, codename=codename)

    return permission
