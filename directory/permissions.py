"""Who may work on the service listing as a whole, from the page permissions on its index page
(see the README's "Roles"): the review report, the spreadsheet and the dashboard use these."""

from directory.models import ServiceIndexPage


def listing_permissions(user):
    listing = ServiceIndexPage.objects.first()
    return listing.permissions_for_user(user) if listing is not None else None


def can_edit_service_listing(user):
    permissions = listing_permissions(user)
    return permissions is not None and permissions.can_edit()


def can_add_services(user):
    permissions = listing_permissions(user)
    return permissions is not None and permissions.can_add_subpage()
