"""Translated content in use: each language's pages, search in each language, the fallback."""

import re

import pytest
from bs4 import BeautifulSoup

from directory.models import ServicePage
from translations.coverage import MISSING, coverage, summary

pytestmark = pytest.mark.django_db
LANGUAGES = ["pa", "pl", "ro", "ur", "ar"]


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_whole_demo_is_translated_into_every_language(demo_site, language):
    """Every page, row, snippet and term of the demo: the coverage report shows it complete."""
    rows = coverage(language)
    missing = {row.ref: row.languages[language].missing for row in rows if row.languages[language].missing}
    assert not missing
    assert summary(rows, [language])[language][MISSING] == 0
    assert ServicePage.objects.live().count() == 45
    assert all(getattr(service, f"title_{language}") for service in ServicePage.objects.live())


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_listing_card_reads_in_the_language_of_the_page(client, demo_site, language):
    for page_number in (1, 2, 3):
        page = soup(client.get(f"/{language}/services/", {"page": page_number}))
        titles = page.select(".service-card__title a")
        assert titles
        assert not [title.get_text(strip=True) for title in titles if title.get("lang") == "en"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_translated_pages_show_the_translation_without_a_fallback_notice(client, demo_site, language):
    service = ServicePage.objects.get(slug="family-mediation")
    page = soup(client.get(f"/{language}{service.url_path.removeprefix('/home')}"))
    assert page.find("h1").get_text(strip=True) == getattr(service, f"title_{language}")
    assert not page.find(class_="untranslated-notice")


def test_untranslated_content_falls_back_to_english_with_a_notice(client, demo_site):
    service = ServicePage.objects.get(slug="respite")
    ServicePage.objects.filter(pk=service.pk).update(title_pl="", summary_pl="", description_pl="")
    page = soup(client.get(f"/pl{service.url_path.removeprefix('/home')}"))
    assert page.find("h1").get_text(strip=True) == service.title_en
    notice = page.find(class_="untranslated-notice")
    assert notice and notice.get_text(strip=True)
    assert page.find("h1").get("lang") == "en"


def longest_word(text):
    # Split on spaces and punctuation only: Gurmukhi vowel signs are not "word" characters to
    # Python's regular expressions, but they are part of the word a parent types.
    words = re.split(r"[\s(),.\-–:;]+", text or "")
    return max(words, key=len)


@pytest.mark.parametrize("language", LANGUAGES)
def test_search_in_each_language_finds_content_by_its_words(client, demo_site, language):
    service = ServicePage.objects.get(slug="family-mediation")
    word = longest_word(getattr(service, f"title_{language}"))
    response = client.get(f"/{language}/search/", {"q": word})
    titles = [link.get_text(strip=True) for link in soup(response).select("main ol a")]
    assert getattr(service, f"title_{language}") in titles, (word, titles[:5])
    listing = client.get(f"/{language}/services/", {"q": word})
    assert getattr(service, f"title_{language}") in listing.content.decode()


def test_language_of_delivery_is_separate_from_the_site_language(client, demo_site):
    delivered_in_polish = set(
        ServicePage.objects.live().filter(languages__code="pl").values_list("title_en", flat=True)
    )
    assert delivered_in_polish
    # An English reader can find services delivered in Polish, and so can a Polish reader.
    english = soup(client.get("/services/", {"language": "pl"}))
    assert {a.get_text(strip=True) for a in english.select("main ol .service-card__title a")} <= delivered_in_polish
    polish = client.get("/pl/services/", {"language": "pl"})
    count = int(soup(polish).find(class_="service-count").get_text().split()[0])
    assert count == len(delivered_in_polish)


def test_session_times_use_each_languages_punctuation(client, demo_site):
    service = ServicePage.objects.get(slug="stay-and-play")
    path = service.url_path.removeprefix("/home")
    urdu = client.get(f"/ur{path}").content.decode()
    assert "، 09:30" in urdu and ", 09:30" not in urdu
    client.cookies.clear()  # the Urdu visit was remembered
    assert ", 9:30am" in client.get(path).content.decode()
