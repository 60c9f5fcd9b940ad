from django.db import models
from django.utils import timezone


class RetriedDelivery(models.Model):
    """Something the worker sends later and tries again, waiting longer after each failure
    (core/mail_queue.py: claim_due, stuck_in): the site's queued email and the desk's
    referral notifications."""

    created_at = models.DateTimeField(default=timezone.now)
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(
        default=timezone.now,
        db_index=True,
        help_text="Not tried again before this time: each failure waits longer, and a sender holds it while sending.",
    )
    last_error = models.CharField(
        max_length=200, blank=True, help_text="The kind of the last failure (its class name), never a message."
    )

    class Meta:
        abstract = True
        ordering = ["created_at", "pk"]
        default_permissions = ()


class QueuedEmail(RetriedDelivery):
    """One email waiting for the worker: everything the site emails (Wagtail's moderation
    notifications, password resets, anything sent through Django's mail functions) is stored here
    by the queued email backend instead of being sent in a request, and sent later by the
    notification worker (core/mail_queue.py). Deleted as soon as it is sent: a password
    reset link is kept no longer than it takes to deliver it."""

    message = models.BinaryField(help_text="The message as the site made it, serialised; never shown or logged.")

    def __str__(self):
        return f"Queued email {self.pk}"
