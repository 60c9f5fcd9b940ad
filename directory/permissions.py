"""Who may work on the service listing, from Wagtail's page permissions (see the README's
"Roles"): the review report, the spreadsheet and the dashboard use these. The FIS team's
permissions on the listing page cover every service; an organisation editor's cover their own
organisation's services, one by one (organisation_editors.py)."""

from wagtail.permission_policies.pages import PagePermissionPolicy

from directory.models import ServiceIndexPage, ServicePage


def listing_permissions(user):
    listing = ServiceIndexPage.objects.first()
    return listing.permissions_for_user(user) if listing is not None else None


def can_edit_service_listing(user):
    permissions = listing_permissions(user)
    return permissions is not None and permissions.can_edit()


def can_add_services(user):
    permissions = listing_permissions(user)
    return permissions is not None and permissions.can_add_subpage()


def services_user_can_edit(user):
    """Every service for the FIS team; their own organisation's for an organisation editor."""
    editable = PagePermissionPolicy().instances_user_has_any_permission_for(user, ["change"])
    return ServicePage.objects.filter(pk__in=editable.values("pk"))


def can_review_services(user):
    """The review report and its reminders: for whoever keeps some services true."""
    return can_edit_service_listing(user) or services_user_can_edit(user).exists()
