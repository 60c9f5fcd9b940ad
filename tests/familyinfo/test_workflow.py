"""Review and publish: what editors and hub managers change reaches families only after a
publisher approves it, and time-limited events go live and come down on their own."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from directory.models import ServicePage
from hubs.models import HubEventPage, HubPage
from tests.factories import member_of

pytestmark = pytest.mark.django_db


def submit_change(page, user, **changes):
    page = page.specific_class.objects.get(pk=page.pk)
    for name, value in changes.items():
        setattr(page, name, value)
    revision = page.save_revision(user=user)
    page.get_workflow().start(page, user)
    return revision


def test_an_editors_change_is_live_only_after_a_publisher_approves(client, demo_site):
    service = ServicePage.objects.get(slug="family-mediation")
    editor, publisher = member_of("FIS editors", "ed"), member_of("FIS publishers", "pub")
    submit_change(service, editor, summary="Help to agree arrangements for the children after a separation.")

    assert client.get(service.url).content.decode().count("Help to agree arrangements") == 0
    client.force_login(publisher)
    dashboard = client.get("/admin/").content.decode()
    assert "Family mediation" in dashboard  # in "Awaiting your review"

    task_state = service.current_workflow_task_state
    response = client.post(f"/admin/pages/workflow/action/{service.pk}/approve/{task_state.pk}/", {"comment": ""})
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{service.pk}/edit/"
    service.refresh_from_db()
    assert service.summary == "Help to agree arrangements for the children after a separation."
    client.logout()
    assert "Help to agree arrangements" in client.get(service.url).content.decode()


def test_a_rejected_change_stays_off_the_site(client, demo_site):
    service = ServicePage.objects.get(slug="family-mediation")
    live_summary = service.summary
    submit_change(service, member_of("FIS editors", "ed"), summary="A change the publisher sends back.")
    client.force_login(member_of("FIS publishers", "pub"))
    task_state = service.current_workflow_task_state
    client.post(f"/admin/pages/workflow/action/{service.pk}/reject/{task_state.pk}/", {"comment": "Check the dates"})
    service.refresh_from_db()
    assert service.summary == live_summary
    assert service.current_workflow_state.status == "needs_changes"


def test_hub_managers_cannot_approve_their_own_changes(client, demo_site):
    hub = HubPage.objects.get(slug="eastfield")
    manager = member_of("Hub managers: Eastfield", "manager")
    submit_change(hub, manager, summary="Open late on Thursdays.")
    hub.refresh_from_db()
    assert "Open late on Thursdays." not in client.get(hub.url).content.decode()
    task_state = hub.current_workflow_task_state
    task = task_state.task.specific
    assert not task.user_can_access_editor(hub, manager)
    assert task.get_actions(hub, manager) == []  # no approve, no reject
    publisher = member_of("FIS publishers", "pub")
    assert [name for name, *_ in task.get_actions(hub, publisher)][:2] == ["reject", "approve"]


def new_event(hub, **fields):
    event = HubEventPage(
        title="Summer fun day",
        slug="summer-fun-day",
        summary="Games and a picnic.",
        date=timezone.localdate() + datetime.timedelta(days=5),
        starts_at=datetime.time(11),
        ends_at=datetime.time(14),
        live=False,
        **fields,
    )
    hub.add_child(instance=event)
    return event


def test_an_event_scheduled_for_later_goes_live_on_time_and_comes_down_after(client, demo_site, monkeypatch):
    hub = HubPage.objects.get(slug="eastfield")
    now = timezone.now()
    event = new_event(hub, go_live_at=now + datetime.timedelta(hours=1), expire_at=now + datetime.timedelta(hours=3))
    event.save_revision().publish()
    event.refresh_from_db()
    assert not event.live  # scheduled, not yet public
    call_command("publish_scheduled", verbosity=0)
    event.refresh_from_db()
    assert not event.live

    def clock_at(moment):
        monkeypatch.setattr(timezone, "now", lambda: moment)

    clock_at(now + datetime.timedelta(hours=2))
    call_command("publish_scheduled", verbosity=0)
    event.refresh_from_db()
    assert event.live
    assert "Summer fun day" in client.get(hub.url).content.decode()

    clock_at(now + datetime.timedelta(hours=4))
    call_command("publish_scheduled", verbosity=0)
    event.refresh_from_db()
    assert not event.live and event.expired
    assert "Summer fun day" not in client.get(hub.url).content.decode()
