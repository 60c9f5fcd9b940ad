"""The two-year-old offer's checker as a family uses it: one question a page, the rules in force
on the day, what each answer leads to, nothing kept but the count of results."""

import datetime
import re
from decimal import Decimal

import pytest
from django.conf import settings
from django.utils import timezone

from childcare.models import OfferCheckCount, OfferRule, TwoYearOfferPage

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 12, 7)


@pytest.fixture
def today(monkeypatch):
    """The checker's day, fixed: rules and terms are about dates."""
    day = {"value": TODAY}
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: day["value"])
    return day


@pytest.fixture
def offer_page(demo_site):
    """The demo's offer page: building one on an empty site took seconds a test."""
    return TwoYearOfferPage.objects.get()


class Family:
    """A browser going through the checker: answers each page and follows the redirect."""

    def __init__(self, client, prefix=""):
        self.client = client
        self.prefix = prefix
        self.url = f"{prefix}/two-year-old-offer/check/"

    def page(self):
        return self.client.get(self.url)

    def answer(self, **data):
        response = self.client.post(self.url.split("?")[0], data)
        if response.status_code == 302:
            self.url = response["Location"]
        return response

    @property
    def step(self):
        match = re.search(r"/check/([a-z0-9-]+)/", self.url)
        return match.group(1) if match else "born"

    def born(self, year, month):
        return self.answer(month=str(month), year=str(year))


def through_to_support(client, born=(2024, 10), postcode="WV10 9AA", child=("none",)):
    family = Family(client)
    family.born(*born)
    family.answer(postcode=postcode)
    family.answer(choices=list(child))
    return family


# One question a page, in order, and the result.


def test_each_question_is_its_own_page_and_back_goes_to_the_one_before(client, offer_page, today):
    family = Family(client)
    first = family.page()
    assert first.status_code == 200
    assert "When was your child born?" in first.content.decode()
    assert 'href="/two-year-old-offer/"' in first.content.decode()  # back to the offer's page

    family.born(2024, 10)
    assert family.step == "postcode"
    page = family.page().content.decode()
    assert "What is your postcode?" in page
    back = re.search(r'<a href="([^"]+)" class="govuk-back-link"', page).group(1)
    assert "/check/born/" in back
    again = client.get(back.replace("&amp;", "&")).content.decode()
    assert 'value="10"' in again and 'value="2024"' in again  # the answer is still there


def test_a_family_on_universal_credit_under_the_limit_is_likely_to_get_a_place(client, offer_page, today):
    family = through_to_support(client)
    family.answer(choices=["universal-credit"])
    assert family.step == "income-universal-credit"
    question = family.page().content.decode()
    assert "£15,400" in question
    family.answer(answer_choice="yes")
    assert family.step == "result"
    result = family.page().content.decode()
    assert "Your child is likely to get free childcare" in result
    assert "1 January 2027" in result  # born October 2024: the term after the 2nd birthday
    assert "https://www.wolverhampton.gov.uk/" in result


def test_universal_credit_over_the_limit_asks_about_work(client, offer_page, today):
    family = through_to_support(client)
    family.answer(choices=["universal-credit"])
    family.answer(answer_choice="no")
    assert family.step == "work"
    assert "£203.36" in family.page().content.decode()  # 16 hours at the wage in force
    family.answer(answer_choice="yes")
    assert "You could get free childcare as a working family" in family.page().content.decode()


def test_a_benefit_without_a_limit_is_enough(client, offer_page, today):
    family = through_to_support(client)
    family.answer(choices=["income-support"])
    assert family.step == "result"
    assert "likely to get free childcare" in family.page().content.decode()


def test_something_about_the_child_is_enough_and_skips_the_rest(client, offer_page, today):
    family = through_to_support(client, child=["ehc-plan"])
    assert family.step == "result"
    assert "likely to get free childcare" in family.page().content.decode()


def test_no_support_and_not_working_is_not_eligible_with_other_help(client, offer_page, today):
    family = through_to_support(client)
    family.answer(choices=["none"])
    family.answer(answer_choice="no")
    result = family.page().content.decode()
    assert "unlikely to get a free place" in result
    assert "There is other help with the cost of childcare" in result


def test_not_sure_anywhere_leads_to_who_to_ask(client, offer_page, today):
    family = through_to_support(client)
    family.answer(choices=["not-sure"])
    family.answer(answer_choice="no")
    result = family.page().content.decode()
    assert "We cannot tell from your answers" in result
    assert "talk to someone who can go through it with you" in result


