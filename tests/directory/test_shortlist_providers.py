"""Childcare providers on the shortlist, beside services: added from the finder and a provider's
page, shared by link, kept, printed and copied; lists of services made before still read."""

import time

import pytest
from bs4 import BeautifulSoup

from directory.models import ServicePage
from directory.views import MAX_SHORTLIST, SHORTLIST_COOKIE, read_shortlist
from tests.childcare.factories import provider

pytestmark = pytest.mark.django_db


@pytest.fixture
def finder(demo_site):
    """The demo site's childcare finder (made here if the demo has none), showing only the
    providers a test makes."""
    from childcare.models import ChildcareIndexPage, ChildcareProvider

    ChildcareProvider.objects.update(listed=False)
    page = ChildcareIndexPage.objects.first()
    if page is None:
        page = ChildcareIndexPage(title="Find childcare", slug="childcare")
        demo_site.add_child(instance=page)
        page.save_revision().publish()
    return page


@pytest.fixture
def acorns(finder):
    return provider(name="Little Acorns", phone="01902 555123")


@pytest.fixture
def minder(finder):
    return provider(name="Ann Smith", provider_type="childminder", postcode_district="WV10")


def shortlist_page(client, url="/services/shortlist/"):
    return BeautifulSoup(client.get(url).content, "html.parser")


def childcare_names(page):
    return [a.get_text(strip=True) for a in page.select("main ol .provider-card h3 a")]


def cookie_entries(client):
    return client.cookies[SHORTLIST_COOKIE].value.split(":")[1]


def test_add_and_remove_providers_beside_services(client, acorns, minder):
    service = ServicePage.objects.get(slug="stay-and-play")
    client.post("/services/shortlist/add/", {"service": service.pk})
    for item in [acorns, minder]:
        response = client.post("/services/shortlist/add/", {"provider": item.pk, "next": "/childcare/"})
        assert response.status_code == 302 and response["Location"] == "/childcare/"
    assert cookie_entries(client) == f"{service.pk},c{acorns.pk},c{minder.pk}"
    page = shortlist_page(client)
    assert [a.get_text(strip=True) for a in page.select("main ol .service-card h2 a")] == ["Stay and play"]
    assert page.find("h2", string="Childcare")
    assert childcare_names(page) == ["Little Acorns", "Ann Smith"]
    client.post("/services/shortlist/remove/", {"provider": acorns.pk})
    assert cookie_entries(client) == f"{service.pk},c{minder.pk}"
    client.post("/services/shortlist/remove/", {"service": service.pk})
    assert cookie_entries(client) == f"c{minder.pk}"


def test_the_finder_and_the_provider_page_show_the_button_as_it_stands(client, acorns):
    card = BeautifulSoup(client.get("/childcare/").content, "html.parser").find(id=f"provider-{acorns.urn.lower()}")
    form = card.find("form", class_="shortlist-form")
    assert form["action"] == "/services/shortlist/add/"
    assert form.find("input", attrs={"name": "provider"})["value"] == str(acorns.pk)
    assert form.find("input", attrs={"name": "next"})["value"] == f"/childcare/#provider-{acorns.urn.lower()}"
    response = client.post(form["action"], {"provider": acorns.pk, "next": f"/childcare/#{card['id']}"})
    assert response["Location"] == f"/childcare/#provider-{acorns.urn.lower()}"
    listing = BeautifulSoup(client.get("/childcare/").content, "html.parser")
    assert "Remove from shortlist" in listing.find(id=f"provider-{acorns.urn.lower()}").get_text()
    assert "Your shortlist (1)" in listing.get_text()
    detail = BeautifulSoup(client.get(f"/childcare/{acorns.urn}/little-acorns/").content, "html.parser")
    button = detail.find(id=f"provider-{acorns.urn.lower()}").find("form")
    assert button["action"] == "/services/shortlist/remove/" and "Remove from shortlist" in button.get_text()


def test_the_provider_is_shown_with_what_a_family_needs_to_ring_and_find_it(client, acorns, minder):
    client.post("/services/shortlist/add/", {"provider": acorns.pk})
    client.post("/services/shortlist/add/", {"provider": minder.pk})
    page = shortlist_page(client)
    card = page.find(id=f"provider-{acorns.urn.lower()}")
    assert card.find("h3").find("a")["href"] == f"/childcare/{acorns.urn}/little-acorns/"
    assert card.find("a", href="tel:+441902555123")
    assert "1 Test Street" in card.get_text()
    assert "Test Street" not in page.find(id=f"provider-{minder.urn.lower()}").get_text()  # only WV10
    text = page.find("textarea").get_text()
    assert f"Little Acorns (01902 555123): http://testserver/childcare/{acorns.urn}/little-acorns/" in text


