"""The admin's list of what came from Open Referral feeds is offered only to those who may open it."""

import pytest

from tests.factories import member_of

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("group", ["Early help desk", "Translators", "Early years team", "FIS editors"])
def test_roles_that_cannot_open_the_imported_records_are_not_offered_them(client, group):
    client.force_login(member_of(group))
    dashboard = client.get("/admin/").content.decode()
    assert "/admin/imported_records/" not in dashboard
    assert client.get("/admin/imported_records/").status_code == 302


def test_an_administrator_is_offered_the_imported_records(admin_client):
    assert "/admin/imported_records/" in admin_client.get("/admin/").content.decode()
    assert admin_client.get("/admin/imported_records/").status_code == 200
