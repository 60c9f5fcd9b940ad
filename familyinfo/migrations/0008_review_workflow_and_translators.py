"""The review-and-publish workflow, and the translators' and insight officers' report access.

Every page change made by someone who cannot publish (FIS editors, hub managers) goes to the
FIS publishers for approval. The workflow sits on the root page, replacing Wagtail's default
moderators' workflow, so services, hubs, their events and every other page follow it.
"""

from django.db import migrations

from familyinfo.migration_helpers import make_permissions, permission_getter

WORKFLOW = "Publisher review"  # the editors read "Submit to Publisher review"
TASK = "Publisher review"
PUBLISHERS = "FIS publishers"
EDITORS = "FIS editors"
INSIGHT = "Insight officers"
TRANSLATORS = "Translators"


def create_workflow_and_roles(apps, schema_editor):
    make_permissions(apps)

    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    permission = permission_getter(apps)

    task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    task, _ = GroupApprovalTask.objects.get_or_create(name=TASK, defaults={"content_type": task_type, "active": True})
    task.groups.add(Group.objects.get_or_create(name=PUBLISHERS)[0])
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    root = Page.objects.filter(depth=1).first()
    if root:
        WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})

    translate = permission("translations", "translate_content")
    translators, _ = Group.objects.get_or_create(name=TRANSLATORS)
    translators.permissions.add(permission("wagtailadmin", "access_admin"), translate)
    for name in (EDITORS, PUBLISHERS):
        Group.objects.get_or_create(name=name)[0].permissions.add(translate)
    Group.objects.get_or_create(name=INSIGHT)[0].permissions.add(permission("translations", "view_translationrecord"))


class Migration(migrations.Migration):
    dependencies = [
        ("familyinfo", "0007_fis_roles"),
        ("translations", "0002_translator_permission"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_workflow_and_roles, migrations.RunPython.noop)]
