"""What editors notice in the admin: the Service reviews list takes them to each service, and
the places and times of a service stay in the order they put them in."""

import pytest
from bs4 import BeautifulSoup

from directory.models import ServicePage
from hubs.models import HubPage
from openreferral.records import uid
from tests.factories import member_of

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize("superuser", [True, False])
def test_service_reviews_link_each_service_to_its_edit_screen(client, demo_site, django_user_model, superuser):
    if superuser:
        user = django_user_model.objects.create_superuser("fis", "fis@example.org", "a-long-password-1")
    else:
        user = member_of("FIS editors", "fis-editor")
    client.force_login(user)
    rows = soup(client.get("/admin/service_reviews/")).select("table.listing tbody tr")
    services = {service.pk: service.title for service in ServicePage.objects.all()}
    assert rows
    for row in rows:
        link = row.select_one("td.title a[href*='/edit/']")
        assert link is not None, row.get_text(" ", strip=True)
        pk = int(link["href"].split("/admin/pages/")[1].split("/")[0])
        assert link.get_text(" ", strip=True) == services[pk]
    # The link opens the editor for that service.
    first = rows[0].select_one("td.title a[href*='/edit/']")["href"]
    assert client.get(first).status_code == 200


def edit_form_data(html):
    """Every value the page editor's form would send back unchanged, as a browser would."""
    form = BeautifulSoup(html, "html.parser").find("form", id="page-edit-form")
    data = {}
    for field in form.find_all(["input", "select", "textarea"]):
        name = field.get("name")
        if not name or "__prefix__" in name:
            continue
        if field.name == "input":
            kind = field.get("type", "text")
            unchecked = kind in {"checkbox", "radio"} and not field.has_attr("checked")
            if kind in {"submit", "button", "file"} or unchecked:
                continue
            data.setdefault(name, []).append(field.get("value", "on" if kind == "checkbox" else ""))
        elif field.name == "select":
            data.setdefault(name, []).extend(
                option.get("value", option.text) for option in field.find_all("option") if option.has_attr("selected")
            )
        else:
            data.setdefault(name, []).append(field.text)
    return data


def test_sessions_keep_the_order_the_editor_gave_them(client, demo_site, django_user_model):
    hub = HubPage.objects.get(slug="eastfield")
    first_base, second_base = list(hub.outreach_bases())[:2]
    service = ServicePage.objects.get(slug="infant-feeding-group")
    schedules = list(service.schedules.order_by("pk"))
    assert len(schedules) == 3
    client.force_login(django_user_model.objects.create_superuser("fis", "fis@example.org", "a-long-password-1"))
    data = edit_form_data(client.get(f"/admin/pages/{service.pk}/edit/").content)
    # Three sessions on Wednesdays at 10:00, at the hub and two of its outreach bases. The
    # editor puts the second base first: not the order they were added, nor by name.
    for index, (place, order) in enumerate([(hub, 2), (first_base, 3), (second_base, 1)]):
        assert data[f"schedules-{index}-id"] == [str(schedules[index].pk)]
        data[f"schedules-{index}-place"] = [str(place.pk)]
        data[f"schedules-{index}-kind"] = ["weekly"]
        data[f"schedules-{index}-weekday"] = ["2"]
        data[f"schedules-{index}-starts_at"] = ["10:00"]
        data[f"schedules-{index}-ends_at"] = ["11:30"]
        data[f"schedules-{index}-ORDER"] = [str(order)]
    data["action-publish"] = ["action-publish"]
    response = client.post(f"/admin/pages/{service.pk}/edit/", data)
    assert response.status_code == 302, soup(response).select(".error-message, .help-critical")
    expected = [second_base.title, hub.title, first_base.title]
    assert expected != sorted(expected)
    client.logout()

    # The service page's "Where and when".
    page = soup(client.get(service.url))
    assert [h3.get_text(strip=True) for h3 in page.select(".schedule-list__item h3")] == expected

    # The Open Referral API.
    document = client.get(f"/api/openreferral/services/{service.translation_key}").json()
    by_id = {uid("schedule", schedule.pk): schedule for schedule in schedules}
    assert [by_id[item["id"]].pk for item in document["schedules"]] == [
        schedules[2].pk,
        schedules[0].pk,
        schedules[1].pk,
    ]

    # The hub page's "What's on" (sessions at the same time, in the editor's order) and the
    # printed leaflet's regular sessions.
    def where(item):
        place = item.select_one(".govuk-body-s")
        return place.get_text(strip=True).strip("()") if place else hub.title

    hub_page = soup(client.get(hub.url))
    first_day = hub_page.select("ul.whats-on__sessions")
    listed = [
        [where(item) for item in day.select("li") if item.select_one(f"a[href='{service.url}']")] for day in first_day
    ]
    listed = [day for day in listed if day]
    assert listed and all(day == expected for day in listed)

    leaflet = soup(client.get(f"{hub.url}leaflet/"))
    rows = [row.select_one("td").get_text(strip=True) for row in leaflet.select(".leaflet__sessions tr")]
    ours = [row for row in rows if row.startswith(service.title)]
    assert ours == [
        f"{service.title} ({second_base.title})",
        service.title,
        f"{service.title} ({first_base.title})",
    ]
