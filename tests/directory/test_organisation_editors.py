"""Partners keep their own listings: an organisation's editors edit its services and no others,
and their changes wait for a publisher. Each test builds two organisations' services on a site
of its own."""

import datetime
import io

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, User
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import WorkflowState

from directory.models import AccessRoute, DeliveryMode, Need, ServicePage
from directory.organisation_editors import PREFIX
from tests.directory.factories import OrganisationFactory, ServiceIndexPageFactory, ServicePageFactory
from tests.directory.test_editors_order_and_links import edit_form_data
from tests.factories import member_of

pytestmark = pytest.mark.django_db

HEALTH_VISITING = "Wolverhampton 0-19 Health Visiting and School Nursing"
CHARITY = "Black Country domestic abuse partnership"


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def listing(empty_site):
    return ServiceIndexPageFactory(parent=empty_site)


@pytest.fixture
def services(listing):
    """Two health visiting services and one of the charity's, all live."""
    health_visiting = OrganisationFactory(name=HEALTH_VISITING, is_council=False)
    charity = OrganisationFactory(name=CHARITY, is_council=False)
    return {
        "clinic": ServicePageFactory(parent=listing, title="Baby clinic", organisation=health_visiting),
        "feeding": ServicePageFactory(parent=listing, title="Infant feeding group", organisation=health_visiting),
        "recovery": ServicePageFactory(parent=listing, title="Recovery toolkit", organisation=charity),
    }


@pytest.fixture
def health_visitor(services):
    return member_of(PREFIX + HEALTH_VISITING, "health-visitor")


def complete_form(client, edit_url):
    """The edit form as the browser would send it, with what the factory leaves empty and the
    form requires filled in."""
    data = edit_form_data(client.get(edit_url).content)
    for field, model in [("needs", Need), ("access_routes", AccessRoute), ("delivery_modes", DeliveryMode)]:
        data[field] = [str(model.objects.first().pk)]
    return data


def titles_in(response):
    return {link.get_text(" ", strip=True) for link in soup(response).select("td.title .title-wrapper a")}


def test_each_organisation_has_its_own_group_renamed_with_it(services):
    organisation = services["clinic"].organisation
    assert organisation.editors.name == PREFIX + HEALTH_VISITING
    organisation.name = "Wolverhampton Health Visiting"
    organisation.save()
    organisation.refresh_from_db()
    assert organisation.editors.name == PREFIX + "Wolverhampton Health Visiting"
    assert not Group.objects.filter(name=PREFIX + HEALTH_VISITING).exists()


def test_an_organisation_editor_submits_their_own_service_but_cannot_publish(client, services, health_visitor):
    clinic = services["clinic"]
    permissions = clinic.permissions_for_user(health_visitor)
    assert permissions.can_edit() and not permissions.can_publish()
    client.force_login(health_visitor)
    edit_url = f"/admin/pages/{clinic.pk}/edit/"
    data = complete_form(client, edit_url)
    data["title_en"] = ["Baby clinic and weighing"]

    # Asking to publish does not publish: Wagtail saves a draft at most.
    client.post(edit_url, {**data, "action-publish": ["action-publish"]})
    clinic.refresh_from_db()
    assert clinic.title == "Baby clinic"

    response = client.post(edit_url, {**data, "action-submit": ["action-submit"]})
    assert response.status_code == 302, soup(response).select(".error-message")
    clinic.refresh_from_db()
    assert clinic.title == "Baby clinic"  # still the live title: the change waits for review
    assert clinic.get_latest_revision_as_object().title == "Baby clinic and weighing"
    state = WorkflowState.objects.get(object_id=str(clinic.pk), status=WorkflowState.STATUS_IN_PROGRESS)
    assert state.requested_by == health_visitor
    assert state.workflow.name == "Publisher review"


def test_another_organisations_service_is_closed_to_them(client, listing, services, health_visitor):
    recovery = services["recovery"]
    assert not recovery.permissions_for_user(health_visitor).can_edit()
    client.force_login(health_visitor)
    elsewhere = [
        f"/admin/pages/{recovery.pk}/edit/",
        f"/admin/pages/{listing.pk}/edit/",
        f"/admin/pages/{listing.get_parent().pk}/edit/",  # the home page
        "/admin/snippets/directory/organisation/",
        "/admin/groups/",
        "/admin/services-spreadsheet/",
    ]
    for url in elsewhere:
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert response.status_code == 403 or response["Location"] == "/admin/"
    # Nor can they add services: a new listing is the Families Information Service's call.
    assert not listing.permissions_for_user(health_visitor).can_add_subpage()


