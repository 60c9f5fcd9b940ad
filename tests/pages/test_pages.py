"""The home page and content pages, as a parent sees them."""

import json

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Page, Site

from core.models import EmergencyContacts
from pages.models import ContentPage
from tests.factories import ContentPageFactory, build_site

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def test_home_page_shows_what_early_help_is_and_the_ways_in(client, demo_site):
    page = soup(client.get("/"))
    main = page.find("main")
    assert main.find("h1").get_text(strip=True) == demo_site.hero_heading
    assert "Strengthening Families Hub" in main.get_text()
    # A search box, the postcode hub finder and the self-referral call to action.
    assert main.find("form", attrs={"role": "search"}).find("input", attrs={"name": "q"})
    assert main.find("input", attrs={"name": "postcode"})
    assert main.find("a", class_="govuk-button--start")["href"] == "/refer/"
    needs = [a.get_text(strip=True) for a in main.select(".need-links a")]
    assert "Money worries" in needs and len(needs) >= 6


def test_emergency_numbers_come_from_the_editable_settings(client, demo_site):
    contacts = EmergencyContacts.objects.get()
    contacts.desk_phone = "01902 000111"
    contacts.safeguarding_phone = "01902 000333"
    contacts.out_of_hours_phone = "01902 000222"
    contacts.save()
    page = soup(client.get("/"))
    panel = page.find(class_="emergency-panel")
    assert "immediate danger call 999" in panel.get_text()
    assert panel.find("a", href="tel:+441902000333")  # worried about a child's safety now
    assert panel.find("a", href="tel:+441902000222")
    assert page.find("footer").find("a", href="tel:+441902000111")


def test_need_links_go_to_a_chosen_page_or_a_search(client, demo_site):
    guidance = ContentPage.objects.get(slug="what-is-early-help")
    demo_site.common_needs = json.dumps(
        [
            {"type": "need", "value": {"label": "Early help", "page": guidance.pk, "search_terms": ""}},
            {"type": "need", "value": {"label": "Money worries", "page": None, "search_terms": "money help"}},
        ]
    )
    demo_site.save()
    links = {a.get_text(strip=True): a["href"] for a in soup(client.get("/")).select(".need-links a")}
    assert links == {"Early help": "/what-is-early-help/", "Money worries": "/search/?q=money+help"}


def test_every_page_has_skip_link_header_search_language_switcher_exit_and_footer(client, demo_site):
    for url in ["/", "/what-is-early-help/", "/search/?q=help"]:
        page = soup(client.get(url))
        assert page.find("a", class_="govuk-skip-link")["href"] == "#main-content"
        assert page.find("main", id="main-content")
        assert page.find("header").find("input", attrs={"name": "q"})
        assert page.find("nav", class_="site-languages")
        exit_link = page.find(class_="govuk-exit-this-page").find("a")
        assert exit_link["href"] == "/exit/"  # forgets this visit, then leaves for the neutral page
        footer = page.find("footer").get_text()
        assert "Accessibility statement" in footer
        assert "OS data © Crown copyright" in footer
        assert "Royal Mail data © Royal Mail copyright" in footer


def test_content_page_renders_every_block_type(client, db):
    home = build_site()
    page = ContentPageFactory(
        parent=home,
        slug="help",
        body=json.dumps(
            [
                {"type": "heading", "value": "A heading"},
                {"type": "text", "value": "<p>Some text</p>"},
                {"type": "callout", "value": {"style": "warning", "heading": "", "text": "<p>Call 999</p>"}},
                {
                    "type": "accordion",
                    "value": {"sections": [{"heading": "Question", "summary": "", "content": "<p>Answer</p>"}]},
                },
                {
                    "type": "contact_card",
                    "value": {
                        "name": "Hub",
                        "description": "",
                        "phone": "01902 123456",
                        "email": "hub@example.org",
                        "website": "",
                        "opening_times": "Mondays",
                    },
                },
                {
                    "type": "step_by_step",
                    "value": {
                        "steps": [
                            {"heading": "First", "content": "<p>one</p>"},
                            {"heading": "Second", "content": "<p>two</p>"},
                        ]
                    },
                },
            ]
        ),
    )
    main = soup(client.get(page.url)).find("main")
    assert main.find("h2", string="A heading")
    assert "Call 999" in main.find(class_="govuk-warning-text").get_text()
    assert main.find(class_="govuk-accordion").find(string="Answer")
    assert main.find("a", href="tel:+441902123456")
    assert [h.get_text() for h in main.select(".step-by-step h3")] == ["First", "Second"]


def test_breadcrumbs_lead_home(client, demo_site):
    crumbs = soup(client.get("/what-is-early-help/")).find("nav", class_="govuk-breadcrumbs")
    assert [a["href"] for a in crumbs.find_all("a")] == ["/"]


def test_missing_page_gets_the_designed_404(client, demo_site):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    page = soup(response)
    assert page.find("h1").get_text(strip=True) == "Page not found"
    assert page.find(class_="govuk-exit-this-page")


def test_editors_can_open_every_page_type_and_setting_in_the_admin(client, demo_site, django_user_model):
    editor = django_user_model.objects.create_superuser("editor", "editor@example.org", "a-long-correct-password")
    client.force_login(editor)
    # One page of each type: its edit form is built from the type's panels (opening all of the
    # demo's pages took most of a minute and found nothing more).
    one_of_each_type = {page.content_type_id: page for page in Page.objects.filter(depth__gte=2)}
    for page in one_of_each_type.values():
        assert client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200, page.title
    assert client.get(f"/admin/pages/add/pages/contentpage/{demo_site.pk}/").status_code == 200
    site = Site.objects.get(is_default_site=True)
    for setting in ("core/emergencycontacts", "pages/navigation"):
        # The settings menu opens the site's own settings.
        response = client.get(f"/admin/settings/{setting}/")
        assert response.status_code == 302, setting
        assert response["Location"] == f"/admin/settings/{setting}/{site.pk}/"
        assert client.get(response["Location"]).status_code == 200, setting