def test_a_child_of_three_goes_straight_to_the_universal_hours(client, offer_page, today):
    family = Family(client)
    family.born(2023, 12)  # 3 this month
    assert family.step == "result"
    result = family.page().content.decode()
    assert "too old for the 2 year old offer" in result
    assert "from the term after their third birthday" in result


def test_a_child_just_under_three_is_still_asked(client, offer_page, today):
    family = Family(client)
    family.born(2024, 1)  # 35 months
    assert family.step == "postcode"


# The rules in force on the day, at each boundary.


@pytest.mark.parametrize(
    ("limit", "question_shows"),
    [(Decimal("15400.00"), "£15,400"), (Decimal("15400.01"), "£15,400.01")],
)
def test_the_income_question_shows_the_limit_in_force(client, offer_page, today, limit, question_shows):
    OfferRule.objects.filter(key="universal-credit").update(income_limit=limit)
    family = through_to_support(client)
    family.answer(choices=["universal-credit"])
    assert question_shows in family.page().content.decode()


def test_a_new_version_of_a_rule_applies_from_its_first_day(client, offer_page, today):
    OfferRule.objects.create(
        key="universal-credit",
        route="funded",
        kind="support",
        label="Universal Credit",
        income_limit=Decimal("16500"),
        income_basis="take_home_earnings",
        applies_from=datetime.date(2026, 12, 8),
        sort_order=110,
    )
    family = through_to_support(client)
    family.answer(choices=["universal-credit"])
    assert "£15,400" in family.page().content.decode()  # the day before

    today["value"] = datetime.date(2026, 12, 8)
    family = through_to_support(client)
    family.answer(choices=["universal-credit"])
    assert "£16,500" in family.page().content.decode()  # its first day


def test_a_rule_that_has_ended_is_not_offered_after_its_last_day(client, offer_page, today):
    today["value"] = datetime.date(2025, 4, 5)  # tax credits' last day
    family = through_to_support(client, born=(2023, 6))
    assert "Child Tax Credit or Working Tax Credit" in family.page().content.decode()

    today["value"] = datetime.date(2025, 4, 6)
    family = through_to_support(client, born=(2023, 6))
    assert "Child Tax Credit or Working Tax Credit" not in family.page().content.decode()


def test_working_parents_threshold_changed_in_april(client, offer_page, today):
    for day, amount in [(datetime.date(2026, 3, 31), "£195.36"), (datetime.date(2026, 4, 1), "£203.36")]:
        today["value"] = day
        family = through_to_support(client, born=(2024, 1))
        family.answer(choices=["none"])
        assert amount in family.page().content.decode()


@pytest.mark.parametrize(
    ("born", "starts"),
    [
        ((2024, 12), "1 January 2027"),  # born in December: the January term
        ((2025, 1), "1 April 2027"),  # born in January: the April term
        ((2025, 3), "1 April 2027"),
        ((2025, 4), "1 September 2027"),  # born in April: the September term
        ((2025, 8), "1 September 2027"),
        ((2025, 9), "1 January 2028"),
    ],
)
def test_the_start_date_is_the_term_after_the_second_birthday(client, offer_page, today, born, starts):
    family = through_to_support(client, born=born, child=["looked-after"])
    assert starts in family.page().content.decode()


def test_a_child_already_old_enough_can_start_now(client, offer_page, today):
    family = through_to_support(client, born=(2024, 6), child=["looked-after"])
    assert "Your child can start now" in family.page().content.decode()


# Bad input: a clear message, the answer kept, never a 500.


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"month": "", "year": ""}, "Enter the month and year your child was born"),
        ({"month": "13", "year": "2024"}, "Enter the month as a number from 1 to 12"),
        ({"month": "3", "year": "24"}, "Enter the year as 4 numbers, like 2024"),
        ({"month": "1", "year": "2027"}, "must be this month or before"),
        ({"month": "1", "year": "1990"}, "Enter a year in the last 18 years"),
    ],
)
def test_a_wrong_date_is_explained_and_kept(client, offer_page, today, data, message):
    response = client.post("/two-year-old-offer/check/born/", data)
    page = response.content.decode()
    assert response.status_code == 200
    assert message in page
    assert "There is a problem" in page
    assert f'value="{data["year"]}"' in page


