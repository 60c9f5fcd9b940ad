"""The site's roles as groups, made after every migrate (see familyinfo/seeds.py), and Wagtail's
stock groups kept powerless.

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


EDITORS = "FIS editors"
PUBLISHERS = "FIS publishers"
INSIGHT = "Insight officers"
TRANSLATORS = "Translators"
WORKFLOW = "Publisher review"  # the editors read "Submit to Publisher review"
TASK = "Publisher review"
# Snippets the Families Information Service team keeps: (app label, model).
SNIPPETS = [
    ("directory", "need"),
    ("directory", "organisation"),
    ("directory", "searchsynonym"),
    ("hubs", "venue"),
    ("hubs", "parentchampion"),
    ("hubs", "schoolterm"),
]
# A site alert shows on every page the moment it starts, with no review on the way: like
# publishing, it is for publishers only.
PUBLISHERS_ONLY_SNIPPETS = [("core", "sitealert")]
PAGE_ACTIONS = {
    EDITORS: ["add_page", "change_page"],
    PUBLISHERS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}
SNIPPET_ACTIONS = {EDITORS: ["view", "add", "change"], PUBLISHERS: ["view", "add", "change", "delete"]}


def permission(app_label, codename):
    from django.contrib.auth.models import Permission

    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def root_page(Page):  # noqa: N803 - a model class
    # Only its id: on a new database this runs before wagtail-modeltranslation has added the
    # page table's language columns.
    return Page.objects.filter(depth=1).only("id").first()


def ensure_fis_roles():
    """The Families Information Service's groups: editors draft, publishers approve and publish
    (page permissions on the root page cover the whole site), insight officers read reports and
    the Insight area, translators translate. Idempotent: run after every migrate."""
    from django.contrib.auth.models import Group
    from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

    admin_access = permission("wagtailadmin", "access_admin")
    translate = permission("translations", "translate_content")
    root = root_page(Page)
    collection = Collection.get_first_root_node()
    for name in (EDITORS, PUBLISHERS):
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(admin_access, translate)
        for app_label, model in SNIPPETS + (PUBLISHERS_ONLY_SNIPPETS if name == PUBLISHERS else []):
            group.permissions.add(*[permission(app_label, f"{action}_{model}") for action in SNIPPET_ACTIONS[name]])
        if root:
            for codename in PAGE_ACTIONS[name]:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=root, permission=permission("wagtailcore", codename)
                )
        if collection:
            for app_label, model in [("wagtailimages", "image"), ("wagtaildocs", "document")]:
                for action in ("add", "change", "choose"):
                    GroupCollectionPermission.objects.get_or_create(
                        group=group, collection=collection, permission=permission(app_label, f"{action}_{model}")
                    )
    insight, _ = Group.objects.get_or_create(name=INSIGHT)
    insight.permissions.add(
        admin_access,
        permission("core", "view_insight"),
        permission("directory", "view_unmetsearch"),
        permission("translations", "view_translationrecord"),
    )
    translators, _ = Group.objects.get_or_create(name=TRANSLATORS)
    translators.permissions.add(admin_access, translate)


def ensure_review_workflow():
    """Every page change by someone who cannot publish goes to the FIS publishers: the
    workflow sits on the root page, in place of Wagtail's default moderators' workflow."""
    from django.contrib.auth.models import Group
    from wagtail.models import GroupApprovalTask, Page, Workflow, WorkflowPage, WorkflowTask

    task = GroupApprovalTask.objects.filter(name=TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK, active=True)
    task.groups.add(Group.objects.get_or_create(name=PUBLISHERS)[0])
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    root = root_page(Page)
    if root:
        WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
