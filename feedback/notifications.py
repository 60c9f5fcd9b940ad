"""Telling a listing's owner that a report about it is waiting.

The email names the listing and links to the report in the admin, nothing more: what the
family wrote, and any contact details, stay in the admin behind a sign-in. It goes through
the site's mail queue (core/mail_queue.py), stored in the family's request transaction and sent
by the notification worker, so a slow mail server never slows the form.
"""

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _


def report_url(report):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("listing_feedback:detail", args=[report.pk])


def owners(page):
    """Who keeps the listing true: the page's owner in Wagtail and, for a service, the owner's
    email address its review reminders go to. Each address once."""
    addresses = []
    owner = page.owner
    if owner is not None and owner.is_active and owner.email:
        addresses.append(owner.email)
    addresses.append(getattr(page.specific, "owner_email", "") or "")
    unique = {}
    for address in addresses:
        if address.strip():
            unique.setdefault(address.strip().lower(), address.strip())
    return list(unique.values())


def message(report):
    # Editors work in English, whatever language the family used.
    with translation.override(settings.LANGUAGE_CODE):
        title = report.page.title
        subject = _("A report about %(listing)s is waiting") % {"listing": title}
        body = _(
            "Someone has told us that the listing ‘%(listing)s’ on the family information site may be wrong.\n\n"
            "Read the report in the admin (sign in required): %(url)s\n\n"
            "This email holds no details on purpose."
        ) % {"listing": title, "url": report_url(report)}
    return subject, body


def tell_owners(report):
    """Queue one email to each owner (separately, so nobody sees another's address)."""
    subject, body = message(report)
    for address in owners(report.page):
        send_mail(subject, body, None, [address])
