"""The offer checks report: what families were told, by month, language and district, with no
figure under 5 and nothing that leads back to a family."""

import datetime

import pytest

from childcare.models import OfferCheckCount
from tests.factories import member_of

pytestmark = pytest.mark.django_db

REPORT = "/admin/reports/two-year-old-offer-checks/"


@pytest.fixture
def counts(db):
    month = datetime.date.today().replace(day=1)
    for language, district, outcome, count in [
        ("pl", "WV10", "likely", 12),
        ("pl", "WV10", "not_eligible", 3),
        ("en", "WV14", "likely", 40),
        ("en", "WV14", "working", 9),
        ("ar", "", "not_sure", 2),
    ]:
        OfferCheckCount.objects.create(
            month=month, language=language, postcode_district=district, outcome=outcome, count=count
        )


def test_insight_officers_see_counts_with_small_numbers_hidden(client, counts):
    client.force_login(member_of("Insight officers", "insight"))
    page = client.get(REPORT).content.decode()
    assert "Polish" in page and "WV10" in page
    assert ">40<" in page
    assert ">3<" not in page and ">2<" not in page
    assert "fewer than 5" in page


def test_the_csv_has_the_same_figures_with_small_ones_hidden(client, counts):
    client.force_login(member_of("Insight officers", "insight"))
    response = client.get(REPORT + "?format=csv")
    text = response.content.decode()
    assert response["Content-Type"].startswith("text/csv")
    rows = [line.split(",") for line in text.splitlines()]
    polish = next(row for row in rows if row[:2] == ["language", "Polish"])
    assert "3" not in polish and "<5" in polish


def test_editors_cannot_open_the_report(client, counts):
    client.force_login(member_of("FIS editors", "editor"))
    assert client.get(REPORT).status_code == 302


def test_in_the_insight_area_an_area_counts_the_districts_mostly_in_it(client, counts):
    from hubs.models import Locality

    client.force_login(member_of("Insight officers", "insight"))

    def offer_checks(locality):
        page = client.get("/admin/insight/", {"locality": Locality.objects.get(name=locality).pk})
        return page.content.decode().split('id="offer-checks"')[1]

    bilston = offer_checks("Bilston")
    assert "WV14" in bilston and "WV10" not in bilston and ">40<" in bilston
    assert "no district has most of its addresses in this area" in offer_checks("Low Hill")


def test_desk_managers_read_the_offer_checks_in_the_insight_area(client, counts):
    client.force_login(member_of("Early help desk managers", "manager"))
    page = client.get("/admin/insight/")
    assert page.status_code == 200
    assert 'id="offer-checks"' in page.content.decode()
