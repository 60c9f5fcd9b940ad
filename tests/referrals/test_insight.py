"""The referrals' figures in the Insight area: "how many families in Bilston asked for help with
money this quarter, and what happened next?" answered from counts alone, medians of the days to
the desk's first action, anonymised referrals still counted, and nothing personal shown."""

import datetime
import importlib
import uuid

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from django.utils import timezone

from core.insight_period import quarter_start
from hubs.models import Locality
from referrals.models import Referral, Source, Status, StatusChange
from referrals.retention import anonymise
from tests.factories import member_of
from tests.referrals.journey import fill_in, state_of

pytestmark = pytest.mark.django_db

AREA = "/admin/insight/"


def this_quarter(days=1, hours=10):
    """A moment early in this quarter (a test run on the quarter's first day still finds it in
    this quarter: the period runs to the end of this month)."""
    start = quarter_start(timezone.localdate().replace(day=1))
    return timezone.make_aware(datetime.datetime.combine(start, datetime.time())) + datetime.timedelta(
        days=days, hours=hours
    )


def referral(locality, codes, status=Status.NEW, received=None, source=Source.FAMILY, acted_after_days=None, **more):
    made = Referral.objects.create(
        submission_key=uuid.uuid4(),
        form_language="en",
        received_at=received or this_quarter(),
        locality=locality,
        need_codes=codes,
        status=status,
        source=source,
        full_name="Zebedee Quartermaine",
        postcode="WV14 6XY",
        situation="Bailiffs came on Tuesday",
        **more,
    )
    if acted_after_days is not None:
        StatusChange.objects.create(
            referral=made,
            to_status=Status.SCREENING,
            changed_at=made.received_at + datetime.timedelta(days=acted_after_days),
            reason="Called back",
        )
    return made


@pytest.fixture
def bilston_and_others(db):
    Referral.objects.all().delete()
    bilston, dove = Locality.objects.get(name="Bilston"), Locality.objects.get(name="Dove")
    for status, count in [(Status.ALLOCATED, 5), (Status.SIGNPOSTED, 6), (Status.CLOSED_NFA, 7)]:
        for _each in range(count):
            referral(bilston, ["money", "housing"] if status == Status.SIGNPOSTED else ["money"], status)
    referral(bilston, ["money"], Status.STEPPED_UP, received=this_quarter(days=-40))  # last quarter
    for _each in range(8):
        referral(dove, ["money"], Status.ALLOCATED)  # another area
    referral(bilston, ["domestic-abuse"], Status.STEPPED_UP)
    return bilston


def figures(client, **filters):
    response = client.get(AREA, filters)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def table_titled(page, title):
    return next(table for table in page.select("#referrals table") if table.caption.get_text(strip=True) == title)


def row_of(table, label):
    header = [cell.get_text(strip=True) for cell in table.select("thead th")]
    for row in table.select("tbody tr"):
        if row.th.get_text(strip=True) == label:
            return dict(zip(header[1:], [cell.get_text(strip=True) for cell in row.select("td")], strict=True))
    raise AssertionError(f"no row {label}")


def test_how_many_families_in_bilston_asked_for_help_with_money_this_quarter_and_what_happened_next(
    client, bilston_and_others
):
    client.force_login(member_of("Insight officers", "insight"))
    page = figures(client, period="this-quarter", locality=bilston_and_others.pk)
    assert "Bilston" in page.select_one(".insight__period").get_text()
    money = row_of(table_titled(page, "Needs ticked, and what happened next"), "Money worries")
    assert money == {
        "New": "0",
        "In screening": "0",
        "Allocated to a hub": "5",
        "Signposted": "6",
        "Stepped up to social care": "0",
        "Closed, no further action": "7",
        "Total": "18",
    }
    # One need among several is counted under each; a need few asked for is hidden.
    needs = table_titled(page, "Needs ticked, and what happened next")
    assert row_of(needs, "Housing and practical help")["Signposted"] == "6"
    assert row_of(needs, "Domestic abuse")["Stepped up to social care"] == "fewer than 5"
    # Every area together: Dove's eight too.
    every_area = figures(client, period="this-quarter")
    assert row_of(table_titled(every_area, "Needs ticked, and what happened next"), "Money worries")["Total"] == "26"


def test_the_median_days_to_the_desks_first_action(client, db):
    Referral.objects.all().delete()
    bilston = Locality.objects.get(name="Bilston")
    for days in [1, 2, 3, 4, 9]:
        referral(bilston, [], Status.SCREENING, source=Source.PROFESSIONAL, acted_after_days=days)
    for days in [1, 1, 1]:
        referral(bilston, [], Status.SCREENING, source=Source.FAMILY, acted_after_days=days)
    referral(bilston, [], Status.NEW)  # not acted on yet: left out
    client.force_login(member_of("Early help desk managers", "manager"))
    page = figures(client, period="this-quarter")
    table = table_titled(page, "Median days to the desk's first action")
    month = timezone.localtime(this_quarter()).strftime("%B %Y")
    assert row_of(table, month) == {
        "Family": "too few to show",
        "Professional": "3",
        "Parent champion": "too few to show",
        "All": "1.5",
    }


def test_anonymised_referrals_are_still_counted_and_nothing_personal_is_shown(client, bilston_and_others):
    client.force_login(member_of("Insight officers", "insight"))
    query = {"period": "this-quarter", "locality": bilston_and_others.pk}
    before = figures(client, **query).select_one("#referrals").get_text()
    anonymise(Referral.objects.all())
    assert not Referral.objects.filter(full_name__isnull=False).exists()
    after = figures(client, **query).select_one("#referrals").get_text()
    assert after == before
    csv = client.get(AREA, {**query, "format": "csv"}).content.decode("utf-8-sig")
    for shown in (before, csv):
        for personal in ("Zebedee", "Quartermaine", "WV14 6XY", "Bailiffs"):
            assert personal not in shown


def test_a_referral_keeps_the_codes_of_the_needs_ticked(client, demo_site):
    Referral.objects.all().delete()
    check = fill_in(client)
    client.post("/refer/check/", {"state": state_of(check)})
    assert Referral.objects.get().need_codes == ["behaviour", "money"]


def test_referrals_sent_before_need_codes_get_them_from_their_answers(db):
    Referral.objects.all().delete()
    kept = referral(None, [], needs=[{"slug": "money", "name": "Money worries"}])
    gone = referral(None, [], anonymised_at=timezone.now())
    migration = importlib.import_module("referrals.migrations.0003_referral_need_codes")
    migration.fill_need_codes(apps, None)
    assert Referral.objects.get(pk=kept.pk).need_codes == ["money"]
    assert Referral.objects.get(pk=gone.pk).need_codes == []