def test_a_shared_link_carries_services_and_providers(client, acorns):
    service = ServicePage.objects.get(slug="money-advice")
    client.post("/services/shortlist/add/", {"service": service.pk})
    client.post("/services/shortlist/add/", {"provider": acorns.pk})
    share = shortlist_page(client).find("input", id="share-link")["value"]
    assert share == f"http://testserver/services/shortlist/?ids={service.pk},c{acorns.pk}"
    client.cookies.clear()
    shared = shortlist_page(client, share.removeprefix("http://testserver"))
    assert "shared with you" in shared.find("h1").get_text()
    assert childcare_names(shared) == ["Little Acorns"]
    assert not shared.select(".provider-card form")  # no buttons on someone else's list
    keep = shared.find("form", action="/services/shortlist/keep/")
    assert keep.find("input", attrs={"name": "ids"})["value"] == f"{service.pk},c{acorns.pk}"
    client.post(keep["action"], {"ids": f"{service.pk},c{acorns.pk}"})
    assert cookie_entries(client) == f"{service.pk},c{acorns.pk}"


def test_a_list_of_services_made_before_providers_still_reads(client, demo_site):
    services = list(ServicePage.objects.live().order_by("pk")[:2])
    client.cookies[SHORTLIST_COOKIE] = f"{int(time.time())}:{services[0].pk},{services[1].pk}"
    page = shortlist_page(client)
    assert len(page.select("main ol .service-card h2 a")) == 2
    assert not page.find("h2", string="Childcare")
    old_link = shortlist_page(client, f"/services/shortlist/?ids={services[1].pk},{services[0].pk}")
    assert [a.get_text(strip=True) for a in old_link.select("main ol h2 a")] == [services[1].title, services[0].title]


def test_unlisted_providers_cannot_be_added_and_drop_off_a_list(client, acorns):
    hidden = provider(name="Closed Nursery", listed=False)
    client.post("/services/shortlist/add/", {"provider": hidden.pk})
    assert SHORTLIST_COOKIE not in client.cookies or hidden.name not in shortlist_page(client).get_text()
    client.post("/services/shortlist/add/", {"provider": acorns.pk})
    acorns.listed = False
    acorns.save()
    assert childcare_names(shortlist_page(client)) == []
    assert childcare_names(shortlist_page(client, f"/services/shortlist/?ids=c{acorns.pk}")) == []


@pytest.mark.parametrize("number", ["abc", "0", "-1", "999999", "²", "c12", "99999999999", ""])
def test_what_cannot_be_a_provider_is_ignored(client, acorns, number):
    for button in ["add", "remove"]:
        response = client.post(f"/services/shortlist/{button}/", {"provider": number, "next": "/childcare/"})
        assert response.status_code == 302 and response["Location"] == "/childcare/"
    for ids in [f"c{number}", f"c{number},cc1,c,C{acorns.pk}", "c" * 5000]:
        assert client.get(f"/services/shortlist/?ids={ids}").status_code == 200
    assert client.get("/childcare/").status_code == 200


def test_reading_a_list_keeps_each_kind_once_and_the_whole_list_short():
    shortlist = read_shortlist("12,c5,12,C5,c7,x,c,7")
    assert shortlist.services == [12, 7] and shortlist.providers == [5, 7]
    assert shortlist.entries() == "12,7,c5,c7"
    long = read_shortlist(",".join(f"c{number}" for number in range(1, 200)))
    assert len(long) == MAX_SHORTLIST


def test_another_site_cannot_add_a_provider(client, acorns):
    response = client.post("/services/shortlist/add/", {"provider": acorns.pk}, HTTP_SEC_FETCH_SITE="cross-site")
    assert response.status_code == 403 and SHORTLIST_COOKIE not in response.cookies


def test_the_service_listing_counts_childcare_on_the_shortlist_too(client, acorns):
    client.post("/services/shortlist/add/", {"provider": acorns.pk, "next": "/childcare/"})
    listing = BeautifulSoup(client.get("/services/").content, "html.parser")
    assert "Your shortlist (1 item)" in listing.get_text()
    assert listing.find("form", action="/services/shortlist/clear/") is not None
