"""Reading the site leaves nothing on the device: no cookie until a family starts the form."""

import pytest

from directory.models import ServicePage
from hubs.models import HubPage

pytestmark = pytest.mark.django_db


def reading_pages():
    service = ServicePage.objects.live().get(slug="stay-and-play")
    hub = HubPage.objects.live().first()
    return [
        "/",
        "/services/",
        "/services/?q=parenting",
        service.url,
        hub.url,
        "/hubs/",
        "/search/?q=money",
        "/whats-on/",
        "/services/shortlist/",
        "/refer/",
    ]


@pytest.mark.parametrize("prefix", ["", "/pl", "/ur"])
def test_no_page_a_family_reads_sets_a_cookie(client, demo_site, prefix):
    for path in reading_pages():
        response = client.get(f"{prefix}{path}")
        assert response.status_code == 200, path
        assert not response.cookies, (path, list(response.cookies))


def test_shortlist_buttons_set_no_cookie_on_the_page_showing_them(client, demo_site):
    """Add to shortlist is a form, but without Django's CSRF token (and its cookie)."""
    response = client.get("/services/")
    assert "csrfmiddlewaretoken" not in response.content.decode()
    assert 'action="/services/shortlist/add/"' in response.content.decode()
    assert "csrftoken" not in response.cookies


def test_the_session_starts_when_the_family_starts_the_form(client, demo_site):
    assert "sessionid" not in client.get("/refer/").cookies
    assert "sessionid" in client.get("/refer/about-you/").cookies
