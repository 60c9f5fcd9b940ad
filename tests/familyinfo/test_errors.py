"""Errors get designed pages; the 500 page renders even when the database is down."""

import pytest
from django.db import DatabaseError
from django.test import RequestFactory

from familyinfo import views


@pytest.mark.django_db
def test_server_error_page_has_the_emergency_numbers(demo_site):
    response = views.server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    body = response.content.decode()
    assert "Sorry, there is a problem with the service" in body
    assert "999" in body and "01902 555392" in body


def test_server_error_page_renders_without_a_database(monkeypatch):
    def broken(*args, **kwargs):
        raise DatabaseError("database is down")

    monkeypatch.setattr(views.EmergencyContacts, "for_request", broken)
    response = views.server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    assert "999" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(("prefix", "home"), [("", "/"), ("/pl", "/pl/"), ("/ur", "/ur/")])
def test_not_found_page_links_home_in_the_readers_language(client, demo_site, prefix, home):
    from bs4 import BeautifulSoup

    response = client.get(f"{prefix}/no-such-page/")
    assert response.status_code == 404
    links = [a["href"] for a in BeautifulSoup(response.content, "html.parser").select("main a")]
    assert home in links
