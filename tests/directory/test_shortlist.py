"""A shortlist without an account: add, remove, share by link, print, copy."""

import pytest
from bs4 import BeautifulSoup

from directory.models import ServicePage
from directory.views import SHORTLIST_COOKIE

pytestmark = pytest.mark.django_db


def service(slug):
    return ServicePage.objects.get(slug=slug)


def shortlist_titles(client, url="/services/shortlist/"):
    page = BeautifulSoup(client.get(url).content, "html.parser")
    return [a.get_text(strip=True) for a in page.select("main ol h2 a")], page


def test_add_and_remove_services(client, demo_site):
    for slug in ["stay-and-play", "family-mediation"]:
        response = client.post("/services/shortlist/add/", {"service": service(slug).pk, "next": "/services/"})
        assert response.status_code == 302 and response["Location"] == "/services/"
    titles, _ = shortlist_titles(client)
    assert titles == ["Stay and play", "Family mediation"]
    client.post("/services/shortlist/remove/", {"service": service("stay-and-play").pk})
    assert shortlist_titles(client)[0] == ["Family mediation"]


def test_the_cookie_holds_only_service_numbers(client, demo_site):
    client.post("/services/shortlist/add/", {"service": service("refuge").pk})
    assert client.cookies[SHORTLIST_COOKIE].value == str(service("refuge").pk)


def test_share_link_shows_the_same_list_to_anyone(client, demo_site):
    ids = [service("money-advice").pk, service("english-classes").pk]
    client.post("/services/shortlist/add/", {"service": ids[0]})
    client.post("/services/shortlist/add/", {"service": ids[1]})
    _, page = shortlist_titles(client)
    share = page.find("input", id="share-link")["value"]
    assert share == f"http://testserver/services/shortlist/?ids={ids[0]},{ids[1]}"
    client.cookies.clear()
    titles, shared_page = shortlist_titles(client, share.removeprefix("http://testserver"))
    assert titles == ["Money, benefits and debt advice", "English classes for parents"]
    assert "shared with you" in shared_page.find("h1").get_text()
    client.post("/services/shortlist/keep/", {"ids": f"{ids[0]},{ids[1]}"})
    assert shortlist_titles(client)[0] == titles


def test_copyable_text_lists_names_and_addresses(client, demo_site):
    client.post("/services/shortlist/add/", {"service": service("dads-group").pk})
    _, page = shortlist_titles(client)
    assert "Dads' group: http://testserver/services/dads-group/" in page.find("textarea").get_text()


def test_listing_buttons_toggle(client, demo_site):
    client.post("/services/shortlist/add/", {"service": service("stay-and-play").pk})
    page = BeautifulSoup(client.get("/services/stay-and-play/").content, "html.parser")
    assert "Remove from shortlist" in page.find(class_="shortlist-form").get_text()


@pytest.mark.parametrize("value", ["abc", "999999", "", "1,2,3"])
def test_bad_input_is_ignored(client, demo_site, value):
    response = client.post("/services/shortlist/add/", {"service": value, "next": "https://evil.example/"})
    assert response.status_code == 302 and response["Location"] == "/services/shortlist/add/"
    assert client.get(f"/services/shortlist/?ids={value},x").status_code == 200
