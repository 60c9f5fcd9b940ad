"""One shared copy of each public page for visitors who carry nothing of their own
(core/page_cache.py): families get it without the database, a shared cache or proxy may
keep it, and nobody sees a page made for someone else or one an editor has since changed."""

import time

import pytest
from django.test import Client

from core.models import EmergencyContacts
from directory.models import ServicePage
from directory.views import SHORTLIST_COOKIE
from hubs.models import HubPage

pytestmark = pytest.mark.django_db


def public_pages():
    return [
        "/",
        "/services/",
        ServicePage.objects.get(slug="stay-and-play").url,
        HubPage.objects.live().first().url,
    ]


def vary(response):
    return {value.strip().lower() for value in response.get("Vary", "").split(",") if value.strip()}


@pytest.mark.parametrize("prefix", ["", "/pl"])
def test_public_pages_do_not_vary_on_cookies_or_the_browser_language(client, demo_site, prefix):
    """A shared cache or proxy can keep one copy of each page and language: the page depends
    on neither the visitor's cookies nor the languages their browser asks for (the address
    says the language)."""
    for path in public_pages():
        for _ in range(2):  # rendered, then stored
            response = client.get(prefix + path)
            assert response.status_code == 200, path
            assert "cookie" not in vary(response), (path, response["Vary"])
            assert "accept-language" not in vary(response), (path, response["Vary"])
            assert not response.cookies
            assert "private" not in response.get("Cache-Control", "")


def test_a_second_visitor_gets_the_stored_page_without_the_database(client, demo_site, django_assert_num_queries):
    path = ServicePage.objects.get(slug="stay-and-play").url
    first = client.get(path)
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = Client().get(path)
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]


def test_each_language_has_its_own_copy(client, demo_site):
    client.get("/services/stay-and-play/")
    polish = Client().get("/pl/services/stay-and-play/")
    assert polish["X-Page-Cache"] == "miss"
    assert polish["Content-Language"] == "pl" and 'lang="pl"' in polish.content.decode()


def test_pages_are_compressed_for_browsers_that_accept_it(client, demo_site):
    import gzip

    plain = client.get("/")
    compressed = Client().get("/", HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert compressed["Content-Encoding"] == "gzip" and "accept-encoding" in vary(compressed)
    assert gzip.decompress(compressed.content) == plain.content
    assert len(compressed.content) < len(plain.content) / 3
    again = Client().get("/", HTTP_ACCEPT_ENCODING="gzip")
    assert again["X-Page-Cache"] == "hit" and again["Content-Encoding"] == "gzip"


def test_publishing_a_change_replaces_the_stored_page(client, demo_site):
    service = ServicePage.objects.get(slug="stay-and-play")
    assert "Stay and play" in client.get(service.url).content.decode()
    client.get("/services/")
    assert Client().get("/services/")["X-Page-Cache"] == "hit"
    service.title = "Stay, play and sing"
    service.save_revision().publish()
    response = Client().get(service.url)
    assert response["X-Page-Cache"] == "miss"
    assert "Stay, play and sing" in response.content.decode()
    # ...and every other page, such as the listing, which may name it too.
    assert Client().get("/services/")["X-Page-Cache"] == "miss"


def test_unpublishing_removes_the_page_at_once(client, demo_site):
    service = ServicePage.objects.get(slug="stay-and-play")
    assert client.get(service.url).status_code == 200
    service.unpublish()
    assert Client().get(service.url).status_code == 404


def test_a_changed_setting_shows_on_every_stored_page(client, demo_site):
    """The early help desk's number is in every page's footer: a correction must not wait."""
    client.get("/")
    contacts = EmergencyContacts.objects.get()
    contacts.desk_phone = "01902 555 000"
    contacts.save()
    assert "01902 555 000" in Client().get("/").content.decode()


def test_a_visitor_with_a_shortlist_sees_their_own_list_and_nobody_else_does(client, demo_site):
    service = ServicePage.objects.get(slug="stay-and-play")
    assert "Add to shortlist" in client.get(service.url).content.decode()  # stored

    family = Client()
    family.cookies[SHORTLIST_COOKIE] = f"{int(time.time())}:{service.pk}"
    theirs = family.get(service.url)
    assert "Remove from shortlist" in theirs.content.decode()
    assert "X-Page-Cache" not in theirs
    assert "private" in theirs["Cache-Control"]  # no proxy keeps it for the next visitor
    listing = family.get("/services/").content.decode()
    assert "Your shortlist (1 item)" in listing

    someone_else = Client().get(service.url)
    assert someone_else["X-Page-Cache"] == "hit"
    assert "Remove from shortlist" not in someone_else.content.decode()


def test_an_editor_gets_their_bar_and_families_never_do(client, demo_site, admin_user):
    path = "/what-is-early-help/"
    client.get(path)
    editor = Client()
    editor.force_login(admin_user)
    page = editor.get(path)
    assert "wagtail-userbar" in page.content.decode()
    assert "private" in page["Cache-Control"]
    anonymous = Client().get(path)
    assert anonymous["X-Page-Cache"] == "hit" and "wagtail-userbar" not in anonymous.content.decode()


@pytest.mark.parametrize(
    "path",
    [
        "/search/?q=parenting",
        "/services/?q=parenting",
        "/services/?postcode=WV10+9SG",
        "/hubs/?postcode=WV10+9SG",
        "/services/shortlist/",
        "/refer/",
        "/admin/login/",
        "/pl/search/?q=mediacje",
    ],
)
def test_answers_to_what_someone_typed_and_private_pages_are_never_stored(client, demo_site, path):
    for _ in range(2):
        response = Client().get(path)
        assert response.status_code == 200, path
        assert "X-Page-Cache" not in response, path


def test_pages_that_set_a_cookie_are_never_stored(client, demo_site):
    """The referral form starts a session: that page is rendered for each family."""
    for _ in range(2):
        response = Client().get("/refer/about-you/")
        assert "sessionid" in response.cookies
        assert "X-Page-Cache" not in response


def test_the_page_cache_can_be_turned_off(client, demo_site, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get("/")
    assert "X-Page-Cache" not in Client().get("/")


def test_a_long_address_is_kept_under_a_key_memcached_accepts(settings):
    from core.page_cache import _content_key

    key = _content_key("route:en:3:" + "a-very-long-slug/" * 30, None)
    assert len(key) < 250
    assert _content_key("route:en:3:" + "a-very-long-slug/" * 30, None) == key
    assert _content_key("route:en:3:short/", None).endswith(":route:en:3:short/")
