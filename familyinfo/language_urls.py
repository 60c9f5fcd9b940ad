"""Addresses of the current page in each of the site's languages.

English pages have no prefix and every other language has its own (`/pl/`, `/ur/`…), with
the same slugs in every language, so Django's `translate_url` finds a page's twin.
"""

from urllib.parse import urlsplit, urlunsplit

from django.http import QueryDict
from django.urls import translate_url

from translations.languages import SITE_LANGUAGES

# Links from before the language came from the address alone carried `?lang=en` to choose
# English; it is dropped from the addresses made here.
CHOOSE_LANGUAGE_PARAM = "lang"


def without_choice_param(full_path):
    parts = urlsplit(full_path)
    query = QueryDict(parts.query, mutable=True)
    query.pop(CHOOSE_LANGUAGE_PARAM, None)
    return urlunsplit(parts._replace(query=query.urlencode()))


def path_in_language(full_path, code):
    """The address of this page in another language, query string kept."""
    return translate_url(without_choice_param(full_path), code)


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
