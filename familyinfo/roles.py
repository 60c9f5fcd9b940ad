"""Wagtail's stock groups kept powerless, after every migrate.

Wagtail's first migrations make "Editors" and "Moderators" and give them add, edit and publish
rights on the root page (so the whole site) and on every image and document. This site's roles
are its own groups (see the README's "Roles"); an administrator who put someone in "Editors",
expecting the FIS editors' rights, would have given them publishing rights past the Publisher
review workflow. So those page and collection permissions are taken away after each migrate: on
a new database, and on one that already holds them. The groups themselves stay (an empty group
harms nobody, and a deleted one would only come back with a newer Wagtail's migrations).
"""

STOCK_GROUPS = ("Editors", "Moderators")


def strip_stock_groups(**kwargs):
    """Take every page and collection permission from Wagtail's stock groups; idempotent."""
    from wagtail.models import GroupCollectionPermission, GroupPagePermission

    GroupPagePermission.objects.filter(group__name__in=STOCK_GROUPS).delete()
    GroupCollectionPermission.objects.filter(group__name__in=STOCK_GROUPS).delete()
