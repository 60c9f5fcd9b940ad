"""Six languages from day one: prefixes, direction, switching, sitemap; the address alone says the language."""

import pytest
from bs4 import BeautifulSoup
from django.conf import settings

from core.languages import SITE_LANGUAGES

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize(
    ("prefix", "lang", "direction"),
    [
        ("", "en", "ltr"),
        ("/pa", "pa", "ltr"),
        ("/pl", "pl", "ltr"),
        ("/ro", "ro", "ltr"),
        ("/ur", "ur", "rtl"),
        ("/ar", "ar", "rtl"),
    ],
)
def test_every_language_has_its_prefix_and_direction(client, demo_site, prefix, lang, direction):
    response = client.get(f"{prefix}/what-is-early-help/")
    assert response.status_code == 200
    html = soup(response).find("html")
    assert (html["lang"], html["dir"]) == (lang, direction)


def test_right_to_left_pages_load_the_mirrored_styles(client, demo_site):
    assert soup(client.get("/ur/")).find("link", rel="stylesheet")["href"].endswith("site-rtl.css")
    assert soup(client.get("/pl/")).find("link", rel="stylesheet")["href"].endswith("site.css")


def test_switcher_names_each_language_in_its_own_script_and_keeps_the_page(client, demo_site):
    switcher = soup(client.get("/pl/what-is-early-help/")).find("nav", class_="site-languages")
    items = {item.get_text(strip=True): item for item in switcher.find_all(["a", "span"])}
    assert set(items) == {"English", "ਪੰਜਾਬੀ", "Polski", "Română", "اردو", "العربية"}
    assert items["Polski"].name == "span" and items["Polski"]["aria-current"] == "true"
    assert items["اردو"]["href"] == "/ur/what-is-early-help/"
    assert items["اردو"]["lang"] == "ur" and items["اردو"]["dir"] == "rtl"
    assert items["English"]["href"] == "/what-is-early-help/"


def test_switcher_keeps_the_search_words(client, demo_site):
    switcher = soup(client.get("/search/?q=money")).find("nav", class_="site-languages")
    assert switcher.find("a", lang="ar")["href"] == "/ar/search/?q=money"


def test_hreflang_alternates_on_every_page(client, demo_site):
    links = soup(client.get("/what-is-early-help/")).find_all("link", rel="alternate")
    hreflangs = {link["hreflang"]: link["href"] for link in links}
    assert set(hreflangs) == {language.code for language in SITE_LANGUAGES} | {"x-default"}
    assert hreflangs["ro"] == "http://testserver/ro/what-is-early-help/"
    assert hreflangs["x-default"] == "http://testserver/what-is-early-help/"


def test_the_address_alone_says_the_language_and_reading_remembers_nothing(client, demo_site):
    """A shared device keeps no trace of the language a family read in."""
    response = client.get("/pl/what-is-early-help/")
    assert list(response.cookies) == []
    response = client.get("/how-early-help-works/")
    assert response.status_code == 200
    assert soup(response).find("html")["lang"] == "en"


def test_an_old_english_link_with_lang_still_opens_in_english(client, demo_site):
    response = client.get("/contact/?lang=en")
    assert response.status_code == 200 and soup(response).find("html")["lang"] == "en"
    assert list(response.cookies) == []


def test_a_cookie_left_by_an_older_site_changes_nothing(client, demo_site):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ur"
    assert soup(client.get("/contact/")).find("html")["lang"] == "en"


def test_sitemap_lists_every_language_with_alternates(client, demo_site):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    xml = response.content.decode()
    assert "<loc>http://testserver/ur/what-is-early-help/</loc>" in xml
    assert 'hreflang="pa" href="http://testserver/pa/what-is-early-help/"' in xml
    assert 'hreflang="x-default" href="http://testserver/what-is-early-help/"' in xml


def test_untranslated_content_is_marked_as_english_with_a_notice(client, demo_site):
    from hubs.models import ChampionStoryPage

    ChampionStoryPage.objects.filter(slug="from-stay-and-play-to-a-new-job").update(title_ar=None, intro_ar=None)
    page = soup(client.get("/ar/parent-champions/from-stay-and-play-to-a-new-job/"))
    assert page.find(class_="untranslated-notice")
    heading = page.find("h1")
    assert heading["lang"] == "en" and heading["dir"] == "ltr"


def test_translated_content_is_not_marked(client, demo_site):
    from pages.models import ContentPage

    page = ContentPage.objects.get(slug="what-is-early-help")
    page.title_pl = "Czym jest wczesna pomoc"
    page.body_pl = page.body_en
    page.save()
    html = soup(client.get("/pl/what-is-early-help/"))
    assert html.find("h1").get_text(strip=True) == "Czym jest wczesna pomoc"
    assert not html.find("h1").has_attr("lang")
    assert not html.find(class_="untranslated-notice")


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_admin(client, db):
    body = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body
