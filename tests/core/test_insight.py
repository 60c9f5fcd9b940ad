"""The Insight area: who opens it, its filters, small numbers hidden on screen and in the CSV,
and each trend table drawn as a chart with the same figures in a table beside it."""

import csv
import datetime
import io

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from wagtail import hooks

from core.insight import HOOK, Filters, Row, Section, Table, add_months, month_label, month_of, month_rows
from core.insight_chart import trend_chart
from core.insight_period import InsightFilterForm
from tests.factories import member_of

pytestmark = pytest.mark.django_db

AREA = "/admin/insight/"
TODAY = datetime.date(2026, 12, 7)


def filters_for(**data):
    form = InsightFilterForm(data, [(3, "Bilston")], today=TODAY)
    assert form.is_valid(), form.errors
    return form.filters()


def test_periods_are_whole_months_up_to_this_one():
    assert filters_for() == Filters(datetime.date(2026, 10, 1), datetime.date(2027, 1, 1))
    assert filters_for(period="last-quarter") == Filters(datetime.date(2026, 7, 1), datetime.date(2026, 10, 1))
    twelve = filters_for(period="12-months")
    assert (twelve.start, twelve.end, len(twelve.months)) == (datetime.date(2026, 1, 1), datetime.date(2027, 1, 1), 12)
    chosen = filters_for(period="months", start="2025-11", end="2026-02", locality="3")
    assert chosen == Filters(datetime.date(2025, 11, 1), datetime.date(2026, 3, 1), 3)
    assert filters_for(period="last-quarter", start="2026-11", end="2026-01").start == datetime.date(2026, 7, 1)


def test_a_moment_falls_in_the_month_of_the_city_clock():
    late_on_may_31 = datetime.datetime(2026, 5, 31, 23, 30, tzinfo=datetime.UTC)  # 00:30 on 1 June in Wolverhampton
    assert month_of(late_on_may_31) == datetime.date(2026, 6, 1)
    assert month_of(datetime.date(2026, 5, 17)) == datetime.date(2026, 5, 1)


def fake_section(seen=None):
    """A section with known counts: 3 is small, 9 is hidden beside it, 40 and 12 are shown."""

    def tables(filters):
        if seen is not None:
            seen.append(filters)
        counts = {(filters.months[0], "a"): 40, (filters.months[-1], "b"): 3}
        return [
            Table(
                "Asked by month",
                ("Kind A", "Kind B"),
                month_rows(filters, counts, ["a", "b"]),
                trend=True,
                row_heading="Month",
            ),
            Table("Asked by place", ("Yes", "No"), (Row.of_counts("Bilston", [3, 9]), Row.of_counts("Dove", [12, 0]))),
        ]

    return Section(slug="asked", title="Things asked", description="For the test.", tables=tables)


def two_months():
    """The two months before this one: ({"start", "end"} as the form takes them, their names)."""
    first = add_months(timezone.localdate().replace(day=1), -2)
    second = add_months(first, 1)
    return {"start": f"{first:%Y-%m}", "end": f"{second:%Y-%m}"}, (first, second)


@pytest.fixture
def officer(client, db):
    client.force_login(member_of("Insight officers", "insight"))
    return client


def test_small_numbers_are_hidden_on_screen_with_the_chart_beside_its_table(officer):
    seen = []
    chosen, (first, second) = two_months()
    with hooks.register_temporarily(HOOK, lambda: fake_section(seen)):
        response = officer.get(AREA, {"period": "months", **chosen})
    assert response.status_code == 200
    assert seen == [Filters(first, add_months(second, 1))]
    page = BeautifulSoup(response.content, "html.parser")
    section = page.select_one("#asked")
    place = next(table for table in section.select("table") if "Asked by place" in table.caption.text)
    cells = [cell.get_text(strip=True) for cell in place.select("tbody tr")[0].select("th, td")]
    assert cells == ["Bilston", "fewer than 5", "hidden", "12"]
    assert [th["scope"] for th in place.select("thead th")] == ["col"] * 4
    assert place.select_one("tbody th")["scope"] == "row"
    # The trend table has its chart, hidden from screen readers, which read the table instead.
    chart = section.select_one(".insight-chart")
    assert chart["aria-hidden"] == "true" and chart.select("polyline")
    months = next(table for table in section.select("table") if "Asked by month" in table.caption.text)
    labels = [row.th.get_text(strip=True) for row in months.select("tbody tr")]
    assert labels == [month_label(first), month_label(second)]
    assert ">3<" not in str(section) and ">9<" not in str(section)


