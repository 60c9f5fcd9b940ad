"""The audit log: every look at, change to and export of a referral, written as it happens."""

from referrals.models import AuditEvent


def record(user, action, referrals=(), detail=""):
    references = " ".join(sorted(str(referral) for referral in referrals))
    return AuditEvent.objects.create(
        user=user, username=user.get_username(), action=action, references=references, detail=detail[:300]
    )
