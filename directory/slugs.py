"""Addresses for services made by imports (the services spreadsheet, Open Referral feeds)."""

from django.utils.text import slugify

from directory.models import ServicePage


def unique_slug(name):
    """A slug from the name that no service has yet: "family-support-2" if taken."""
    base = slugify(name)[:70] or "imported-service"
    slug, number = base, 2
    while ServicePage.objects.filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug
