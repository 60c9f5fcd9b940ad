"""The "become a parent champion" form is limited per connection, without losing anything typed."""

import pytest
from bs4 import BeautifulSoup
from django.utils import translation

from hubs.models import ChampionInterest
from tests.hubs.test_champions import JOIN_URL, valid_form

pytestmark = pytest.mark.django_db

TOO_MANY = (
    "We have had a lot of requests from this connection in the last hour, so we could not send this. "
    "What you typed is still here: please try again in an hour."
)


def test_too_many_in_an_hour_are_held_back_with_what_was_typed_kept(client, demo_site, settings):
    settings.CHAMPION_INTEREST_RATE_LIMIT_PER_HOUR = 1
    before = ChampionInterest.objects.count()  # the demo's made-up people
    # A form sent back with a mistake uses nothing up.
    assert client.post(f"/pl{JOIN_URL}", valid_form(consent="")).status_code == 200
    assert client.post(f"/pl{JOIN_URL}", valid_form()).status_code == 302
    response = client.post(f"/pl{JOIN_URL}", valid_form(first_name="Ana", message="Pot ajuta sâmbăta"))
    assert response.status_code == 429
    assert ChampionInterest.objects.count() == before + 1
    page = BeautifulSoup(response.content, "html.parser")
    # In the reader's language (English until the catalogue has it).
    with translation.override("pl"):
        in_polish = translation.gettext(TOO_MANY)
    assert in_polish in page.find(class_="govuk-error-summary").get_text()
    assert page.find("input", attrs={"name": "first_name"})["value"] == "Ana"
    assert page.find("input", attrs={"name": "phone"})["value"] == "07700 900123"
    assert page.find("textarea", attrs={"name": "message"}).get_text().strip() == "Pot ajuta sâmbăta"
    assert page.find("input", attrs={"name": "consent"}).has_attr("checked")


def test_each_family_behind_the_proxy_has_its_own_limit(client, demo_site, settings):
    settings.CHAMPION_INTEREST_RATE_LIMIT_PER_HOUR = 1
    settings.TRUSTED_PROXY_COUNT = 1
    before = ChampionInterest.objects.count()
    proxy = {"REMOTE_ADDR": "10.0.0.2"}
    assert client.post(JOIN_URL, valid_form(), HTTP_X_FORWARDED_FOR="198.51.100.1", **proxy).status_code == 302
    assert client.post(JOIN_URL, valid_form(), HTTP_X_FORWARDED_FOR="198.51.100.2", **proxy).status_code == 302
    assert client.post(JOIN_URL, valid_form(), HTTP_X_FORWARDED_FOR="198.51.100.1", **proxy).status_code == 429
    assert ChampionInterest.objects.count() == before + 2