def test_the_explorer_and_admin_search_show_only_their_services(client, listing, services, health_visitor):
    client.force_login(health_visitor)
    explorer = client.get("/admin/pages/", follow=True)
    assert explorer.status_code == 200
    assert titles_in(explorer) == {"Baby clinic", "Infant feeding group"}
    found = client.get("/admin/pages/search/?q=group")
    assert found.status_code == 200
    assert "Infant feeding group" in titles_in(found)
    assert "Recovery toolkit" not in found.content.decode()


def test_service_reviews_list_only_their_services_linked_to_each_edit_screen(client, services, health_visitor):
    client.force_login(health_visitor)
    rows = soup(client.get("/admin/service_reviews/")).select("table.listing tbody tr")
    links = {
        row.select_one("td.title a").get_text(" ", strip=True): row.select_one("td.title a")["href"] for row in rows
    }
    assert links == {
        "Baby clinic": f"/admin/pages/{services['clinic'].pk}/edit/",
        "Infant feeding group": f"/admin/pages/{services['feeding'].pk}/edit/",
    }


def test_their_dashboard_counts_their_own_services_due_for_review(client, services, health_visitor):
    overdue = timezone.localdate() - datetime.timedelta(days=3)
    for service in (services["clinic"], services["recovery"]):
        ServicePage.objects.filter(pk=service.pk).update(review_due=overdue)
    client.force_login(health_visitor)
    panel = soup(client.get("/admin/")).select_one("#panel-reviews-due")
    assert panel is not None
    assert "Services due for review: 1" in panel.get_text(" ", strip=True)


def test_reminders_reach_organisation_editors_for_their_own_services_only(services, health_visitor, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://families.example.org"
    overdue = timezone.localdate() - datetime.timedelta(days=3)
    ServicePage.objects.update(review_due=overdue, owner_email="")
    member_of(PREFIX + CHARITY, "charity-worker")
    call_command("send_review_reminders", stdout=io.StringIO())
    by_address = {message.to[0]: message.body for message in mail.outbox}
    assert set(by_address) == {"health-visitor@example.org", "charity-worker@example.org"}
    body = by_address["health-visitor@example.org"]
    assert "Baby clinic: overdue since" in body and "Recovery toolkit" not in body
    assert f"https://families.example.org/admin/pages/{services['clinic'].pk}/edit/" in body
    assert "Baby clinic" not in by_address["charity-worker@example.org"]


def test_an_owner_who_is_also_an_editor_gets_one_email(services, health_visitor):
    overdue = timezone.localdate() - datetime.timedelta(days=3)
    ServicePage.objects.filter(pk=services["clinic"].pk).update(review_due=overdue, owner_email=health_visitor.email)
    call_command("send_review_reminders", stdout=io.StringIO())
    assert [message.to for message in mail.outbox] == [["health-visitor@example.org"]]
    assert mail.outbox[0].body.count("Baby clinic") == 1


def test_a_service_follows_its_organisation_when_published_not_when_drafted(services, health_visitor):
    recovery = services["recovery"]
    health_visiting = services["clinic"].organisation
    recovery.organisation = health_visiting
    recovery.save_revision()
    assert not ServicePage.objects.get(pk=recovery.pk).permissions_for_user(health_visitor).can_edit()
    recovery.get_latest_revision().publish()
    health_visitor = User.objects.get(pk=health_visitor.pk)  # Wagtail keeps a user's permissions on the user
    assert ServicePage.objects.get(pk=recovery.pk).permissions_for_user(health_visitor).can_edit()
    charity_worker = member_of(PREFIX + CHARITY, "charity-worker")
    assert not ServicePage.objects.get(pk=recovery.pk).permissions_for_user(charity_worker).can_edit()


def test_they_cannot_hand_their_service_to_another_organisation(client, services, health_visitor):
    clinic, charity = services["clinic"], services["recovery"].organisation
    client.force_login(health_visitor)
    edit_url = f"/admin/pages/{clinic.pk}/edit/"
    data = complete_form(client, edit_url)
    assert data["organisation"] == [str(clinic.organisation.pk)]
    data["organisation"] = [str(charity.pk)]
    response = client.post(edit_url, {**data, "action-submit": ["action-submit"]})
    assert response.status_code == 200  # the form again, with the error
    assert "Select a valid choice" in soup(response).select_one(".error-message").get_text()
    assert clinic.get_latest_revision_as_object().organisation == clinic.organisation
    assert not WorkflowState.objects.filter(object_id=str(clinic.pk)).exists()
