"""/services/: every filter, combined, shareable, and never an error."""

import pytest
from bs4 import BeautifulSoup

from directory.models import Need, ServiceLevel, ServicePage

pytestmark = pytest.mark.django_db


def listing(client, query="", status=200):
    response = client.get(f"/services/{query}")
    assert response.status_code == status
    page = BeautifulSoup(response.content, "html.parser")
    main = page.find("main")
    titles = [a.get_text(strip=True) for a in main.select("ol.service-list > li h2 a")]
    return page, titles


def total(page):
    return int(page.find(class_="service-count").get_text().split()[0])


def test_demo_has_at_least_40_services_across_every_level_and_need(demo_site):
    services = ServicePage.objects.live()
    assert services.count() >= 40
    assert set(services.values_list("level__slug", flat=True)) == set(
        ServiceLevel.objects.values_list("slug", flat=True)
    )
    assert set(Need.objects.values_list("pk", flat=True)) <= set(services.values_list("needs", flat=True))


def test_every_live_service_is_listed_in_an_ordered_list_in_main(client, demo_site):
    page, titles = listing(client)
    assert total(page) == ServicePage.objects.live().count()
    assert len(titles) == 20  # first page
    assert page.find("main").find("ol", class_="service-list")
    page2, titles2 = listing(client, "?page=2")
    assert not set(titles) & set(titles2)


def test_listing_is_alphabetical_across_pages_and_says_how_to_get_each_service(client, demo_site):
    page, first = listing(client)
    _, second = listing(client, "?page=2")
    titles = first + second
    assert titles == sorted(titles, key=str.casefold)
    card = next(li for li in page.select("ol.service-list > li") if "Family mediation" in li.get_text())
    # Family mediation takes both routes in: a family may ask for it or come through the desk.
    assert "Ask for it yourself" in card.get_text()
    assert "Through the early help desk" in card.get_text()


def test_filter_by_need_includes_narrower_needs(client, demo_site):
    _, titles = listing(client, "?need=young-people-at-risk")
    assert "Support for young people at risk of exploitation or going missing" in titles  # tagged 'exploitation'
    _, domestic = listing(client, "?need=domestic-abuse")
    assert "Refuge for women and children" in domestic and "Stay and play" not in domestic


def test_filter_by_age_and_pregnancy(client, demo_site):
    _, two = listing(client, "?age=2")
    assert "Free childcare for 2 year olds" in two and "Parenting teenagers" not in two
    _, expecting = listing(client, "?age=pregnancy")
    assert "Bump to baby" in expecting and "Stay and play" not in expecting


def test_filter_by_level_access_free_day_mode_and_language(client, demo_site):
    _, specialist = listing(client, "?level=specialist-intensive")
    assert "Family group conferencing" in specialist and "Stay and play" not in specialist
    _, drop_in = listing(client, "?access=drop-in")
    assert "Stay and play" in drop_in and "Intensive family support" not in drop_in
    ServicePage.objects.filter(slug="dads-group").update(is_free=False)
    _, free = listing(client, "?free=1&need=parenting")
    assert "Dads' group" not in free
    _, saturday = listing(client, "?day=saturday")
    assert "Dads' group" in saturday and "Stay and play" not in saturday
    _, online = listing(client, "?mode=online")
    assert "Feeling good group for young people" in online and "Stay and play" not in online
    _, bsl = listing(client, "?language=bsl")
    assert bsl == ["SEND family support"]


def test_filters_combine_with_search_words(client, indexed_demo_site):
    _, titles = listing(client, "?q=parenting&age=14")
    assert "Parenting teenagers" in titles and "Positive parenting course (ages 2 to 11)" not in titles


def test_postcode_sorts_nearest_first_and_shows_distances(client, demo_site):
    page, titles = listing(client, "?postcode=WV10+8RG&need=development-play")
    # The Scotlands outreach base runs Chatter and play: closest to WV10 8RG.
    assert titles[0] == "Chatter and play"
    distances = [float(li.get_text().split()[0]) for li in page.select(".service-card__distance")]
    assert distances == sorted(distances)


def test_bad_filters_get_messages_and_keep_the_rest(client, demo_site):
    page, titles = listing(client, "?age=99&postcode=nowhere&need=parenting", status=400)
    summary = page.find(class_="govuk-error-summary").get_text()
    assert "Enter an age from 0 to 25" in summary and "Enter a real postcode" in summary
    assert page.find("input", attrs={"name": "postcode"})["value"] == "nowhere"
    assert page.find("input", attrs={"value": "parenting", "name": "need"}).has_attr("checked")
    assert titles  # the need filter still applies


@pytest.mark.parametrize(
    "query",
    [
        "?page=abc",
        "?page=999",
        "?need=nope",
        "?level=nope",
        "?day=someday",
        "?q=%00",
        "?language=zz",
        "?q=" + "a" * 3000,
        "?age=-1",
        "?postcode=" + "W" * 50,
    ],
)
def test_odd_input_never_fails(client, demo_site, query):
    # An age, day or postcode that cannot be read is bad input: the page, with its message, as a 400.
    expected = 400 if query.startswith(("?age", "?postcode", "?day")) else 200
    assert client.get(f"/services/{query}").status_code == expected


