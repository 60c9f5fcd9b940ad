"""Safety answers: the calm panel of numbers a frightened search, a need listing or a service
page about domestic abuse shows first, managed by editors, in every language."""

from urllib.parse import urlencode

import pytest
from bs4 import BeautifulSoup

from directory.models import Need, SafetyAnswer, SafetyAnswerKind, SafetyAnswerLine, ServicePage

pytestmark = pytest.mark.django_db


def page(client, path, **params):
    response = client.get(f"{path}?{urlencode(params)}" if params else path)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").find("main")


def panels(main):
    return [section["data-safety-answer"] for section in main.select("[data-safety-answer]")]


def first_panel_before_results(main):
    """The panel comes before the first result in the page's reading order."""
    panel = main.select_one("[data-safety-answer]")
    result = main.select_one("ol.service-list, ol.search-results")
    return panel is not None and (result is None or panel.sourceline <= result.sourceline)


@pytest.mark.parametrize(
    ("prefix", "typed"),
    [
        ("", "my partner shouts at me and I'm scared"),
        ("/pl", "partner na mnie krzyczy i się boję"),
        ("/ur", "میرا ساتھی مجھ پر چیختا ہے اور مجھے ڈر لگتا ہے"),
        ("/ar", "زوجي يصرخ علي وأنا خائفة"),
        ("/ur", "گهريلو تشدد"),  # typed on an Arabic keyboard: ه for ھ, ي for ی
    ],
)
@pytest.mark.parametrize("path", ["/services/", "/search/"])
def test_a_frightened_search_shows_the_safety_panel_first(client, indexed_demo_site, prefix, typed, path):
    main = page(client, f"{prefix}{path}", q=typed)
    assert panels(main)[0] == "domestic-abuse"
    assert first_panel_before_results(main)
    numbers = {link["href"] for link in main.select("[data-safety-answer] a[href^='tel:']")}
    assert {"tel:999", "tel:+448082000247", "tel:+448088010327"} <= numbers


def test_the_panel_is_in_the_readers_language_with_numbers_kept_left_to_right(client, indexed_demo_site):
    main = page(client, "/ur/services/", need="domestic-abuse")
    panel = main.select_one("[data-safety-answer='domestic-abuse']")
    assert panel.h2.get_text(strip=True) == "اگر آپ گھر میں محفوظ نہیں ہیں"
    assert panel.h2.get("lang") is None
    helpline = panel.select_one("a[href='tel:+448082000247'] bdi")
    assert helpline["dir"] == "ltr" and helpline.get_text(strip=True).replace(" ", "") == "08082000247"
    assert "55" in panel.get_text()


@pytest.mark.parametrize("typed", ["stay and play", "free childcare for my 2 year old", "parenting", "mediation"])
def test_no_safety_panel_for_unrelated_searches(client, indexed_demo_site, typed):
    assert panels(page(client, "/services/", q=typed)) == []
    assert panels(page(client, "/search/", q=typed)) == []


def test_the_domestic_abuse_need_listing_shows_the_panel(client, indexed_demo_site):
    assert panels(page(client, "/services/", need="domestic-abuse")) == ["domestic-abuse"]
    assert panels(page(client, "/services/", need="parenting")) == []


def test_asking_about_your_own_anger_shows_the_respect_line(client, indexed_demo_site):
    main = page(client, "/services/", q="my own anger")
    assert panels(main)[0] == "respect"
    assert main.select_one("[data-safety-answer='respect'] a[href='tel:+448088024040']")


def test_service_pages_about_domestic_abuse_show_the_panel(client, indexed_demo_site):
    support = page(client, ServicePage.objects.get(slug="domestic-abuse-support").url)
    assert panels(support) == ["domestic-abuse"]
    programme = page(client, ServicePage.objects.get(slug="changing-behaviour").url)
    assert panels(programme) == ["respect"]
    assert panels(page(client, ServicePage.objects.get(slug="stay-and-play").url)) == []


def test_signposts_answer_everyday_needs(client, indexed_demo_site):
    food = page(client, "/services/", q="foodbank")
    assert panels(food) == ["food"]
    assert food.select_one("[data-safety-answer='food'] a[href^='https://www.citizensadvice.org.uk']")
    bullying = page(client, "/search/", q="bullying")
    assert panels(bullying) == ["bullying"]
    assert bullying.select_one("[data-safety-answer='bullying'] a[href='tel:+448001111']")


def test_editors_words_and_needs_decide_where_an_answer_shows(client, indexed_demo_site):
    assert panels(page(client, "/services/", q="gambling")) == []
    answer = SafetyAnswer(
        slug="gambling",
        kind=SafetyAnswerKind.SIGNPOST,
        title="Worried about gambling?",
        search_words="gambl*\nbetting",
        search_words_pl="hazard*",
    )
    answer.lines.add(SafetyAnswerLine(label="National Gambling Helpline", phone="0808 8020 133"))
    answer.needs.set([Need.objects.get(slug="money")])
    answer.save()
    assert panels(page(client, "/services/", q="my husband is gambling")) == ["gambling"]
    assert panels(page(client, "/pl/services/", q="mąż gra w hazard")) == ["gambling"]
    assert panels(page(client, "/services/", need="money")) == ["gambling"]
    found = page(client, "/services/", q="my husband is gambling").select("ol.service-list h2 a")
    assert found, "a signpost's need brings its services into the results"


def test_load_demo_adds_each_answer_once_in_six_languages(demo_site):
    from django.core.management import call_command

    call_command("load_demo", "--skip-index", verbosity=0)
    answer = SafetyAnswer.objects.get(slug="domestic-abuse")
    assert SafetyAnswer.objects.filter(slug="domestic-abuse").count() == 1
    for code in ["en", "pa", "pl", "ro", "ur", "ar"]:
        assert getattr(answer, f"title_{code}"), code
        assert getattr(SafetyAnswer.objects.get(slug="respect"), f"title_{code}"), code
    assert [line.phone for line in answer.lines.all()] == ["999", "0808 2000 247", "0808 801 0327"]
