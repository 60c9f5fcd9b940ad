"""Odd input never makes a server error: whatever is typed into an address, a filter, a button or
a cookie, the page answers with a clear message (JSON from the API, with status 400), never a 500.
"""

import time

import pytest
from bs4 import BeautifulSoup

from directory.models import ServicePage
from directory.views import SHORTLIST_COOKIE

pytestmark = pytest.mark.django_db

HUGE = "99999999999999999999"  # more than any database integer holds
API = "/api/openreferral"

# Pages for families answer with the page itself and what it says about the input: 400 when a
# filter could not be read, 200 where the input still leads somewhere ("Page N of N": a page
# number past the end shows the last page).
PAGES = [
    (f"/services/?page={HUGE}", "Page "),
    ("/services/?page=1e309", "Page 1 of"),
    (f"/search/?q=help&page={HUGE}", "Page "),
    ("/services/?age=inf", "Enter an age from 0 to 25"),
    ("/services/?age=nan", "Enter an age from 0 to 25"),
    ("/services/?age=1e309", "Enter an age from 0 to 25"),
    (f"/services/?age={HUGE}", "Enter an age from 0 to 25"),
    ("/services/?age=²", "Enter an age from 0 to 25"),  # a digit to str.isdigit(), not to int()
    ("/services/?age=١٢", "Enter an age from 0 to 25"),
    ("/whats-on/?age=²", "Enter an age from 0 to 25"),
    (f"/whats-on/?age={HUGE}", "Enter an age from 0 to 25"),
    ("/whats-on/?age=inf", "Enter an age from 0 to 25"),
    ("/hubs/?lat=inf&lon=nan", "Enter your postcode instead"),
    ("/hubs/?lat=1e309&lon=1", "Enter your postcode instead"),
    ("/hubs/?lat=60&lon=1", "Enter a Wolverhampton postcode instead"),
    (f"/parent-champions/?area={HUGE}", "Parent champions"),
    ("/parent-champions/?area=²", "Parent champions"),
    (f"/services/shortlist/?ids={HUGE}", "shortlist"),
    (f"/services/shortlist/?ids=1,{HUGE},-3,²,1e309", "shortlist"),
]

# The Open Referral API: 400 with a JSON error naming the parameter and what it takes.
API_CALLS = [
    (f"{API}/services?page={HUGE}", "page"),
    (f"{API}/services?page=0", "page"),
    (f"{API}/services?page=1e309", "page"),
    (f"{API}/services?per_page=²", "per_page"),
    (f"{API}/services?per_page=0", "per_page"),
    (f"{API}/service_at_locations?page={HUGE}", "page"),
    (f"{API}/taxonomies?page={HUGE}", "page"),
    (f"{API}/taxonomy_terms?page={HUGE}", "page"),
    (f"{API}/services?minimum_age=inf", "minimum_age"),
    (f"{API}/services?minimum_age=nan", "minimum_age"),
    (f"{API}/services?maximum_age=1e309", "maximum_age"),
    (f"{API}/services?maximum_age=-5", "maximum_age"),
    (f"{API}/services?start_time=25:99", "start_time"),
    (f"{API}/services?end_time=24:00", "end_time"),
    (f"{API}/services?start_time=09:30:99", "start_time"),
    (f"{API}/services?start_time=nine", "start_time"),
    (f"{API}/services?modified_after=2026-02-30", "modified_after"),
    (f"{API}/services?modified_after=2026-01-31T25:00:00", "modified_after"),
    (f"{API}/service_at_locations?postcode=WV1 1SH&proximity=inf", "proximity"),
    (f"{API}/service_at_locations?postcode=WV1 1SH&proximity=nan", "proximity"),
]


@pytest.fixture
def visitor(client):
    # A server error must show as the 500 it would be for a family, not as a test exception.
    client.raise_request_exception = False
    return client


@pytest.mark.parametrize(("url", "message"), PAGES)
def test_odd_addresses_answer_with_the_page_and_a_clear_message(visitor, demo_site, url, message):
    response = visitor.get(url)
    expected = 400 if message.startswith("Enter an age") else 200
    assert response.status_code == expected, (url, response.status_code)
    assert message in BeautifulSoup(response.content, "html.parser").get_text(" ")


@pytest.mark.parametrize(("url", "parameter"), API_CALLS)
def test_odd_api_parameters_answer_400_with_a_json_reason(visitor, demo_site, url, parameter):
    response = visitor.get(url)
    assert response.status_code == 400, (url, response.status_code)
    assert response["Content-Type"].startswith("application/json")
    assert response["Access-Control-Allow-Origin"] == "*"
    body = response.json()
    assert body["status"] == 400 and body["error"].startswith(parameter), body


def test_good_api_filters_still_work(visitor, demo_site):
    for url in [
        f"{API}/services?minimum_age=0&maximum_age=25.5",
        f"{API}/services?start_time=09:00&end_time=23:59",
        f"{API}/services?modified_after=2020-02-29",
        f"{API}/services?per_page={HUGE}",  # a page size over the cap gets the cap
    ]:
        assert visitor.get(url).status_code == 200, url


@pytest.mark.parametrize("number", [HUGE, "-1", "0", "1e309", "²", "١٢", "", "12abc"])
def test_shortlist_buttons_ignore_what_cannot_be_a_service(visitor, demo_site, number):
    for button in ["add", "remove"]:
        response = visitor.post(f"/services/shortlist/{button}/", {"service": number, "next": "/services/"})
        assert response.status_code == 302 and response["Location"] == "/services/", (button, response.status_code)
    response = visitor.post("/services/shortlist/keep/", {"ids": f"{number},{number}"})
    assert response.status_code == 302
    assert visitor.get("/services/shortlist/").status_code == 200


@pytest.mark.parametrize(
    "cookie",
    [
        f"{{now}}:{HUGE}",
        f"{{now}}:1,{HUGE},²,-4",
        f"{HUGE}:1",  # a time far in the future: never written by this site
        "{now}:" + ",".join(["7"] * 5000),
        "nonsense",
        "²:²",
    ],
)
def test_a_broken_shortlist_cookie_is_ignored_and_dropped(visitor, demo_site, cookie):
    real = ServicePage.objects.live().first()
    visitor.cookies[SHORTLIST_COOKIE] = cookie.format(now=int(time.time())).replace("7", str(real.pk))
    for url in ["/services/", "/search/?q=play", "/", f"{real.url}"]:
        assert visitor.get(url).status_code == 200, url
    page = visitor.get("/services/shortlist/")
    assert page.status_code == 200
    # Adding a service starts a good list from whatever was usable.
    visitor.post("/services/shortlist/add/", {"service": real.pk})
    changed, numbers = visitor.cookies[SHORTLIST_COOKIE].value.split(":")
    assert str(real.pk) in numbers.split(",") and all(part.isdigit() for part in numbers.split(","))
    assert abs(int(changed) - time.time()) < 60


def test_a_cookie_from_the_future_does_not_keep_a_list_forever(visitor, demo_site):
    real = ServicePage.objects.live().first()
    visitor.cookies[SHORTLIST_COOKIE] = f"{int(time.time()) + 10**9}:{real.pk}"
    page = visitor.get("/services/shortlist/")
    assert real.title not in BeautifulSoup(page.content, "html.parser").select_one("main").get_text()
    assert page.cookies[SHORTLIST_COOKIE]["max-age"] == 0  # dropped
