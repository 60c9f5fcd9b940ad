"""Hub managers: one group per hub, whose members edit that hub's pages and events only.

The group's page permissions sit on the hub page, so they cover its outreach bases and events
too, and nothing else. Managers draft; the review-and-publish workflow puts their changes live.
"""

from django.contrib.auth.models import Group, Permission
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

PREFIX = "Hub managers: "
PAGE_PERMISSIONS = ["add_page", "change_page"]
COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "choose_document"),
]


def group_name(hub):
    return f"{PREFIX}{hub.locality.name}"


def manager_group(hub):
    """The hub's managers' group, or None if it has not been made yet."""
    return Group.objects.filter(name__startswith=PREFIX, page_permissions__page=hub).distinct().first()


def ensure_manager_group(hub):
    """Make the hub's group if it is missing; rename it if the hub's locality was renamed."""
    group = manager_group(hub)
    if group is not None:
        if group.name != group_name(hub):
            group.name = group_name(hub)
            group.save(update_fields=["name"])
        return group
    group, _ = Group.objects.get_or_create(name=group_name(hub))
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    for codename in PAGE_PERMISSIONS:
        permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
        GroupPagePermission.objects.get_or_create(group=group, page=hub, permission=permission)
    root = Collection.get_first_root_node()
    for app_label, codename in COLLECTION_PERMISSIONS:
        permission = Permission.objects.get(content_type__app_label=app_label, codename=codename)
        GroupCollectionPermission.objects.get_or_create(group=group, collection=root, permission=permission)
    return group
