"""Self-referrals and everything the early help desk does with them.

What a family typed is personal data: it is stored in encrypted fields only. The plain
columns (reference, dates, status, area, language, interpreter, the codes of the needs ticked)
carry nothing that names anyone; they are what the desk filters on and what statistics keep
after anonymisation.
"""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from encrypted_fields.fields import EncryptedCharField, EncryptedTextField

from core.models import RetriedDelivery
from referrals.fields import EncryptedJSONTextField

# No 0/O, 1/I/L, 2/Z, 5/S, 8/B: a reference read out over the phone cannot be misheard.
REFERENCE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
REFERENCE_LENGTH = 8


def new_reference():
    code = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(REFERENCE_LENGTH))
    return f"{code[:4]}-{code[4:]}"


class Status(models.TextChoices):
    NEW = "new", _("New")
    SCREENING = "screening", _("In screening")
    ALLOCATED = "allocated", _("Allocated to a hub")
    SIGNPOSTED = "signposted", _("Signposted")
    STEPPED_UP = "stepped_up", _("Stepped up to social care")
    CLOSED_NFA = "closed_nfa", _("Closed, no further action")


class Source(models.TextChoices):
    """Who sent a referral: the family itself, or someone who works with them and has their
    agreement. Plain, so the desk can filter on it; it names nobody."""

    FAMILY = "family", _("Family")
    PROFESSIONAL = "professional", _("Professional")
    PARENT_CHAMPION = "parent_champion", _("Parent champion")


# Where the desk's part ends: the retention period runs from here.
CLOSED_STATUSES = {Status.SIGNPOSTED, Status.STEPPED_UP, Status.CLOSED_NFA}


class Referral(models.Model):
    reference = models.CharField(_("reference"), max_length=9, unique=True, default=new_reference, editable=False)
    # One per filled-in form: a second press of "Send" finds the first referral.
    submission_key = models.UUIDField(unique=True, editable=False)
    received_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    form_language = models.CharField(_("language of the form"), max_length=8)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.NEW, db_index=True)
    status_changed_at = models.DateTimeField(_("status changed"), default=timezone.now)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    suggested_locality = models.ForeignKey(
        "hubs.Locality",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("area suggested from the postcode"),
    )
    locality = models.ForeignKey(
        "hubs.Locality",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="referrals",
        verbose_name=_("area"),
    )
    hub = models.ForeignKey(
        "hubs.HubPage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("hub")
    )
    spoken_language = models.ForeignKey(
        "core.SpokenLanguage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("language the family prefers"),
    )
    interpreter_needed = models.BooleanField(_("interpreter needed"), default=False)
    consent_to_share = models.BooleanField(_("agreed to share with partner agencies"), default=False)
    consent_wording = models.TextField(_("consent wording shown"), blank=True)
    anonymised_at = models.DateTimeField(_("anonymised"), null=True, blank=True)
    source = models.CharField(_("source"), max_length=20, choices=Source.choices, default=Source.FAMILY, db_index=True)
    # The needs ticked, as codes from the directory's fixed list (the slugs of directory.Need,
    # such as "money"): plain, as they name nobody, and kept when the referral is anonymised, so
    # the Insight area's figures of needs stay true (docs/decisions/0007).
    need_codes = models.JSONField(_("needs ticked"), default=list, blank=True, editable=False)

    # Personal data. Encrypted fields store empty answers as NULL, so optional ones allow it.
    full_name = EncryptedCharField(_("name"), max_length=100, null=True)
    relationship = EncryptedCharField(_("relationship to the children"), max_length=100, null=True, blank=True)
    phone = EncryptedCharField(_("phone"), max_length=40, null=True, blank=True)
    email = EncryptedCharField(_("email"), max_length=254, null=True, blank=True)
    address = EncryptedTextField(_("address"), null=True, blank=True)
    postcode = EncryptedCharField(_("postcode"), max_length=10, null=True, blank=True)
    # Contact preferences, including whether it is safe to call, text, email or leave a message.
    contact = EncryptedJSONTextField(_("contact preferences"), null=True, blank=True)
    children = EncryptedJSONTextField(_("children"), null=True, blank=True)
    needs = EncryptedJSONTextField(_("help with"), null=True, blank=True)
    situation = EncryptedTextField(_("what is happening"), null=True, blank=True)
    help_wanted = EncryptedTextField(_("help they would like"), null=True, blank=True)
    professionals = EncryptedTextField(_("other professionals involved"), null=True, blank=True)
    access_needs = EncryptedTextField(_("access needs"), null=True, blank=True)
    # A professional's or parent champion's referral only. The referrer's name, role,
    # organisation and work contact; who in the family agreed, and when; what has been tried.
    referrer = EncryptedJSONTextField(_("referred by"), null=True, blank=True)
    family_consent = EncryptedJSONTextField(_("family's agreement"), null=True, blank=True)
    tried_so_far = EncryptedTextField(_("what has been tried"), null=True, blank=True)

    class Meta:
        ordering = ["-received_at"]
        verbose_name = _("self-referral")
        verbose_name_plural = _("self-referrals")
        default_permissions = ()
        permissions = [
            ("view_referral", "Can view self-referrals"),
            ("change_referral", "Can change the status, allocation and notes of self-referrals"),
            ("export_referral", "Can export self-referrals"),
        ]

    def __str__(self):
        return self.reference

    @property
    def is_closed(self):
        return self.status in CLOSED_STATUSES

    @property
    def referrer_organisation(self):
        return (self.referrer or {}).get("organisation", "") if isinstance(self.referrer, dict) else ""


