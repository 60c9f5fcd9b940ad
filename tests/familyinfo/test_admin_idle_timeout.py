"""An admin left open on an unattended desk signs itself out after ADMIN_IDLE_MINUTES."""

import time

import pytest
from wagtail.models import Page

from familyinfo.middleware import AdminIdleTimeoutMiddleware
from tests.factories import member_of

pytestmark = pytest.mark.django_db

LAST_SEEN = AdminIdleTimeoutMiddleware.SESSION_KEY


def last_seen(client, minutes_ago):
    session = client.session
    session[LAST_SEEN] = time.time() - minutes_ago * 60
    session.save()


@pytest.fixture
def desk_worker(client):
    client.force_login(member_of("Early help desk", "desk.worker"))
    assert client.get("/admin/").status_code == 200
    return client


def test_a_desk_worker_idle_for_longer_than_the_timeout_is_signed_out(desk_worker, settings):
    settings.ADMIN_IDLE_MINUTES = 30
    last_seen(desk_worker, 31)
    response = desk_worker.get("/admin/")
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")
    assert "_auth_user_id" not in desk_worker.session
    login = desk_worker.get(response["Location"])
    assert "signed out after 30 minutes without activity" in login.content.decode()


def test_a_desk_worker_at_work_stays_signed_in(desk_worker, settings):
    settings.ADMIN_IDLE_MINUTES = 30
    last_seen(desk_worker, 29)
    assert desk_worker.get("/admin/").status_code == 200
    # That request was activity: the clock starts again.
    assert time.time() - desk_worker.session[LAST_SEEN] < 60


def test_an_editor_tab_left_open_is_not_activity_unless_it_holds_unsaved_changes(client, demo_site, settings):
    client.force_login(member_of("FIS editors", "editor"))
    assert client.get("/admin/").status_code == 200
    page = Page.objects.get(depth=2)
    ping = f"/admin/editing-sessions/ping/wagtailcore/page/{page.pk}/0/"

    last_seen(client, 20)
    client.post(ping)
    assert time.time() - client.session[LAST_SEEN] > 19 * 60

    client.post(ping, {"is_editing": "1"})
    assert time.time() - client.session[LAST_SEEN] < 60
