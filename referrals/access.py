"""Who may see self-referrals: members of the early help desk groups, and nobody else.

Membership is checked by name, not by permission: Django gives superusers every permission,
and the council wants even administrators kept out unless they are put in the desk's group.
"""

DESK = "Early help desk"
DESK_MANAGERS = "Early help desk managers"


def _in_groups(user, names):
    return bool(user and user.is_authenticated and user.is_active and user.groups.filter(name__in=names).exists())


def is_desk(user):
    return _in_groups(user, [DESK, DESK_MANAGERS])


def is_desk_manager(user):
    return _in_groups(user, [DESK_MANAGERS])
