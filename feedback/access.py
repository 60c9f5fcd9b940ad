"""Who works through listing feedback and reads feedback after a service, and about which pages.

The Families Information Service's editors and publishers see every report; a hub's managers
see only the reports about their hub and its outreach bases, and a partner's editors only those
about their own organisation's services. Membership is checked by group
name, as for the self-referral inbox: a reply address is personal data, so an administrator
must be put in one of these groups to read it. Which reports is decided by the page
permissions the groups already hold: a handler sees the reports about pages they may edit.
"""

from wagtail.permission_policies.pages import PagePermissionPolicy

from directory.organisation_editors import PREFIX as ORGANISATION_EDITORS_PREFIX
from hubs.hub_managers import PREFIX as HUB_MANAGERS_PREFIX

# Group names as familyinfo/roles.py makes them (that module sits above this app).
FIS_EDITORS = "FIS editors"
FIS_PUBLISHERS = "FIS publishers"


def handles_feedback(user):
    """Whether the user works on the listing feedback queue at all."""
    if not (user and user.is_authenticated and user.is_active):
        return False
    groups = user.groups.all()
    return (
        groups.filter(name__in=[FIS_EDITORS, FIS_PUBLISHERS]).exists()
        or groups.filter(name__startswith=HUB_MANAGERS_PREFIX).exists()
        or groups.filter(name__startswith=ORGANISATION_EDITORS_PREFIX).exists()
    )


def reports_for(user):
    """The reports this user may see and handle: none for anyone outside the groups."""
    from feedback.models import ListingReport

    if not handles_feedback(user):
        return ListingReport.objects.none()
    editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    return ListingReport.objects.filter(page__in=editable.values("pk"))


def may_handle(user, report):
    return reports_for(user).filter(pk=report.pk).exists()


def pages_for(user):
    """The pages whose feedback after a service the user may read: the same people and pages as
    listing reports, since free-text answers may hold personal data by accident."""
    from wagtail.models import Page

    if not handles_feedback(user):
        return Page.objects.none()
    return PagePermissionPolicy().instances_user_has_permission_for(user, "change")


def responses_for(user):
    from feedback.models import FeedbackResponse

    if not handles_feedback(user):
        return FeedbackResponse.objects.none()
    return FeedbackResponse.objects.filter(page__in=pages_for(user).values("pk"))
