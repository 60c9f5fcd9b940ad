"""A shared or watched device forgets: cleared, exited, idle or sent answers never come back.

Every page of the form carries the answers in an encrypted token, so they survive the session
ending. These tests take an old copy of that token, as someone picking up the device later
might, and check it brings nothing back once the answers were cleared, exited, left idle or sent.
"""

import datetime
import time

import pytest
from bs4 import BeautifulSoup
from django.contrib.sessions.models import Session
from django.utils import timezone
from wagtail.models import Site

from core.models import EmergencyContacts
from directory.models import ServicePage
from directory.views import SHORTLIST_COOKIE
from referrals import drafts
from referrals.models import ClosedDraft, Referral
from tests.referrals.journey import ANSWERS, fill_in, state_of

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def half_told(client):
    """Two pages answered; returns the third page, whose hidden token carries both."""
    response = client.get("/refer/about-you/")
    response = client.post("/refer/about-you/", {**ANSWERS["about-you"], "state": state_of(response)})
    response = client.post("/refer/contact/", {**ANSWERS["contact"], "state": state_of(client.get("/refer/contact/"))})
    assert response.status_code == 302, response.content.decode()[:2000]
    return client.get("/refer/address/")


def restores_answers(client, token):
    """Send an old copy of the third page from a device with no session, then go back:
    does the first page show the name again?"""
    client.cookies.clear()
    response = client.post("/refer/address/", {"navigate": "back", "state": token})
    response = client.post("/refer/contact/", {"navigate": "back", "state": state_of(client.get(response["Location"]))})
    page = soup(client.get(response["Location"]))
    return page.find(attrs={"name": "full_name"}).get("value") == ANSWERS["about-you"]["full_name"]


def test_an_old_page_still_restores_answers_within_the_idle_time(client, demo_site):
    """The promise kept: a session that ended (a server restart, a lost cookie) loses nothing."""
    token = state_of(half_told(client))
    assert restores_answers(client, token)


def test_clear_my_answers_stops_an_old_page_bringing_them_back(client, demo_site):
    token = state_of(half_told(client))
    assert client.post("/refer/clear/", {"confirm": "yes"})["Location"] == "/refer/?cleared=1"
    assert not restores_answers(client, token)


def test_clear_after_the_session_ended_closes_the_token_the_page_sent(client, demo_site):
    token = state_of(half_told(client))
    client.cookies.clear()
    client.post("/refer/clear/", {"confirm": "yes", "state": token})
    assert not restores_answers(client, token)


def test_exit_stops_an_old_page_bringing_answers_back(client, demo_site):
    token = state_of(half_told(client))
    client.get("/exit/")
    assert not restores_answers(client, token)


def test_answers_left_longer_than_the_idle_time_do_not_come_back(client, demo_site, settings, monkeypatch):
    token = state_of(half_told(client))
    later = time.time() + settings.REFERRAL_DRAFT_IDLE_MINUTES * 60 + 5
    monkeypatch.setattr(time, "time", lambda: later)
    assert not restores_answers(client, token)


def test_the_session_copy_is_cleared_after_the_idle_time_even_when_a_page_is_sent(
    client, demo_site, settings, monkeypatch
):
    token = state_of(half_told(client))
    later = time.time() + settings.REFERRAL_DRAFT_IDLE_MINUTES * 60 + 5
    monkeypatch.setattr(time, "time", lambda: later)
    response = client.post("/refer/address/", {"navigate": "back", "state": token})
    page = soup(client.get(response["Location"]))
    assert not page.find(attrs={"name": "phone"}).get("value")
    assert drafts.Draft.from_token(token) is None


def test_a_sent_form_cannot_be_restored_or_sent_again_from_an_old_page(client, demo_site):
    check = fill_in(client)
    token = state_of(check)
    client.post("/refer/check/", {"state": token})
    assert Referral.objects.count() == 1
    assert not restores_answers(client, token)
    client.cookies.clear()
    response = client.post("/refer/check/", {"state": token})
    assert response["Location"] == "/refer/about-you/"  # an empty form, nothing about the family
    assert Referral.objects.count() == 1


