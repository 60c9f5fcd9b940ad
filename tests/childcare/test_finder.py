"""The childcare finder at /childcare/: nearest first, every filter alone and together, a page
for each provider at a lasting address, and a clear answer (never a 500) to what cannot be read."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from childcare.finder import ProviderFilters, find_providers
from childcare.models import ChildcareIndexPage, ChildcareProvider, TwoYearOfferPage
from childcare.models.providers import VACANCY_FRESH_DAYS, AgeGroup, OfstedOutcome, OpeningDays, ProviderType
from tests.childcare.factories import provider, vacancy

pytestmark = pytest.mark.django_db

CENTRE = "WV1 1SH"


@pytest.fixture
def finder(demo_site):
    """The demo's finder with none of the demo's providers."""
    ChildcareProvider.objects.all().delete()
    return ChildcareIndexPage.objects.get()


@pytest.fixture
def offer_page(demo_site):
    """The demo's offer page: building one on an empty site took seconds a test."""
    return TwoYearOfferPage.objects.get()


@pytest.fixture
def nurseries(finder):
    """Four providers at known distances from WV1 1SH, named so that by name they come in
    another order than by distance."""
    return {
        "near": provider(name="Daisy Day Nursery", postcode="WV2 1AA"),  # 0.7 km
        "middle": provider(name="Birch Pre-school", postcode="WV6 0AA", provider_type=ProviderType.PRE_SCHOOL),
        "far": provider(name="Acorn Nursery", postcode="WV10 9SG"),  # 2.5 km
        "furthest": provider(name="Clover Nursery", postcode="WV14 0TP"),  # 5 km
    }


def listing(client, query="", status=200, prefix=""):
    response = client.get(f"{prefix}/childcare/{query}")
    assert response.status_code == status, response.status_code
    page = BeautifulSoup(response.content, "html.parser")
    names = [a.get_text(strip=True) for a in page.select("main ol.provider-list > li h2 a")]
    return page, names


def count(page):
    return int(page.find(class_="service-count").get_text().split()[0])


def test_without_a_place_providers_are_listed_by_name_in_an_ordered_list_in_main(client, nurseries):
    page, names = listing(client)
    assert names == ["Acorn Nursery", "Birch Pre-school", "Clover Nursery", "Daisy Day Nursery"]
    assert page.find("main").find("ol", class_="provider-list")
    assert count(page) == 4
    assert "miles away" not in page.find("main").get_text()


def test_a_postcode_puts_the_nearest_first_with_distances_in_miles(client, nurseries):
    page, names = listing(client, f"?postcode={CENTRE}")
    assert names == ["Daisy Day Nursery", "Birch Pre-school", "Acorn Nursery", "Clover Nursery"]
    distances = [p.get_text(strip=True) for p in page.select("ol.provider-list .service-card__distance")]
    assert distances[0] == "0.4 miles away" and distances[-1] == "3.2 miles away"
    assert "nearest to" in page.find(class_="service-count").get_text()


def test_a_shared_location_puts_the_nearest_first(client, nurseries):
    _, names = listing(client, "?lat=52.608&lon=-2.115")  # near WV10 9SG
    assert names[0] == "Acorn Nursery"


def test_a_provider_without_a_position_comes_last_when_nearest_first(client, nurseries):
    lost = provider(name="Aardvark Nursery", postcode="WV1 1SH")
    type(lost).objects.filter(pk=lost.pk).update(latitude=None, longitude=None)
    _, names = listing(client, f"?postcode={CENTRE}")
    assert names[-1] == "Aardvark Nursery"


def test_funded_two_year_old_places(client, nurseries):
    nurseries["far"].funded_two_year_olds = True
    nurseries["far"].save()
    _, names = listing(client, "?funded_two=1")
    assert names == ["Acorn Nursery"]


def test_age_keeps_providers_who_care_for_that_age(client, nurseries):
    nurseries["middle"].youngest_months = 24
    nurseries["middle"].save()
    nurseries["near"].oldest_years = 1
    nurseries["near"].save()
    _, under_two = listing(client, "?age=under_two")
    assert "Birch Pre-school" not in under_two and "Daisy Day Nursery" in under_two
    _, twos = listing(client, "?age=two")
    assert "Birch Pre-school" in twos and "Daisy Day Nursery" not in twos