class StatusChange(models.Model):
    """One step of a referral's history: a new status, allocation, with the reason."""

    referral = models.ForeignKey(Referral, on_delete=models.CASCADE, related_name="status_changes")
    changed_at = models.DateTimeField(default=timezone.now)
    changed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    from_status = models.CharField(max_length=20, choices=Status.choices, blank=True)
    to_status = models.CharField(max_length=20, choices=Status.choices)
    locality = models.ForeignKey("hubs.Locality", null=True, on_delete=models.SET_NULL, related_name="+")
    hub = models.ForeignKey("hubs.HubPage", null=True, on_delete=models.SET_NULL, related_name="+")
    reason = EncryptedTextField(null=True, blank=True)

    class Meta:
        ordering = ["changed_at", "pk"]
        default_permissions = ()

    def __str__(self):
        return f"{self.referral} {self.from_status or '-'} > {self.to_status}"


class Note(models.Model):
    referral = models.ForeignKey(Referral, on_delete=models.CASCADE, related_name="notes")
    written_at = models.DateTimeField(default=timezone.now)
    written_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    text = EncryptedTextField(null=True)

    class Meta:
        ordering = ["written_at", "pk"]
        default_permissions = ()

    def __str__(self):
        return f"Note on {self.referral}"


class AuditAction(models.TextChoices):
    LISTED = "listed", _("Listed referrals")
    VIEWED = "viewed", _("Viewed a referral")
    CHANGED = "changed", _("Changed a referral")
    NOTED = "noted", _("Added a note")
    EXPORTED = "exported", _("Exported referrals")
    ANONYMISED = "anonymised", _("Anonymised referrals")


class AuditEvent(models.Model):
    """Who looked at or did what, and when. Written once; nobody can change or delete it."""

    at = models.DateTimeField(default=timezone.now, db_index=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    # Kept as typed at the time, so the record survives the account being deleted.
    username = models.CharField(max_length=150)
    action = models.CharField(max_length=20, choices=AuditAction.choices)
    references = models.TextField(blank=True)
    detail = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["-at", "-pk"]
        default_permissions = ()
        permissions = [("view_auditevent", "Can read the self-referral audit log")]

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.username} {self.action} {self.references}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise PermissionError("The audit log cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionError("The audit log cannot be deleted.")


class Notification(RetriedDelivery):
    """The outbox: a message to the desk's mailbox, written with the referral and sent later by
    the notification worker (never in the family's request), retried with growing waits until
    it goes. It carries a reference, never personal data."""

    referral = models.ForeignKey(Referral, on_delete=models.CASCADE, related_name="notifications")
    sent_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return f"Notification for {self.referral}"


class ClosedDraft(models.Model):
    """A self-referral form that was cleared or sent, known only by its random key.

    Every page of the form carries the answers in an encrypted token (referrals/drafts.py), so
    they survive a session ending. Once the family clears them, leaves with "Exit this page",
    stops for longer than the idle time, or sends the form, an old copy of a page must not bring
    them back: the key is listed here. Nothing about the family is stored, and a row is deleted
    once no token can carry its key.
    """

    key = models.UUIDField(
        unique=True, editable=False, help_text="The random key of a form in progress. Says nothing about the family."
    )
    closed_at = models.DateTimeField(
        default=timezone.now, db_index=True, help_text="When the answers were cleared or sent."
    )

    def __str__(self):
        return f"closed form {self.key}"