def test_send_pressed_twice_still_shows_the_reference(client, demo_site):
    check = fill_in(client)
    client.post("/refer/check/", {"state": state_of(check)})
    second = client.post("/refer/check/", {"state": state_of(check)})
    assert second["Location"] == "/refer/sent/"
    assert soup(client.get("/refer/sent/")).find(class_="referral-reference").get_text(strip=True) == (
        Referral.objects.get().reference
    )


def test_the_reference_is_shown_once(client, demo_site):
    check = fill_in(client)
    client.post("/refer/check/", {"state": state_of(check)})
    reference = Referral.objects.get().reference
    first = client.get("/refer/sent/")
    assert reference in first.content.decode()
    assert "no-store" in first["Cache-Control"]
    again = client.get("/refer/sent/")  # reload, Back, or the address reopened later
    assert again.status_code == 302 and again["Location"] == "/refer/"
    assert reference not in client.get("/refer/").content.decode()


def test_no_referral_page_may_be_kept_by_the_browser(client, demo_site):
    half_told(client)
    for url in ["/refer/", "/refer/about-you/", "/refer/address/", "/refer/check/", "/refer/sent/", "/exit/"]:
        assert "no-store" in client.get(url)["Cache-Control"], url


def test_exit_forgets_everything_and_leaves_for_the_neutral_page(client, demo_site):
    contacts = EmergencyContacts.for_site(Site.objects.get(is_default_site=True))
    contacts.quick_exit_url = "https://www.example.org/weather"
    contacts.save()
    half_told(client)
    client.post("/services/shortlist/add/", {"service": ServicePage.objects.live().first().pk})
    assert client.cookies[SHORTLIST_COOKIE].value
    client.cookies["familyinfo_language"] = "pl"  # left by an older version of the site
    session_key = client.session.session_key

    response = client.get("/exit/")

    assert response.status_code == 302 and response["Location"] == "https://www.example.org/weather"
    assert response["Clear-Site-Data"] == '"cache", "cookies", "storage"'
    assert response["Referrer-Policy"] == "no-referrer"
    assert "no-store" in response["Cache-Control"]
    for name in ["sessionid", "csrftoken", SHORTLIST_COOKIE, "familyinfo_language"]:
        assert response.cookies[name]["max-age"] == 0, name
    assert not Session.objects.filter(session_key=session_key).exists()
    page = soup(client.get("/refer/about-you/"))
    assert not page.find(attrs={"name": "full_name"}).get("value")
    assert "Carry on with your answers" not in client.get("/refer/").content.decode()


def test_exit_is_one_address_for_every_language(client, demo_site):
    for prefix in ["", "/pl", "/ur"]:
        page = soup(client.get(f"{prefix}/refer/"))
        assert page.select_one(".govuk-exit-this-page a")["href"] == "/exit/"


def test_closed_keys_hold_nothing_but_the_key_and_are_not_kept_for_long(client, demo_site, settings, monkeypatch):
    half_told(client)
    client.post("/refer/clear/", {"confirm": "yes"})
    assert ClosedDraft.objects.count() == 1
    # What the family typed is nowhere in what is kept.
    kept = " ".join(str(value) for row in ClosedDraft.objects.values() for value in row.values())
    for typed in ["Zofia", "Kowalska", "07700 900123", "Przed 15:00"]:
        assert typed not in kept, typed
    later = time.time() + settings.REFERRAL_DRAFT_IDLE_MINUTES * 60 + 2 * 24 * 3600
    monkeypatch.setattr(timezone, "now", lambda: datetime.datetime.fromtimestamp(later, tz=datetime.UTC))
    half_told(client)
    client.post("/refer/clear/", {"confirm": "yes"})
    assert ClosedDraft.objects.count() == 1  # the old one was dropped