def test_vacancies_keeps_providers_with_places_free_in_the_chosen_age(client, nurseries):
    vacancy(nurseries["near"], AgeGroup.UNDER_TWO, places=2)
    vacancy(nurseries["far"], AgeGroup.TWO, places=1)
    vacancy(nurseries["middle"], AgeGroup.TWO, places=0)  # full: not a place free
    _, any_age = listing(client, "?vacancies=1")
    assert any_age == ["Acorn Nursery", "Daisy Day Nursery"]
    _, twos = listing(client, "?vacancies=1&age=two")
    assert twos == ["Acorn Nursery"]


def test_several_types_at_once(client, nurseries):
    minder = provider(name="Ann Smith", provider_type=ProviderType.CHILDMINDER)
    _, names = listing(client, "?type=childminder&type=pre_school")
    assert names == ["Ann Smith", "Birch Pre-school"]
    assert minder.postcode == ""


def test_pickups_keeps_providers_who_take_children_to_school(client, nurseries):
    nurseries["furthest"].school_pickups = "Bilston Primary, St Mary's"
    nurseries["furthest"].save()
    _, names = listing(client, "?pickups=1")
    assert names == ["Clover Nursery"]


def test_filters_combine_and_keep_the_nearest_first(client, nurseries):
    for key in ["near", "far", "furthest"]:
        nurseries[key].funded_two_year_olds = True
        nurseries[key].save()
        vacancy(nurseries[key], AgeGroup.TWO, places=3)
    nurseries["near"].provider_type = ProviderType.PRE_SCHOOL
    nurseries["near"].save()
    page, names = listing(client, f"?postcode={CENTRE}&funded_two=1&age=two&vacancies=1&type=day_nursery")
    assert names == ["Acorn Nursery", "Clover Nursery"]
    assert count(page) == 2


def test_active_filters_each_have_a_link_that_removes_just_that_one(client, nurseries):
    page, _ = listing(client, "?postcode=WV1+1SH&funded_two=1&type=childminder&type=pre_school&page=1")
    removes = {
        item.get_text(" ", strip=True).split(" Remove")[0]: item.find("a")["href"]
        for item in page.select(".active-filters__item")
    }
    assert removes["Near WV1 1SH"] == "/childcare/?funded_two=1&type=childminder&type=pre_school"
    assert removes["Funded places for 2 year olds"] == "/childcare/?postcode=WV1+1SH&type=childminder&type=pre_school"
    assert removes["Childminder"] == "/childcare/?postcode=WV1+1SH&funded_two=1&type=pre_school"
    assert page.select_one(".active-filters__clear a")["href"] == "/childcare/"


def test_no_results_says_so_and_suggests_removing_filters(client, nurseries):
    page, names = listing(client, "?type=school_nursery")
    assert names == []
    main = page.find("main").get_text()
    assert "No childcare providers match" in main and "remove a filter" in main


@pytest.mark.parametrize(
    ("query", "field", "message"),
    [
        ("?age=toddler", "age", "Choose an age from the list."),
        ("?type=zoo", "type", "Choose the types of childcare from the list."),
        ("?postcode=nonsense", "postcode", "Enter a real postcode"),
        ("?postcode=B1+1AA", "postcode", "outside Wolverhampton"),
        ("?lat=abc&lon=1", "postcode", "could not use your location"),
        ("?lat=51.5&lon=-0.1", "postcode", "outside Wolverhampton"),
    ],
)
def test_bad_input_is_a_400_with_the_page_and_a_clear_message(client, nurseries, query, field, message):
    page, names = listing(client, query, status=400)
    summary = page.select_one(".govuk-error-summary")
    assert message in summary.get_text()
    assert summary.find("a")["href"] == f"#filter-{field}" and page.find(id=f"filter-{field}")
    assert page.title.get_text().startswith("Error:")
    assert len(names) == 4  # what could be read still applies


@pytest.mark.parametrize(
    "query",
    ["?page=999", "?page=abc", "?age=" + "x" * 5000, "?type=" + "&type=".join("abcdefghijklmn"), "?postcode=%00"],
)
def test_strange_input_is_never_an_error_page(client, nurseries, query):
    assert client.get(f"/childcare/{query}").status_code in (200, 400)


def test_pages_of_twenty(client, finder):
    for number in range(25):
        provider(name=f"Nursery {number:02d}")
    page, first = listing(client)
    _, second = listing(client, "?page=2")
    assert len(first) == 20 and len(second) == 5 and not set(first) & set(second)
    assert page.select_one("ol.provider-list")["start"] == "1"
    assert "Page 1 of 2" in page.find(class_="govuk-pagination").get_text()


def test_unlisted_providers_are_hidden_everywhere(client, nurseries):
    closed = provider(name="Closed Nursery", listed=False)
    _, names = listing(client)
    assert "Closed Nursery" not in names
    assert client.get(f"/childcare/{closed.urn}/{closed.slug}/").status_code == 404


