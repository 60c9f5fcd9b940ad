"""A shortlist without an account: add, remove, share by link, print, copy, clear; kept only
while the family needs it."""

import time

import pytest
from bs4 import BeautifulSoup

from directory.models import ServicePage
from directory.views import SHORTLIST_COOKIE, SHORTLIST_HOURS

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


def test_the_cookie_holds_only_service_numbers_and_ends_with_the_browser(client, demo_site):
    response = client.post("/services/shortlist/add/", {"service": service("refuge").pk})
    changed, numbers = client.cookies[SHORTLIST_COOKIE].value.split(":")
    assert numbers == str(service("refuge").pk) and abs(int(changed) - time.time()) < 60
    cookie = response.cookies[SHORTLIST_COOKIE]
    assert not cookie["max-age"] and not cookie["expires"]  # a browser-session cookie
    assert cookie["httponly"] and cookie["samesite"] == "Lax"


def test_a_list_left_alone_for_a_day_is_forgotten(client, demo_site, monkeypatch):
    client.post("/services/shortlist/add/", {"service": service("refuge").pk})
    assert len(shortlist_titles(client)[0]) == 1
    later = time.time() + SHORTLIST_HOURS * 3600 + 60
    monkeypatch.setattr(time, "time", lambda: later)
    assert shortlist_titles(client)[0] == []


def test_clear_shortlist_wherever_the_shortlist_shows(client, demo_site):
    client.post("/services/shortlist/add/", {"service": service("stay-and-play").pk})
    for url in ["/services/shortlist/", "/services/"]:
        form = BeautifulSoup(client.get(url).content, "html.parser").find("form", action="/services/shortlist/clear/")
        assert form and "Clear shortlist" in form.get_text(), url
    response = client.post("/services/shortlist/clear/", {"next": "/services/"})
    assert response["Location"] == "/services/"
    assert response.cookies[SHORTLIST_COOKIE]["max-age"] == 0
    assert shortlist_titles(client)[0] == []
    page = BeautifulSoup(client.get("/services/").content, "html.parser")
    assert not page.find("form", action="/services/shortlist/clear/")


def test_add_to_shortlist_returns_to_the_same_result(client, demo_site):
    page = BeautifulSoup(client.get("/services/?page=2").content, "html.parser")
    card = page.select("li.service-card")[3]
    slug = card["id"].removeprefix("service-")
    form = card.find("form", action="/services/shortlist/add/")
    assert form.find("input", attrs={"name": "next"})["value"] == f"/services/?page=2#service-{slug}"
    response = client.post(form["action"], {"service": service(slug).pk, "next": f"/services/?page=2#service-{slug}"})
    assert response["Location"] == f"/services/?page=2#service-{slug}"
    page = BeautifulSoup(client.get("/services/?page=2").content, "html.parser")
    assert "Remove from shortlist" in page.find(id=f"service-{slug}").get_text()


def test_a_service_page_returns_to_its_button(client, demo_site):
    page = BeautifulSoup(client.get("/services/stay-and-play/").content, "html.parser")
    assert page.find(id="service-stay-and-play").find("form", class_="shortlist-form")
    assert page.find("input", attrs={"name": "next"})["value"] == "/services/stay-and-play/#service-stay-and-play"


@pytest.mark.parametrize(
    "target",
    ["https://evil.example/", "//evil.example/#x", "/\\evil.example/", "javascript:alert(1)", "services/", " /x"],
)
def test_next_is_a_path_on_this_site_and_nothing_else(client, demo_site, target):
    response = client.post("/services/shortlist/add/", {"service": service("refuge").pk, "next": target})
    assert response["Location"] == "/services/shortlist/"


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_SEC_FETCH_SITE": "cross-site"},
        {"HTTP_SEC_FETCH_SITE": "same-site"},
        {"HTTP_ORIGIN": "https://evil.example"},
        {"HTTP_ORIGIN": "null"},
        {"HTTP_REFERER": "https://evil.example/page"},
    ],
)
def test_another_site_cannot_change_the_shortlist(client, demo_site, headers):
    response = client.post("/services/shortlist/add/", {"service": service("refuge").pk}, **headers)
    assert response.status_code == 403 and SHORTLIST_COOKIE not in response.cookies


def test_this_site_can(client, demo_site):
    for headers in [{"HTTP_SEC_FETCH_SITE": "same-origin"}, {"HTTP_ORIGIN": "http://testserver"}, {}]:
        response = client.post("/services/shortlist/add/", {"service": service("refuge").pk}, **headers)
        assert response.status_code == 302 and response.cookies[SHORTLIST_COOKIE].value


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
    assert response.status_code == 302 and response["Location"] == "/services/shortlist/"
    assert client.get(f"/services/shortlist/?ids={value},x").status_code == 200
