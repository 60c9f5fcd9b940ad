"""What every database starts with, made after every migrate instead of by data migrations:
each app's reference lists and roles (an app says what it needs in its AppConfig's `seed`:
spoken languages, localities and wards, levels, needs, ways in, search synonyms, groups).
Each seed is idempotent: it adds what is missing and leaves what editors changed.
"""

from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.contenttypes.management import create_contenttypes


def seed_after_migrate(sender, using="default", **kwargs):
    if sender is not last_app_with_models():
        return
    make_every_permission(using)
    for app_config in apps.get_app_configs():
        if hasattr(app_config, "seed"):
            app_config.seed()


def last_app_with_models():
    return [app_config for app_config in apps.get_app_configs() if app_config.models_module is not None][-1]


def make_every_permission(using):
    """Content types and permissions of every app, now: Django makes them app by app as the
    same signal goes round, and the roles need them all."""
    for app_config in apps.get_app_configs():
        create_contenttypes(app_config, verbosity=0, using=using)
        create_permissions(app_config, verbosity=0, using=using)