def test_the_csv_has_what_the_screen_shows(officer):
    chosen, (first, second) = two_months()
    with hooks.register_temporarily(HOOK, fake_section):
        response = officer.get(AREA, {"period": "months", **chosen, "format": "csv"})
    assert response["Content-Type"].startswith("text/csv")
    assert f'filename="insight-{chosen["start"]}-to-{chosen["end"]}.csv"' in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == [f"Insight: {month_label(first)} to {month_label(second)}, every area"]
    assert ["Bilston", "fewer than 5", "hidden", "12"] in rows
    assert ["Month", "Kind A", "Kind B", "Total"] in rows
    assert [month_label(first), "40", "0", "40"] in rows
    # Other apps' sections are in the file too: only the test section's rows are known.
    title, ours = "", []
    for row in rows:
        title = row[0] if len(row) == 1 else title
        if title.startswith("Things asked:") and len(row) > 1:
            ours.append(row)
    assert ours and not any("3" in row[1:] or "9" in row[1:] for row in ours)


def test_a_mistake_in_the_filters_comes_back_with_what_was_chosen(officer):
    this_month = timezone.localdate().replace(day=1)
    later, earlier = add_months(this_month, -1).strftime("%Y-%m"), add_months(this_month, -3).strftime("%Y-%m")
    response = officer.get(AREA, {"period": "months", "start": later, "end": earlier, "locality": "999"})
    assert response.status_code == 400
    page = BeautifulSoup(response.content, "html.parser")
    summary = page.select_one(".insight-errors")
    assert [link["href"] for link in summary.select("a")] == ["#id_end", "#id_locality"]
    assert page.select_one("#id_start option[selected]")["value"] == later
    assert page.select_one("#id_period_3")["checked"] is not None
    assert page.select_one("#id_end")["aria-invalid"] == "true"
    assert not page.select(".insight-section")
    # Odd input is a page with a message, never a server error.
    assert officer.get(AREA, {"period": "<script>", "start": "x" * 3000}).status_code == 400


@pytest.mark.parametrize(("group", "opens"), [("Early help desk managers", True), ("Early help desk", False)])
def test_desk_managers_open_the_area_and_the_desk_does_not(client, group, opens):
    client.force_login(member_of(group, "someone"))
    assert (client.get(AREA).status_code == 200) is opens
    assert (b'"/admin/insight/"' in client.get("/admin/").content) is opens


def test_a_median_of_fewer_than_five_cases_is_not_shown():
    row = Row.of_medians("May", [[1, 2, 3, 4, 10], [2, 2, 2, 2], []])
    assert row.cells == (3, None, None)
    assert row.total == 2.0 or row.total == 2
    assert Row.of_medians("June", [[1, 2, 2, 3, 4, 4]]).cells == (2.5,)


def test_a_hidden_figure_breaks_the_chart_line_and_time_runs_with_the_reading():
    rows = (Row.of_counts("Jan", [10]), Row.of_counts("Feb", [2]), Row.of_counts("Mar", [20]))
    table = Table("Trend", ("Asked",), rows, trend=True)
    chart = trend_chart(table)
    assert len(chart.lines[0].segments) == 2 and len(chart.lines[0].points) == 2
    left_to_right = [x for x, _y in chart.lines[0].points]
    right_to_left = [x for x, _y in trend_chart(table, right_to_left=True).lines[0].points]
    assert left_to_right[0] < left_to_right[1] and right_to_left[0] > right_to_left[1]
    assert trend_chart(Table("Not a trend", ("Asked",), rows)) is None
