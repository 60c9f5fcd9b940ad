"""What the people who run a service see of its feedback (its keepers: counts with small numbers
hidden, and the comments), and the Insight area's figures (aggregates only)."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import User
from django.utils import timezone
from wagtail import hooks

from core.insight import HOOK, Filters
from directory.models import ServicePage
from feedback.models import FeedbackVersion
from feedback.responses import save_response
from hubs.models import HubPage
from tests.factories import member_of

pytestmark = pytest.mark.django_db


def give_feedback(page, count, comment=None):
    version = FeedbackVersion.objects.get(slug="parents")
    first, *_rest, text = version.questions.all()
    for _ in range(count):
        answers = [(first, 5)] + ([(text, comment)] if comment else [])
        save_response(page, None, version, answers, "en")


def summary_cells(client, page):
    response = client.get(f"/admin/service-feedback/{page.pk}/")
    assert response.status_code == 200
    table = BeautifulSoup(response.content, "html.parser").select_one("table.service-feedback-figures")
    return [cell.get_text(strip=True) for cell in table.select("tbody td")], response.content.decode()


def test_the_keepers_of_a_page_read_its_feedback_with_small_numbers_hidden(client, demo_site):
    service = ServicePage.objects.get(slug="family-mediation")
    give_feedback(service, 3, comment="The mediator was calm and fair")
    client.force_login(member_of("FIS editors", "editor"))
    cells, content = summary_cells(client, service)
    assert cells == ["fewer than 5", "0", "0", "fewer than 5"]  # parents, under 8, older, total
    assert "The mediator was calm and fair" in content

    give_feedback(service, 3)
    cells, _content = summary_cells(client, service)
    assert cells == ["6", "0", "0", "6"]
    index = BeautifulSoup(client.get("/admin/service-feedback/").content, "html.parser")
    assert index.find("a", href=f"/admin/service-feedback/{service.pk}/") is not None

    # A hub's managers read their own hub's feedback, not a service run by others.
    eastfield = HubPage.objects.get(slug="eastfield")
    client.force_login(member_of("Hub managers: Eastfield", "manager"))
    assert client.get(f"/admin/service-feedback/{eastfield.pk}/").status_code == 200
    assert client.get(f"/admin/service-feedback/{service.pk}/").status_code == 404
    # Administrators outside the groups are kept out: comments may hold personal data by accident.
    client.force_login(User.objects.create_superuser("admin", "admin@example.org", "pw"))
    assert client.get("/admin/service-feedback/").status_code == 302


def feedback_section():
    sections = [make() for make in hooks.get_hooks(HOOK)]
    return next(section for section in sections if section.slug == "service-feedback")


def year_to_date():
    this_month = timezone.localdate().replace(day=1)
    start = this_month.replace(year=this_month.year - 1)
    return start, (this_month + datetime.timedelta(days=32)).replace(day=1)


def test_the_insight_area_gets_ratings_by_service_hub_locality_and_month_with_small_numbers_hidden(demo_site):
    service = ServicePage.objects.get(slug="family-mediation")
    give_feedback(service, 3)
    start, end = year_to_date()
    tables = {str(table.title): table for table in feedback_section().tables(Filters(start, end))}
    by_service = {row.label: row for row in tables["How families rated each service"].rows}
    assert by_service["Family mediation"].cells == (None, 0, 0) and by_service["Family mediation"].total is None
    assert by_service["Stay and play"].total >= 5
    assert len(tables["How families rated each hub"].rows) == 8
    assert len(tables["How families rated each locality"].rows) == 8
    monthly = tables["Responses by month"]
    assert monthly.trend and len(monthly.rows) == 13
    for table in tables.values():
        for row in table.rows:
            assert all(cell is None or cell == 0 or cell >= 5 for cell in row.cells), (table.title, row)
    assert "Ethnic group of parents and carers who answered" in tables

    eastfield = HubPage.objects.get(slug="eastfield")
    local = {str(table.title): table for table in feedback_section().tables(Filters(start, end, eastfield.locality_id))}
    assert [row.label for row in local["How families rated each locality"].rows] == [eastfield.locality.name]
    assert [row.label for row in local["How families rated each hub"].rows] == [eastfield.title]