def test_the_card_says_what_a_family_asks_first(client, nurseries, offer_page):
    near = nurseries["near"]
    near.funded_two_year_olds = True
    near.inspection_outcome = OfstedOutcome.GOOD
    near.inspection_date = datetime.date(2025, 3, 3)
    near.save()
    vacancy(near, AgeGroup.TWO, places=2)
    vacancy(near, AgeGroup.UNDER_TWO, places=1, confirmed_on=datetime.date.today() - datetime.timedelta(days=90))
    page, _ = listing(client)
    card = page.find(id=f"provider-{near.urn.lower()}")
    text = card.get_text(" ", strip=True)
    assert card.find("h2").find("a")["href"] == f"/childcare/{near.urn}/daisy-day-nursery/"
    assert "Day nursery" in text and "1 Test Street" in text and "From birth to 4 years" in text
    assert "Funded places: 2 year olds" in text
    assert "2 year olds: 2 places free" in text and "last confirmed" in text
    vacancies = card.select(".provider-card__vacancies li")
    assert [item.get_text(" ", strip=True).split(":")[0] for item in vacancies] == ["Under 2", "2 year olds"]
    assert "ring first" in vacancies[0].get_text() and "ring first" not in vacancies[1].get_text()
    assert "Ofsted: Good (inspected 3 March 2025)" in text
    assert card.find("form", action="/services/shortlist/add/")
    assert page.find("a", string="Check if you can get free childcare for your 2 year old")["href"] == (
        "/two-year-old-offer/check/"
    )


def test_demo_providers_are_marked(client, finder):
    demo = provider(name="Made Up Nursery")
    type(demo).objects.filter(pk=demo.pk).update(is_demo=True)
    page, _ = listing(client)
    assert (
        "Example listing: made up for the demonstration site" in page.find(id=f"provider-{demo.urn.lower()}").get_text()
    )
    detail = BeautifulSoup(client.get(f"/childcare/{demo.urn}/made-up-nursery/").content, "html.parser")
    assert "Example listing: made up for the demonstration site" in detail.find("main").get_text()


def test_the_provider_page_says_everything_in_plain_words(client, finder, offer_page):
    nursery = provider(
        name="Little Acorns",
        phone="01902 555123",
        email="hello@littleacorns.example",
        website="https://littleacorns.example/",
        youngest_months=6,
        oldest_years=5,
        funded_two_year_olds=True,
        funded_universal=True,
        opening_days=OpeningDays.WEEKDAYS,
        opens_at=datetime.time(7, 30),
        closes_at=datetime.time(18),
        all_year=True,
        school_pickups="Bilston Primary, St Mary's",
        holiday_care=True,
        special_needs_experience=True,
        inspection_outcome=OfstedOutcome.OUTSTANDING,
        inspection_date=datetime.date(2024, 11, 12),
        report_url="https://reports.ofsted.gov.uk/provider/16/EY100001",
    )
    vacancy(nursery, AgeGroup.TWO, places=3)
    response = client.get(f"/childcare/{nursery.urn}/little-acorns/")
    assert response.status_code == 200
    main = BeautifulSoup(response.content, "html.parser").find("main")
    text = main.get_text(" ", strip=True)
    assert main.find("h1").get_text() == "Little Acorns"
    for words in [
        "1 Test Street",
        "Wolverhampton",
        "WV1 1SH",
        "From 6 months to 5 years",
        "Monday to Friday, 7:30am to 6pm",
        "Open all year",
        "Bilston Primary",
        "St Mary's",
        "Holiday care for school-age children Yes",
        "Outstanding",
        "inspected 12 November 2024",
        "Ofsted reference number (URN): " + nursery.urn,
    ]:
        assert words in text, words
    assert main.find("a", href="tel:+441902555123")
    assert main.find("a", href="mailto:hello@littleacorns.example")
    assert main.find("a", href="https://littleacorns.example/")
    assert main.find("a", href="https://reports.ofsted.gov.uk/provider/16/EY100001")
    assert main.find("a", href="/two-year-old-offer/")
    assert main.find("a", href="/two-year-old-offer/check/")
    row = main.select_one("table.provider-vacancies tbody tr")
    assert [cell.get_text(strip=True) for cell in row.find_all(["th", "td"])][:2] == ["2 year olds", "3"]
    assert main.find(id=f"provider-{nursery.urn.lower()}").find("form", class_="shortlist-form")


