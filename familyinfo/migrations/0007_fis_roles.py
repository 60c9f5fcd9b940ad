"""The Families Information Service's roles as groups (see the README's "Roles").

Page permissions are granted on the root page, so they cover the whole site; the early help
desk and early years team groups are made by their own apps' migrations.
"""

from django.db import migrations

from familyinfo.migration_helpers import make_permissions, permission_getter

EDITORS = "FIS editors"
PUBLISHERS = "FIS publishers"
INSIGHT = "Insight officers"
SNIPPETS = [
    ("directory", "need"),
    ("directory", "organisation"),
    ("directory", "searchsynonym"),
    ("hubs", "venue"),
    ("hubs", "parentchampion"),
]


def create_roles(apps, schema_editor):
    make_permissions(apps)

    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    permission = permission_getter(apps)

    admin_access = permission("wagtailadmin", "access_admin")
    root = Page.objects.filter(depth=1).first()
    collection = Collection.objects.filter(depth=1).first()
    for name, page_actions, snippet_actions in [
        (EDITORS, ["add_page", "change_page"], ["view", "add", "change"]),
        (PUBLISHERS, ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"], ["view", "add", "change", "delete"]),
    ]:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(admin_access)
        for app_label, model in SNIPPETS:
            for action in snippet_actions:
                group.permissions.add(permission(app_label, f"{action}_{model}"))
        if root:
            for codename in page_actions:
                GroupPagePermission.objects.get_or_create(group=group, page=root, permission=permission("wagtailcore", codename))
        if collection:
            for app_label, model in [("wagtailimages", "image"), ("wagtaildocs", "document")]:
                for action in ("add", "change", "choose"):
                    GroupCollectionPermission.objects.get_or_create(
                        group=group, collection=collection, permission=permission(app_label, f"{action}_{model}")
                    )
    insight, _ = Group.objects.get_or_create(name=INSIGHT)
    insight.permissions.add(admin_access, permission("directory", "view_unmetsearch"))


class Migration(migrations.Migration):
    dependencies = [
        ("familyinfo", "0006_referral_page_help"),
        ("directory", "0003_imported_records"),
        ("hubs", "0005_venue"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