def test_a_postcode_outside_the_city_is_explained(client, offer_page, today):
    family = Family(client)
    family.born(2024, 10)
    response = family.answer(postcode="B1 1AA")
    assert response.status_code == 200
    assert "outside Wolverhampton" in response.content.decode()


def test_the_postcode_can_be_left_empty(client, offer_page, today):
    family = Family(client)
    family.born(2024, 10)
    family.answer(postcode="")
    assert family.step == "child"


def test_none_of_these_cannot_be_ticked_with_others(client, offer_page, today):
    family = through_to_support(client)
    response = family.answer(choices=["none", "income-support"])
    assert "on its own" in response.content.decode()


def test_nothing_ticked_is_explained(client, offer_page, today):
    family = through_to_support(client)
    response = family.answer()
    assert "Select all that apply" in response.content.decode()


def test_a_question_cannot_be_skipped_by_address(client, offer_page, today):
    response = client.get("/two-year-old-offer/check/work/")
    assert response.status_code == 302
    assert "/check/born/" in response["Location"]


def test_old_or_broken_answers_start_again_with_a_reason(client, offer_page, today):
    client.cookies[settings.OFFER_CHECK_COOKIE_NAME] = "not-a-real-token"
    response = client.get("/two-year-old-offer/check/postcode/")
    assert response.status_code == 302
    assert response["Location"].endswith("/check/?expired=1")
    assert response.cookies[settings.OFFER_CHECK_COOKIE_NAME].value == ""
    assert "clear them after 30 minutes. Please start again." in client.get(response["Location"]).content.decode()


def test_going_back_shows_the_answer_last_given(client, offer_page, today):
    family = through_to_support(client)
    family.answer(choices=["income-support"])
    page = client.get("/two-year-old-offer/check/support/").content.decode()
    assert re.search(r'value="income-support"\s+checked', page)


def test_start_again_forgets_every_answer(client, offer_page, today):
    family = through_to_support(client)
    family.answer(choices=["income-support"])
    response = client.get("/two-year-old-offer/check/?start-again=1")
    assert response.cookies[settings.OFFER_CHECK_COOKIE_NAME].value == ""
    assert client.get("/two-year-old-offer/check/result/")["Location"].endswith("/check/born/")


def test_the_checker_works_in_every_language(client, offer_page, today):
    family = Family(client, prefix="/pl")
    assert family.page().status_code == 200
    family.born(2024, 10)
    assert family.url.startswith("/pl/two-year-old-offer/check/postcode/")


# What is kept: a count of results, never the answers.


def test_only_the_result_is_counted_by_month_language_and_district(client, offer_page, today):
    family = through_to_support(client, postcode="WV10 9AA")
    family.answer(choices=["income-support"])
    count = OfferCheckCount.objects.get()
    assert (count.month, count.language, count.postcode_district, count.outcome, count.count) == (
        datetime.date(2026, 12, 1),
        "en",
        "WV10",
        "likely",
        1,
    )


def test_changing_an_answer_moves_the_count_to_the_new_result(client, offer_page, today):
    family = through_to_support(client)
    family.answer(choices=["income-support"])
    result = family.page().content.decode()
    change = re.search(r'href="([^"]*/check/support/[^"]*)"', result).group(1).replace("&amp;", "&")
    family.url = change
    family.answer(choices=["none"])
    family.answer(answer_choice="no")
    counts = {row.outcome: row.count for row in OfferCheckCount.objects.all()}
    assert counts == {"likely": 0, "not_eligible": 1}


def test_reloading_the_result_does_not_count_again(client, offer_page, today):
    family = through_to_support(client)
    family.answer(choices=["income-support"])
    family.page()
    family.page()
    assert OfferCheckCount.objects.get().count == 1


def test_the_answers_are_kept_only_in_the_browser_sealed_and_only_for_the_checker(client, offer_page, today):
    family = Family(client)
    family.born(2024, 10)
    response = family.answer(postcode="WV10 9AA")
    cookie = response.cookies[settings.OFFER_CHECK_COOKIE_NAME]
    assert "?" not in family.url  # nothing in the address, so nothing in history or logs
    assert "WV10" not in cookie.value and "2024" not in cookie.value
    assert cookie["path"] == "/two-year-old-offer/check/"
    assert cookie["httponly"] and cookie["max-age"] == 30 * 60