def test_a_childminders_home_address_is_never_shown(client, finder):
    minder = provider(name="Ann Smith", provider_type=ProviderType.CHILDMINDER, postcode_district="WV10")
    page, _ = listing(client)
    assert page.find(id=f"provider-{minder.urn.lower()}").select(".service-card__facts li")[1].get_text() == "WV10"
    main = BeautifulSoup(client.get(f"/childcare/{minder.urn}/ann-smith/").content, "html.parser").find("main")
    text = main.get_text(" ", strip=True)
    assert "WV10" in text and "only the first part of their postcode" in text
    assert "Test Street" not in text


def test_a_wrong_or_missing_name_in_the_address_is_sent_on_to_the_right_one(client, finder):
    nursery = provider(name="Little Acorns")
    canonical = f"/childcare/{nursery.urn}/little-acorns/"
    for wrong in [
        f"/childcare/{nursery.urn}/",
        f"/childcare/{nursery.urn}/old-name/",
        f"/childcare/{nursery.urn.lower()}/little-acorns/",
    ]:
        response = client.get(wrong)
        assert response.status_code == 301 and response["Location"] == canonical, wrong
    assert client.get(f"/pl/childcare/{nursery.urn}/")["Location"] == f"/pl{canonical}"


@pytest.mark.parametrize("urn", ["EY999999", "nonsense", "x" * 100])
def test_an_unknown_urn_is_not_found(client, finder, urn):
    assert client.get(f"/childcare/{urn}/").status_code == 404
    assert client.get(f"/childcare/{urn}/some-name/").status_code == 404


def test_every_language_has_the_finder(client, nurseries):
    for prefix in ["/pl", "/ar"]:
        page, names = listing(client, f"?postcode={CENTRE}", prefix=prefix)
        assert names[0] == "Daisy Day Nursery"
        assert page.select_one("ol.provider-list h2 a")["href"].startswith(f"{prefix}/childcare/")
    nursery = nurseries["near"]
    assert client.get(f"/pl/childcare/{nursery.urn}/{nursery.slug}/").status_code == 200


def test_a_page_of_results_is_a_few_queries_whatever_the_number_of_providers(nurseries):
    for number in range(60):
        vacancy(provider(name=f"Nursery {number:02d}", funded_two_year_olds=True), AgeGroup.TWO, places=1)
    filters = ProviderFilters.from_request(_params(postcode=CENTRE, funded_two="1", vacancies="1", age="two"))
    with CaptureQueriesContext(connection) as queries:
        shown = list(find_providers(filters)[:20])
        assert all(len(item.vacancies.all()) == 1 for item in shown)
    assert len(queries) == 2  # the page, and its vacancies


def test_vacancies_older_than_the_fresh_days_are_flagged(client, finder):
    nursery = provider(name="Little Acorns")
    vacancy(nursery, AgeGroup.TWO, confirmed_on=datetime.date.today() - datetime.timedelta(days=VACANCY_FRESH_DAYS))
    vacancy(
        nursery,
        AgeGroup.UNDER_TWO,
        confirmed_on=datetime.date.today() - datetime.timedelta(days=VACANCY_FRESH_DAYS + 1),
    )
    main = BeautifulSoup(client.get(f"/childcare/{nursery.urn}/little-acorns/").content, "html.parser").find("main")
    rows = {row.th.get_text(strip=True): row.get_text(" ", strip=True) for row in main.select("table tbody tr")}
    assert "ring first" in rows["Under 2"] and "ring first" not in rows["2 year olds"]


def _params(**values):
    from django.http import QueryDict

    params = QueryDict(mutable=True)
    params.update(values)
    return params


def test_a_childminder_ofsted_does_not_name_is_named_in_the_readers_language(client, finder):
    from childcare.models.providers import unnamed_childminder

    provider(name=unnamed_childminder("WV10"), provider_type="childminder", postcode="", postcode_district="WV10")
    assert "Childminder (WV10)" in client.get("/childcare/").content.decode()
    assert "Childminder (WV10)" not in client.get("/pl/childcare/").content.decode()


def test_the_sitemap_lists_every_listed_providers_page_in_every_language(client, nurseries):
    hidden = provider(name="Closed Nursery", listed=False)
    near = nurseries["near"]
    xml = client.get("/sitemap.xml").content.decode()
    assert f"<loc>http://testserver/childcare/{near.urn}/{near.slug}/</loc>" in xml
    assert f'hreflang="ar" href="http://testserver/ar/childcare/{near.urn}/{near.slug}/"' in xml
    assert hidden.urn not in xml
