"""Organisation editors: one group per organisation, whose members edit that organisation's
services only (a health visiting team keeps its clinics true, a charity its groups).

An organisation's services sit side by side with everyone else's under the service listing,
and Wagtail's page permissions reach down a subtree, so the group holds a permission on each of
its services, one by one: a service is a leaf, so that covers the service alone. Wagtail's own
checks then do the rest: the edit screen, the explorer and the admin's search show members
their services only, and with no publish permission every change goes to Publisher review.

The permissions follow the organisation on the service as it is live (a draft that names
another organisation changes nothing until a publisher approves it); the page's own row holds
that, so it is read back from the database rather than from the instance being saved.
"""

from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission

PREFIX = "Organisation editors: "
PAGE_PERMISSION = ("wagtailcore", "change_page")


def group_name(organisation):
    return f"{PREFIX}{organisation.name}"


def ensure_editors_group(organisation):
    """Make the organisation's group if it is missing; rename it if the organisation was renamed."""
    from directory.models import Organisation

    group = organisation.editors
    if group is not None:
        if group.name != group_name(organisation):
            group.name = group_name(organisation)
            group.save(update_fields=["name"])
        return group
    group, _ = Group.objects.get_or_create(name=group_name(organisation))
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    # update() rather than save(): saving would call this again through the signal.
    Organisation.objects.filter(pk=organisation.pk).update(editors=group)
    organisation.editors = group
    return group


def editors_groups():
    return Group.objects.filter(organisation__isnull=False)


def give_services_to_their_editors(service_ids=None):
    """Each service's page permission belongs to its live organisation's group, and no other
    organisation's. All services, or only those given."""
    from directory.models import ServicePage

    services = ServicePage.objects.all()
    held = GroupPagePermission.objects.filter(group__in=editors_groups())
    if service_ids is not None:
        services, held = services.filter(pk__in=service_ids), held.filter(page_id__in=service_ids)
    change = change_page_permission()
    wanted = {
        (group_id, page_id)
        for page_id, group_id in services.values_list("pk", "organisation__editors_id")
        if group_id is not None
    }
    existing = {(row.group_id, row.page_id): row.pk for row in held.filter(permission=change)}
    held.exclude(pk__in=[pk for key, pk in existing.items() if key in wanted]).delete()
    GroupPagePermission.objects.bulk_create(
        [
            GroupPagePermission(group_id=group_id, page_id=page_id, permission=change)
            for group_id, page_id in wanted - set(existing)
        ]
    )


def ensure_every_organisations_editors():
    """Every organisation's group, and every service's permission: after each migrate, for
    organisations and services made before the groups were, or changed by bulk updates that
    send no signals. Idempotent."""
    from directory.models import Organisation

    for organisation in Organisation.objects.select_related("editors"):
        ensure_editors_group(organisation)
    give_services_to_their_editors()


def change_page_permission():
    app_label, codename = PAGE_PERMISSION
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def editors_of(organisation):
    """The active members of the organisation's group who have an email address."""
    from django.contrib.auth import get_user_model

    if organisation.editors_id is None:
        return get_user_model().objects.none()
    return get_user_model().objects.filter(groups=organisation.editors_id, is_active=True).exclude(email="")
