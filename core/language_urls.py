"""Addresses of the current page in each of the site's languages.

English pages have no prefix and every other language has its own (`/pl/`, `/ur/`…), with
the same slugs in every language, so Django's `translate_url` finds a page's twin.
"""

import re
from urllib.parse import urlsplit, urlunsplit

from django.http import QueryDict
from django.urls import translate_url
from django.utils.http import url_has_allowed_host_and_scheme

from core.languages import SITE_LANGUAGES

# Links from before the language came from the address alone carried `?lang=en` to choose
# English; it is dropped from the addresses made here.
CHOOSE_LANGUAGE_PARAM = "lang"


# Browsers drop tabs and line breaks from an address and read a backslash as a slash, so
# `/\t/evil.example/` or `/\\evil.example/` would be another site's address: see `same_site`.
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")
_LEADING_SLASHES = re.compile(r"^[/\\]+")


def same_site(full_path):
    """This site's path for a requested address, never another site's.

    A request for `//evil.example/` reaches Django with that path; read as an address it names
    evil.example, so every link made from it (the language switcher, hreflang) would lead there.
    Leading slashes and backslashes collapse to one, so it stays a path on this site."""
    path = "/" + _LEADING_SLASHES.sub("", _CONTROL_CHARACTERS.sub("", full_path))
    return path if url_has_allowed_host_and_scheme(path, allowed_hosts=None) else "/"


def without_choice_param(full_path):
    parts = urlsplit(full_path)
    query = QueryDict(parts.query, mutable=True)
    query.pop(CHOOSE_LANGUAGE_PARAM, None)
    return urlunsplit(parts._replace(query=query.urlencode()))


def path_in_language(full_path, code):
    """The address of this page in another language, query string kept: always a path on
    this site, whatever was requested."""
    return same_site(translate_url(without_choice_param(same_site(full_path)), code))


def alternates(request):
    """Every language version of the requested page, for the switcher and hreflang links.

    The address alone says the language, so the switcher's links are plain addresses and
    choosing a language stores nothing."""
    full_path = request.get_full_path()
    return [
        {
            "language": language,
            "path": path_in_language(full_path, language.code),
        }
        for language in SITE_LANGUAGES
    ]
