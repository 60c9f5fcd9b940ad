"""Email each service owner, and each organisation's editors, a list of their listings due for
review, each with a link to its edit screen. Run daily (cron)."""

import datetime
from collections import defaultdict

from django.conf import settings
from django.core.mail import send_mail
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core.mail_queue import delivery_connection
from directory.models import ServicePage
from directory.organisation_editors import editors_of

DUE_WITHIN_DAYS = 14


class Command(BaseCommand):
    help = "Email owners and organisation editors whose services are due for review within two weeks or overdue."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Say who would be emailed; send nothing.")

    def handle(self, *args, dry_run=False, **options):
        today = timezone.localdate()
        due = (
            ServicePage.objects.live()
            .filter(review_due__lte=today + datetime.timedelta(days=DUE_WITHIN_DAYS))
            .select_related("organisation")
            .order_by("review_due")
        )
        by_owner = reminders_by_address(due)
        base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        failures = []
        for owner, services in sorted(by_owner.items()):
            lines = [
                (
                    _("- %(title)s: overdue since %(date)s")
                    if service.review_due < today
                    else _("- %(title)s: due %(date)s")
                )
                % {"title": service.title, "date": f"{service.review_due:%d %B %Y}"}
                + f"\n  {base}{reverse('wagtailadmin_pages:edit', args=[service.pk])}"
                for service in services
            ]
            if dry_run:
                self.stdout.write(f"{owner}: {len(services)} service(s)")
                continue
            try:
                self.send(owner, services, lines, base)
            except Exception as error:  # noqa: BLE001 (one owner's failure must not stop the others)
                failures.append(type(error).__name__)
        self.stdout.write(f"{len(by_owner)} owner(s), {due.count()} service(s) due for review.")
        if failures:
            # Kinds of failure only. Tomorrow's run sends every reminder that is still due.
            raise CommandError(f"{len(failures)} reminder(s) not sent: {', '.join(sorted(set(failures)))}")

    def send(self, owner, services, lines, base):
        send_mail(
            subject=ngettext(
                "%(count)d family information listing to review",
                "%(count)d family information listings to review",
                len(services),
            )
            % {"count": len(services)},
            message=(
                _(
                    "These listings on the family information site need checking. Open each one, check every "
                    "detail with the service, update it, and set 'last reviewed' to today."
                )
                + "\n\n"
                + "\n".join(lines)
                + "\n\n"
                + _("All reviews: %(url)s") % {"url": f"{base}{reverse('service_reviews:index')}?review=due"}
                + "\n"
            ),
            from_email=None,
            recipient_list=[owner],
            fail_silently=False,
            # A scheduled job, not a request: send now, so that a failure is reported by this run.
            connection=delivery_connection(),
        )


def reminders_by_address(due):
    """Each address and its services: the service's owner, and the editors of the organisation
    that runs it (so an organisation editor hears about their own organisation's services only).
    Someone who is both gets one email, with each service once."""
    by_address = defaultdict(list)
    editors = {}
    for service in due:
        organisation = service.organisation
        if organisation.pk not in editors:
            editors[organisation.pk] = [user.email for user in editors_of(organisation)]
        addresses = {service.owner_email.lower()} - {""}
        addresses |= {email.lower() for email in editors[organisation.pk]}
        for address in addresses:
            by_address[address].append(service)
    return by_address
