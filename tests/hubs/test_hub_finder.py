"""Finding your nearest hub, and the hub and outreach base pages. The finder's tests search
the demo's eight hubs, as they stand in the city; the page tests build the hub they show."""

import datetime
import json

import pytest
from bs4 import BeautifulSoup

from hubs.models import Facility, HubOpeningHours, HubPage, Locality, OutreachBaseOpeningHours, OutreachBasePage, Ward
from tests.hubs.factories import HubIndexPageFactory, HubPageFactory, LocalityFactory, OutreachBasePageFactory

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_every_ward_belongs_to_one_of_eight_localities(db):
    assert Locality.objects.count() == 8
    assert Ward.objects.count() == 20
    assert all(locality.wards.exists() for locality in Locality.objects.all())
    assert set(Locality.objects.values_list("name", flat=True)) == {
        "Eastfield",
        "Bilston",
        "Graiseley",
        "Bingley",
        "Whitmore Reans",
        "Dove",
        "Low Hill",
        "Children's Village",
    }


def test_demo_has_all_eight_hubs_and_every_outreach_base(demo_site):
    assert HubPage.objects.live().count() == 8
    assert set(HubPage.objects.values_list("locality__number", flat=True)) == set(range(1, 9))
    assert OutreachBasePage.objects.live().count() == 15
    assert all(page.is_demo_data for page in HubPage.objects.all())


def test_without_a_postcode_every_hub_is_listed(client, demo_site):
    main = soup(client.get("/hubs/")).find("main")
    assert len(main.select("ol.place-results > li")) == 8


def test_postcode_shows_locality_and_hubs_nearest_first(client, demo_site):
    main = soup(client.get("/hubs/?postcode=wv10+9sg")).find("main")
    assert "You live in the Low Hill area" in main.find(class_="locality-panel").get_text()
    items = main.select("ol.place-results")[0].find_all("li", recursive=False)
    assert len(items) == 8
    assert items[0].find("a").get_text(strip=True) == "The Avenues Family Centre"
    distances = [float(li.find(class_="place-results__distance").get_text().split()[0]) for li in items]
    assert distances == sorted(distances)


def test_sector_and_district_work_too(client, demo_site):
    sector = soup(client.get("/hubs/?postcode=WV14+0")).find("main")
    assert sector.select("ol.place-results a")[0].get_text(strip=True).startswith("Bradley")
    district = soup(client.get("/hubs/?postcode=wv11")).find("main")
    assert "Children's Village" in district.select("ol.place-results a")[0].get_text()


def test_outreach_bases_near_you(client, demo_site):
    main = soup(client.get("/hubs/?postcode=WV10+8RG")).find("main")
    nearby = main.select("ol.place-results")[1].find_all("a")
    assert nearby[0].get_text(strip=True) == "Former Scotlands Adventure Playground"


@pytest.mark.parametrize(
    ("postcode", "message"),
    [("nonsense", "Enter a real postcode"), ("B1 1AA", "outside Wolverhampton"), ("", "Enter a postcode")],
)
def test_bad_postcodes_get_an_error_summary_and_keep_what_was_typed(client, demo_site, postcode, message):
    page = soup(client.get("/hubs/", {"postcode": postcode}))
    assert message in page.find(class_="govuk-error-summary").get_text()
    assert page.find("title").get_text().startswith("Error:")
    assert page.find("input", attrs={"name": "postcode"})["value"] == postcode
    assert not page.find(class_="locality-panel")


def test_shared_location_is_used_rounded(client, demo_site):
    main = soup(client.get("/hubs/?lat=52.6083411&lon=-2.1154442")).find("main")
    assert main.select("ol.place-results a")[0].get_text(strip=True) == "The Avenues Family Centre"
    bad = soup(client.get("/hubs/?lat=51.5&lon=-0.12"))
    assert "outside Wolverhampton" in bad.find(class_="govuk-error-summary").get_text()
    assert soup(client.get("/hubs/?lat=abc&lon=")).find(class_="govuk-error-summary")


def test_finder_works_in_other_languages(client, demo_site):
    page = soup(client.get("/pl/hubs/?postcode=WV1+1SH"))
    assert page.find("html")["lang"] == "pl"
    assert page.select("main ol.place-results a")[0]["href"].startswith("/pl/hubs/")


def test_home_page_postcode_form_goes_to_the_finder_in_the_readers_language(client, demo_site):
    assert soup(client.get("/")).find("form", class_="postcode-form")["action"] == "/hubs/"
    assert soup(client.get("/ur/")).find("form", class_="postcode-form")["action"] == "/ur/hubs/"


@pytest.fixture
def hubs(empty_site):
    return HubIndexPageFactory(parent=empty_site)


@pytest.fixture
def eastfield(hubs):
    hub = HubPageFactory(
        parent=hubs,
        title="Eastfield Campus",
        slug="eastfield",
        locality=LocalityFactory(number=1),
        address_line_1="Hickman Avenue",
        postcode="WV1 2GZ",
        is_demo_data=True,
        teams=json.dumps([{"type": "team", "value": {"name": "Health visitors", "description": ""}}]),
    )
    for weekday, closes in [(0, 17), (1, 17), (4, 16.5)]:
        HubOpeningHours.objects.create(
            page=hub,
            weekday=weekday,
            opens=datetime.time(9),
            closes=datetime.time(int(closes), int(closes % 1 * 60)),
            sort_order=weekday,
        )
    hub.facilities = [Facility.objects.get_or_create(name="Baby change")[0]]
    hub.save()
    return hub


def test_hub_page_shows_place_details(client, eastfield):
    OutreachBasePageFactory(parent=eastfield, title="Portobello Community Centre", slug="portobello")
    main = soup(client.get("/hubs/eastfield/")).find("main")
    text = main.get_text(" ", strip=True)
    assert "Hickman Avenue" in text and "WV1 2GZ" in text
    assert "demonstration address" in text
    rows = main.select("table.opening-hours tr")
    assert [row.th.get_text(strip=True) for row in rows] == ["Monday", "Tuesday", "Friday"]
    assert rows[0].td.get_text(strip=True) == "9am to 5pm"
    assert rows[2].td.get_text(strip=True) == "9am to 4:30pm"
    assert [li.get_text(strip=True) for li in main.select("ul.facilities li")] == ["Baby change"]
    assert "Health visitors" in text
    assert main.find("a", href="/hubs/eastfield/portobello/").get_text(strip=True) == "Portobello Community Centre"


def test_opening_hours_use_24_hour_times_in_other_languages(client, eastfield):
    main = soup(client.get("/pl/hubs/eastfield/")).find("main")
    assert "09:00" in main.select("table.opening-hours td")[0].get_text()


def test_outreach_base_page_links_to_its_hub(client, hubs):
    hub = HubPageFactory(parent=hubs, title="The Avenues Family Centre", slug="the-avenues")
    base = OutreachBasePageFactory(parent=hub, slug="scotlands-adventure-playground")
    OutreachBaseOpeningHours.objects.create(page=base, weekday=2, closed=True, note="During sessions")
    main = soup(client.get("/hubs/the-avenues/scotlands-adventure-playground/")).find("main")
    assert main.find("a", href="/hubs/the-avenues/").get_text(strip=True) == "The Avenues Family Centre"
    assert "During sessions" in main.get_text()


def test_locality_lists_its_postcode_sectors(db):
    low_hill = Locality.objects.get(name="Low Hill")
    assert "WV10 9" in low_hill.postcode_sectors()
