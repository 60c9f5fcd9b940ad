"""A family's report that a listing is wrong, and where it stands in the editors' queue."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from encrypted_fields.fields import EncryptedCharField, EncryptedEmailField


class Problem(models.TextChoices):
    CLOSED = "closed", _("It has closed or stopped running")
    TIME_OR_PLACE = "time-or-place", _("The time or place is wrong")
    CONTACT = "contact", _("The phone number, email or website is wrong")
    OTHER = "other", _("Something else")


class Status(models.TextChoices):
    NEW = "new", _("New")
    DOING = "doing", _("In progress")
    DONE = "done", _("Done")
    DISMISSED = "dismissed", _("Dismissed")


OPEN_STATUSES = (Status.NEW, Status.DOING)
CLOSED_STATUSES = (Status.DONE, Status.DISMISSED)


class ListingReportQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status__in=OPEN_STATUSES)


class ListingReport(models.Model):
    """One report from the "Report something wrong with this page" form. Nothing about the
    person is needed; a name and email address are kept only when they ask for a reply, are
    encrypted, and are deleted as soon as the report is closed."""

    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="listing_reports",
        help_text="The service, hub or outreach base page the report is about.",
    )
    problem = models.CharField(max_length=20, choices=Problem.choices)
    details = models.TextField(max_length=1000, blank=True)
    language = models.CharField(max_length=8, blank=True, help_text="The language the form was filled in.")
    # Personal data, only for a reply. Encrypted fields store an empty answer as NULL.
    reply_name = EncryptedCharField(max_length=100, null=True, blank=True)
    reply_email = EncryptedEmailField(max_length=254, null=True, blank=True)

    status = models.CharField(max_length=10, choices=Status.choices, default=Status.NEW, db_index=True)
    created_at = models.DateTimeField(default=timezone.now)
    closed_at = models.DateTimeField(null=True, blank=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    marked_reviewed = models.BooleanField(default=False, help_text="Closing it marked the listing reviewed.")

    objects = ListingReportQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        # Who may see the queue is decided by group and page permissions (feedback/access.py).
        default_permissions = ()

    def __str__(self):
        return f"Listing report {self.pk}"

    @property
    def is_open(self):
        return self.status in OPEN_STATUSES

    @property
    def wants_reply(self):
        return bool(self.reply_email)

    def move_to(self, status, user):
        """Change the status; closing it forgets the person's contact details for good."""
        self.status = status
        self.handled_by = user
        if status in CLOSED_STATUSES:
            self.closed_at = self.closed_at or timezone.now()
            self.reply_name = None
            self.reply_email = None
        else:
            self.closed_at = None
        self.save()
