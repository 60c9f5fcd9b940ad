"""Tell the Early years team how many people are waiting to hear about becoming a parent
champion. Run every weekday morning from the schedule (familyinfo/schedule.py)."""

from django.conf import settings
from django.core.mail import send_mail
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core.mail_queue import delivery_connection
from core.models import NotificationAddresses
from hubs.models import ChampionInterest


def reminder(count, oldest):
    """The email: how many are waiting and since when, and where to read them; never who."""
    link = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("champion_interest:index") + "?stage=new"
    subject = ngettext(
        "%(count)d person is waiting to hear about becoming a parent champion",
        "%(count)d people are waiting to hear about becoming a parent champion",
        count,
    ) % {"count": count}
    body = _(
        "People have asked about becoming a parent champion and nobody has moved them on from 'new' yet. "
        "The oldest asked on %(date)s.\n\n"
        "Sign in to read them: %(link)s\n"
    ) % {"date": f"{timezone.localtime(oldest):%d %B %Y}", "link": link}
    return subject, body


class Command(BaseCommand):
    help = (
        "Email the Early years team mailbox how many expressions of interest in becoming a parent champion are "
        "still at the 'new' stage (no personal data). Nothing is sent when none are waiting."
    )

    def handle(self, *args, **options):
        waiting = ChampionInterest.objects.waiting()
        count = waiting.count()
        if not count:
            self.stdout.write("Nobody is waiting to be contacted.")
            return
        mailbox = NotificationAddresses.objects.exclude(early_years_team_email="").values_list(
            "early_years_team_email", flat=True
        )
        if not mailbox:
            raise CommandError("Set the Early years team mailbox under Settings > Notification mailboxes.")
        oldest = waiting.order_by("created_at").values_list("created_at", flat=True).first()
        # The team works in English, whatever language the form was filled in.
        with translation.override(settings.LANGUAGE_CODE):
            subject, body = reminder(count, oldest)
        try:
            send_mail(subject, body, None, [mailbox.first()], connection=delivery_connection())
        except Exception as error:  # noqa: BLE001 (any mail failure: say which kind, and fail the run)
            # The kind of failure only. The next run (tomorrow) tells them again, as nobody is
            # moved on from "new" until someone reads the list.
            raise CommandError(f"Could not send the reminder: {type(error).__name__}") from None
        self.stdout.write(f"Told the Early years team: {count} waiting.")
