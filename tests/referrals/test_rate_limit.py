"""The hourly limit on self-referrals from one connection, behind the reverse proxy."""

import pytest
from django.test import Client

from referrals import submission
from referrals.models import Referral
from tests.referrals.journey import fill_in, state_of

pytestmark = pytest.mark.django_db

PROXY = "10.0.0.2"


def family_behind_the_proxy(address):
    """A family's browser, reaching the site through the documented proxy."""
    return Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=address)


def send(client):
    check = fill_in(client)
    return client.post("/refer/check/", {"state": state_of(check)})


@pytest.fixture
def one_an_hour(settings):
    settings.REFERRAL_RATE_LIMIT_PER_HOUR = 1


def test_behind_one_proxy_each_family_has_its_own_limit(demo_site, settings, one_an_hour):
    settings.TRUSTED_PROXY_COUNT = 1
    first, second = family_behind_the_proxy("198.51.100.1"), family_behind_the_proxy("198.51.100.2")
    assert send(first).status_code == 302
    assert send(second).status_code == 302
    assert Referral.objects.count() == 2
    # The first family's second referral this hour is held back; the other family was not
    # affected by the first one.
    assert send(first).status_code == 429
    assert Referral.objects.count() == 2


def test_a_made_up_forwarded_address_is_ignored_without_a_trusted_proxy(demo_site, settings, one_an_hour):
    settings.TRUSTED_PROXY_COUNT = 0
    assert send(Client(REMOTE_ADDR="203.0.113.7", HTTP_X_FORWARDED_FOR="198.51.100.1")).status_code == 302
    # The same connection claiming to be someone else is still the same connection.
    assert send(Client(REMOTE_ADDR="203.0.113.7", HTTP_X_FORWARDED_FOR="198.51.100.99")).status_code == 429
    assert Referral.objects.count() == 1


def test_only_referrals_actually_stored_count(demo_site, one_an_hour, monkeypatch):
    family = Client(REMOTE_ADDR="203.0.113.7", raise_request_exception=False)
    # A post with a mistake, and one that fails while being stored, store nothing...
    assert family.post("/refer/check/", {"state": "not-a-form"}).status_code == 302
    stored = submission.submit

    def fails_once(*args, **kwargs):
        monkeypatch.setattr(submission, "submit", stored)
        raise RuntimeError("the database went away")

    monkeypatch.setattr(submission, "submit", fails_once)
    assert send(family).status_code == 500
    assert Referral.objects.count() == 0
    # ...so the family can still send theirs.
    assert send(family).status_code == 302
    assert Referral.objects.count() == 1
    assert send(family).status_code == 429