def test_listing_query_count_does_not_grow_with_results(client, demo_site):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from core.page_cache import bump

    def queries(url):
        bump()  # as just after an editor publishes: no card (or menu, or route) is kept
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured.captured_queries)

    client.get("/services/")  # the first visit fills the caches (filter choices, synonyms)
    few = queries("/services/?level=specialist-intensive")  # 9 results
    many = queries("/services/?level=universal")  # a full page of 20
    assert few == many
    assert queries("/services/?level=universal&page=2") == many
    assert many <= 20


def test_cards_already_shown_load_nothing_more(client, demo_site):
    """What a card shows of a service is kept between families: a second listing of the same
    services reads only which services match, not the services themselves."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get("/services/?postcode=WV10+9SG")
    with CaptureQueriesContext(connection) as captured:
        page = BeautifulSoup(client.get("/services/?postcode=WV10+9SG").content, "html.parser")
    assert len(page.select(".service-card")) == 20
    tables = " ".join(query["sql"] for query in captured.captured_queries)
    assert "directory_servicephone" not in tables
    assert "directory_servicepage_access_routes" not in tables


def test_service_page_shows_everything_a_parent_needs(client, demo_site):
    response = client.get("/services/family-mediation/")
    main = BeautifulSoup(response.content, "html.parser").find("main")
    text = main.get_text(" ", strip=True)
    for expected in [
        "Family mediation",
        "Strengthening families",
        "How to get it",
        "Where and when",
        "What this service is not",
        "Last reviewed",
        "Free",
    ]:
        assert expected in text, expected
    assert main.find("a", href="/hubs/graiseley/")


def test_confidential_venue_address_is_never_shown(client, demo_site):
    main = BeautifulSoup(client.get("/services/refuge/").content, "html.parser").find("main")
    assert "The address is private" in main.get_text()
    # Nor its distance (tests/directory/test_confidential_places.py).
    near = BeautifulSoup(client.get("/services/", {"postcode": "WV10 9SG", "q": "refuge"}).content, "html.parser")
    assert near.find(id="service-refuge").find(class_="service-card__distance") is None


def test_service_past_review_shows_a_warning(client, demo_site):
    import datetime

    ServicePage.objects.filter(slug="family-mediation").update(review_due=datetime.date(2020, 1, 1))
    text = BeautifulSoup(client.get("/services/family-mediation/").content, "html.parser").get_text()
    assert "may be out of date" in text
    fresh = BeautifulSoup(client.get("/services/stay-and-play/").content, "html.parser").get_text()
    assert "may be out of date" not in fresh


def card(client, url, slug):
    page = BeautifulSoup(client.get(url).content, "html.parser")
    return page.find(id=f"service-{slug}")


def test_a_kept_card_shows_an_editors_change_at_once(client, demo_site):
    service = ServicePage.objects.get(slug="baby-massage")
    assert card(client, "/services/", "baby-massage")
    service.summary = "Gentle massage for babies under one, with other parents."
    service.save_revision().publish()

    shown = card(client, "/services/", "baby-massage")
    assert shown.find(class_="service-card__summary").get_text(strip=True) == service.summary


def test_a_kept_card_still_shows_this_familys_distance_and_shortlist(client, demo_site):
    near = card(client, "/services/?postcode=WV10+9SG", "baby-massage")
    assert near.find(class_="service-card__distance")
    assert "Add to shortlist" in near.get_text()

    client.post("/services/shortlist/add/", {"service": ServicePage.objects.get(slug="baby-massage").pk})
    again = card(client, "/services/", "baby-massage")
    assert again.find(class_="service-card__distance") is None
    assert "Remove from shortlist" in again.get_text()


def test_a_kept_card_is_in_the_language_of_the_page(client, demo_site):
    service = ServicePage.objects.exclude(title_ur__isnull=True).exclude(title_ur="").filter(level__slug="targeted")[0]
    listing = "/services/?level=targeted"  # fewer than a page of results
    assert card(client, listing, service.slug).find("h2").get_text(strip=True) == service.title_en
    urdu = card(client, "/ur" + listing, service.slug)
    assert urdu.find("h2").get_text(strip=True) == service.title_ur
    assert urdu.find("a")["href"].startswith("/ur/")


def test_a_service_behind_a_password_is_listed_nowhere_until_the_password_goes(client, demo_site):
    from wagtail.models import PageViewRestriction

    service = ServicePage.objects.get(slug="baby-massage")
    assert card(client, "/services/?level=universal", "baby-massage")
    restriction = PageViewRestriction.objects.create(
        page=service, restriction_type=PageViewRestriction.PASSWORD, password="pilot-2026"
    )
    assert card(client, "/services/?level=universal", "baby-massage") is None
    assert card(client, "/services/?postcode=WV10+9SG&level=universal", "baby-massage") is None
    api_ids = [item["id"] for item in client.get("/api/openreferral/services?per_page=100").json()["contents"]]
    assert len(api_ids) == ServicePage.objects.live().count() - 1

    restriction.delete()
    assert card(client, "/services/?level=universal", "baby-massage")
