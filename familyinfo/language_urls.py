"""Addresses of the current page in each of the site's languages.

English pages have no prefix and every other language has its own (`/pl/`, `/ur/`…), with
the same slugs in every language, so Django's `translate_url` finds a page's twin.
"""

from urllib.parse import urlencode, urlsplit, urlunsplit

from django.http import QueryDict
from django.urls import translate_url

from translations.languages import SITE_LANGUAGES, SOURCE_LANGUAGE

# A link carrying this parameter is the visitor choosing English on purpose.
CHOOSE_LANGUAGE_PARAM = "lang"


def without_choice_param(full_path):
    parts = urlsplit(full_path)
    query = QueryDict(parts.query, mutable=True)
    query.pop(CHOOSE_LANGUAGE_PARAM, None)
    return urlunsplit(parts._replace(query=query.urlencode()))


def path_in_language(full_path, code):
    """The address of this page in another language, query string kept."""
    return translate_url(without_choice_param(full_path), code)


def switcher_path(full_path, code):
    """Where the language switcher's link goes: English links say they were chosen."""
    path = path_in_language(full_path, code)
    if code != SOURCE_LANGUAGE:
        return path
    separator = "&" if "?" in path else "?"
    return f"{path}{separator}{urlencode({CHOOSE_LANGUAGE_PARAM: code})}"


def alternates(request):
    """Every language version of the requested page, for the switcher and hreflang links."""
    full_path = request.get_full_path()
    return [
        {
            "language": language,
            "path": path_in_language(full_path, language.code),
            "switch_path": switcher_path(full_path, language.code),
        }
        for language in SITE_LANGUAGES
    ]
