"""The editor guide: in the repository as Markdown, readable in the admin by every role."""

import pytest
from bs4 import BeautifulSoup

from tests.factories import member_of

pytestmark = pytest.mark.django_db

ROLES = [
    "FIS editors",
    "FIS publishers",
    "Hub managers: Eastfield",
    "Translators",
    "Insight officers",
    "Early help desk",
    "Early years team",
    "Parent champions",
]


@pytest.mark.parametrize("group", ROLES)
def test_every_role_finds_the_guide_from_the_dashboard(client, demo_site, group):
    user = member_of(group, "someone")
    client.force_login(user)
    dashboard = BeautifulSoup(client.get("/admin/").content, "html.parser")
    assert dashboard.select_one("#panel-editor-guide + p a")["href"] == "/admin/guide/"
    guide = BeautifulSoup(client.get("/admin/guide/").content, "html.parser")
    headings = [heading.get_text() for heading in guide.select(".editor-guide h2")]
    for task in (
        "Update a service",
        "Review and publish (FIS publishers)",
        "Publish later, or only for a while",
        "Hub managers: your hub and its events",
        "Translations",
        "Many services at once: the services spreadsheet",
    ):
        assert task in headings
    assert guide.select_one(".editor-guide table")  # the roles table is rendered, not left as Markdown
    assert len(guide.select("h1")) == 1


def test_the_guide_needs_a_sign_in(client, demo_site):
    response = client.get("/admin/guide/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
