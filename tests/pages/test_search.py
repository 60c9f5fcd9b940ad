"""Site search: the header search box and the home page's "What do you need help with?"."""

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


def results(client, url):
    response = client.get(url)
    assert response.status_code == 200
    main = BeautifulSoup(response.content, "html.parser").find("main")
    return main, [a.get_text(strip=True) for a in main.select("ol.search-results h2 a")]


def test_search_finds_pages_by_their_words(client, indexed_demo_site):
    _, titles = results(client, "/search/?q=mediation")
    # Both pages list family mediation among the help on offer.
    assert "What is early help" in titles
    assert "How early help works" in titles


def test_search_works_under_a_language_prefix(client, indexed_demo_site):
    from pages.models import ContentPage

    main, titles = results(client, "/pl/search/?q=rodzicach+wolontariuszach")
    # The Polish page, found by its Polish words.
    assert ContentPage.objects.get(slug="about-parent-champions").title_pl in titles


def test_no_results_gives_next_steps(client, indexed_demo_site):
    main, titles = results(client, "/search/?q=zzzyxq")
    assert titles == []
    assert "No results" in main.get_text()


def test_empty_or_odd_input_never_fails(client, indexed_demo_site):
    for url in [
        "/search/",
        "/search/?q=",
        "/search/?q=help&page=abc",
        "/search/?q=help&page=999",
        "/search/?q=" + "x" * 5000,
        "/search/?q=%00",
        "/search/?q=%22",
        '/search/?q=a"b"c',
        "/search/?q=%E2%80%8F",
    ]:
        assert client.get(url).status_code == 200, url


def test_search_accepts_any_script(client, indexed_demo_site):
    main, _ = results(client, "/ur/search/?q=مدد")
    assert "مدد" in main.get_text()


def test_search_words_are_shown_back_as_typed(client, indexed_demo_site):
    main, _ = results(client, "/search/?q=ਮਦਦ+ਚਾਹੀਦੀ")
    assert main.find("input", attrs={"name": "q"})["value"] == "ਮਦਦ ਚਾਹੀਦੀ"
