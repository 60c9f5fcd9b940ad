"""The audit log: every look at, change to and export of a referral, written as it happens, and
every change to who is on the early help desk (who can see referrals at all)."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from referrals.access import DESK, DESK_MANAGERS
from referrals.models import AuditAction, AuditEvent

DESK_GROUPS = (DESK, DESK_MANAGERS)
# Who changed the desk's membership when no one signed in did (a command, the shell).
NO_USER = "(no signed-in user)"


def record(user, action, referrals=(), detail=""):
    references = " ".join(sorted(str(referral) for referral in referrals))
    return AuditEvent.objects.create(
        user=user if user is not None and user.is_authenticated else None,
        username=user.get_username() if user is not None and user.is_authenticated else NO_USER,
        action=action,
        references=references,
        detail=detail[:300],
    )


def acting_user():
    """Who is making the change: the admin user whose request this is (Wagtail's admin views
    run inside a log context that names them), or None."""
    from wagtail.log_actions import get_active_log_context

    return get_active_log_context().user


def record_membership(usernames, group_name, added):
    """ "Desk membership" events. Stored as a change (AuditAction has no membership action yet:
    adding one needs a referrals migration), with the detail saying what changed."""
    for username in sorted(usernames):
        verb = "added to" if added else "removed from"
        record(acting_user(), AuditAction.CHANGED, detail=f"Desk membership: {username} {verb} {group_name}")


def desk_membership_changed(sender, instance, action, reverse, model, pk_set, **kwargs):
    """m2m_changed on User.groups: a user put in or taken out of a desk group, from either side
    (the user's edit screen, the users list's "Assign role", group.user_set, the shell)."""
    if action not in ("post_add", "post_remove", "pre_clear") or (reverse and instance.name not in DESK_GROUPS):
        return
    User = get_user_model()
    if action == "pre_clear":
        # clear() says nothing of what it removes: read it before it goes.
        if reverse:  # group.user_set.clear()
            pairs = [(user.get_username(), instance.name) for user in instance.user_set.all()]
        else:  # user.groups.clear()
            pairs = [(instance.get_username(), name) for name in instance.groups.values_list("name", flat=True)]
        added = False
    else:
        if reverse:  # group.user_set.add(...) / remove(...): instance is the group
            pairs = [(user.get_username(), instance.name) for user in User.objects.filter(pk__in=pk_set or ())]
        else:  # user.groups.add(...) / remove(...) / set(...): instance is the user
            names = Group.objects.filter(pk__in=pk_set or (), name__in=DESK_GROUPS).values_list("name", flat=True)
            pairs = [(instance.get_username(), name) for name in names]
        added = action == "post_add"
    for group_name in DESK_GROUPS:
        usernames = {username for username, name in pairs if name == group_name}
        if usernames:
            record_membership(usernames, group_name, added)


def desk_member_deleted(sender, instance, **kwargs):
    """Deleting an account takes it off the desk without m2m_changed: recorded here."""
    for group_name in instance.groups.filter(name__in=DESK_GROUPS).values_list("name", flat=True):
        record_membership({instance.get_username()}, group_name, added=False)
