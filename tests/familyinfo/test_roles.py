"""The Families Information Service's roles: each can do its job and no more."""

import pytest
from django.contrib.auth.models import Group, User

from directory.models import ServicePage

pytestmark = pytest.mark.django_db


def member(name, group):
    user = User.objects.create_user(name, password="pw")
    user.groups.add(Group.objects.get(name=group))
    return user


def test_editors_draft_publishers_publish(demo_site):
    service = ServicePage.objects.get(slug="family-mediation")
    editor, publisher = member("ed", "FIS editors"), member("pub", "FIS publishers")
    editing = service.permissions_for_user(editor)
    assert editing.can_edit() and not editing.can_publish()
    publishing = service.permissions_for_user(publisher)
    assert publishing.can_edit() and publishing.can_publish()


@pytest.mark.parametrize(
    ("group", "unmet", "edit_page", "referrals"),
    [
        ("FIS editors", False, True, False),
        ("FIS publishers", False, True, False),
        ("Insight officers", True, False, False),
        ("Early help desk", False, False, True),
    ],
)
def test_permission_matrix_in_the_admin(client, demo_site, group, unmet, edit_page, referrals):
    client.force_login(member("someone", group))
    service = ServicePage.objects.get(slug="family-mediation")

    def allowed(url):
        response = client.get(url)
        return response.status_code == 200

    assert allowed("/admin/unmet_searches/") == unmet
    assert allowed(f"/admin/pages/{service.pk}/edit/") == edit_page
    assert allowed("/admin/self-referrals/") == referrals


@pytest.mark.parametrize(
    ("group", "panels"),
    [
        ("FIS editors", {"reviews-due"}),
        ("Insight officers", {"unmet-searches"}),
        ("Early help desk", {"new-referrals"}),
    ],
)
def test_each_role_gets_its_own_dashboard_panels(client, demo_site, group, panels):
    client.force_login(member("someone", group))
    content = client.get("/admin/").content.decode()
    shown = {name for name in ("reviews-due", "unmet-searches", "new-referrals") if f'id="panel-{name}"' in content}
    assert shown == panels
