"""The offer's seeded rules speak every site language: a family checking in Polish must see the
benefit it gets named in Polish, with the English name its letters use."""

import datetime

import pytest
from django.utils import timezone

from childcare.models import OfferRule
from childcare.reference_data import offer_rules
from core.languages import SITE_LANGUAGES

LANGUAGES = {language.code for language in SITE_LANGUAGES}


@pytest.mark.parametrize("entry", offer_rules(), ids=lambda entry: f"{entry['key']}-{entry['applies_from']}")
def test_every_seeded_rule_has_its_words_in_every_language(entry):
    assert set(entry["label"]) == LANGUAGES
    assert all(text.strip() for text in entry["label"].values())
    # A hint is either written in every language or left empty in every one.
    assert set(entry["hint"]) == LANGUAGES
    assert len({bool(text.strip()) for text in entry["hint"].values()}) == 1


@pytest.mark.django_db
def test_a_new_database_gets_every_language_of_the_rules():
    rule = OfferRule.objects.get(key="universal-credit")
    assert rule.label_en == "Universal Credit"
    assert rule.label_pl == "Universal Credit (kredyt uniwersalny)"
    assert rule.hint_ar


@pytest.mark.django_db
def test_the_checker_in_polish_names_the_benefits_in_polish(client, demo_site, monkeypatch):
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: datetime.date(2026, 12, 7))
    url = "/pl/two-year-old-offer/check/"
    for answer in ({"month": "10", "year": "2024"}, {"postcode": "WV10 9AA"}, {"choices": ["none"]}):
        url = answer_and_follow(client, url, answer)
    assert url.startswith("/pl/two-year-old-offer/check/support/")
    page = client.get(url).content.decode()
    assert "Universal Credit (kredyt uniwersalny)" in page
    assert "Czy Twoja rodzina dostaje coś z tego?" in page


def answer_and_follow(client, url, answer):
    """Answer one question and return the next one's address (the checker keeps the answers so
    far in a cookie, which the test client sends back)."""
    response = client.post(url, answer)
    assert response.status_code == 302
    return response["Location"]
