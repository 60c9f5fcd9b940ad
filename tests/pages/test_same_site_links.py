"""An address on this site never sends a family to another site: `GET //evil.example/` is a
path here, not a host, and no redirect, language switcher or hreflang link made from it may
lead to evil.example (an open redirect a phishing message could use)."""

import re
from urllib.parse import urlsplit

import pytest

from core.language_urls import path_in_language, same_site

pytestmark = pytest.mark.django_db

# Paths as a web server hands them to Django, already percent-decoded: `%2F%2F` arrives as `//`.
HOSTILE_PATHS = [
    "//evil.example/",
    "//evil.example",
    "///evil.example/",
    "//evil.example/services/",
    "//evil.example/pl/services/",
    "//evil.example/search/",
    "/\\evil.example/",
    "/\\/evil.example/services/",
    "\\\\evil.example/",
    "/\t/evil.example/",
    "/%2F%2Fevil.example/",
]
LINK = re.compile(r'(?:href|action|src|content)="([^"]*)"')


def raw_get(client, path, query="", **extra):
    """A request whose path is taken as it is: the test client would read `//host/` as a host."""
    return client.request(PATH_INFO=path, QUERY_STRING=query, REQUEST_METHOD="GET", **extra)


def leads_elsewhere(url):
    host = urlsplit(url.replace("\\", "/").replace("\t", "")).netloc
    return "evil.example" in host


@pytest.mark.parametrize("path", HOSTILE_PATHS)
@pytest.mark.parametrize("query", ["lang=en", "", "q=money"])
def test_no_redirect_or_link_leads_to_another_site(client, demo_site, path, query):
    client.cookies["django_language"] = "pl"  # as an older version of the site left it
    response = raw_get(client, path, query, HTTP_ACCEPT_LANGUAGE="pl")
    # Not found, here: no redirect at all, so none that could lead away.
    assert response.status_code == 404
    assert "Location" not in response
    links = LINK.findall(response.content.decode())
    assert links, "the page should still show the site's header"
    assert [link for link in links if leads_elsewhere(link)] == []


def test_language_switcher_on_a_hostile_path_stays_on_this_site(client, demo_site):
    response = raw_get(client, "//evil.example/pl/services/", "lang=en")
    switcher = re.findall(r'class="govuk-language-navigation__link" href="([^"]*)"', response.content.decode())
    assert switcher and all(link.startswith("/") and not link.startswith(("//", "/\\")) for link in switcher)
    assert "/evil.example/pl/services/" in switcher  # a page not found here, on this site
    # Ordinary addresses are unchanged.
    assert path_in_language("/services/?lang=en&q=money", "pl") == "/pl/services/?q=money"
    assert path_in_language("/services/family-mediation/", "ur") == "/ur/services/family-mediation/"


@pytest.mark.parametrize(
    ("requested", "expected"),
    [
        ("//evil.example/?lang=en", "/evil.example/"),
        ("///evil.example/pl/services/", "/evil.example/pl/services/"),
        ("/\\evil.example/", "/evil.example/"),
        ("\\/evil.example/", "/evil.example/"),
        ("/\t/evil.example/", "/evil.example/"),
        ("/\n\\evil.example/", "/evil.example/"),
        ("https://evil.example/", "/https://evil.example/"),
    ],
)
def test_english_address_of_a_hostile_path_is_a_path_here(demo_site, requested, expected):
    assert path_in_language(requested, "en") == expected
    assert same_site(requested).startswith("/") and not same_site(requested).startswith(("//", "/\\"))
