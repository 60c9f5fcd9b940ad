"""`load_demo` builds a site true to the council's documents, and is safe to run again."""

import pytest
from django.core.management import call_command
from wagtail.models import Page, PageLogEntry, Site

from core.models import EmergencyContacts
from pages.models import ContentPage, HomePage, Navigation

pytestmark = pytest.mark.django_db


def snapshot():
    return (
        Page.objects.count(),
        PageLogEntry.objects.count(),
        list(Page.objects.values_list("latest_revision_id", flat=True).order_by("pk")),
    )


def test_demo_has_the_site_wide_pages(demo_site):
    slugs = set(ContentPage.objects.child_of(demo_site).values_list("slug", flat=True))
    assert {
        "what-is-early-help",
        "how-early-help-works",
        "about-parent-champions",
        "contact",
        "accessibility",
        "privacy",
    } <= slugs
    assert Site.objects.get(is_default_site=True).root_page_id == demo_site.pk
    assert all(page.live for page in ContentPage.objects.all())


def test_how_early_help_works_explains_the_four_levels(demo_site):
    body = str(ContentPage.objects.get(slug="how-early-help-works").body)
    for level in ["Universal services", "Strengthening families", "Targeted support", "Specialist intensive support"]:
        assert level in body


def test_demo_sets_contact_numbers_and_menus(demo_site):
    site = Site.objects.get(is_default_site=True)
    assert EmergencyContacts.for_site(site).desk_phone
    assert len(Navigation.for_site(site).header_links) >= 3


def test_running_it_again_changes_nothing(demo_site):
    before = snapshot()
    call_command("load_demo", skip_index=True, verbosity=0)
    assert snapshot() == before


def test_editors_changes_survive_a_second_run(demo_site):
    page = ContentPage.objects.get(slug="contact")
    page.intro = "Changed by an editor"
    page.save_revision().publish()
    call_command("load_demo", skip_index=True, verbosity=0)
    assert ContentPage.objects.get(slug="contact").intro == "Changed by an editor"


def test_reset_rebuilds_the_demo_pages(demo_site):
    ContentPage.objects.filter(slug="contact").update(intro="Changed")
    call_command("load_demo", skip_index=True, reset=True, verbosity=0)
    assert ContentPage.objects.get(slug="contact").intro != "Changed"
    assert HomePage.objects.count() == 1


def test_the_demo_gives_the_insight_area_a_year_of_figures(client, demo_site):
    """The tests' demo leaves the figures out (tests/conftest.py); `load_demo` adds them, once."""
    from bs4 import BeautifulSoup
    from django.apps import apps

    from childcare.demo_statistics import load_demo_offer_checks
    from directory.demo_statistics import load_demo_service_views, load_demo_unmet_searches
    from hubs.models import Locality
    from referrals.models import Referral
    from tests.factories import member_of

    referrals = apps.get_app_config("referrals").load_demo_statistics()
    assert referrals > 1000 and apps.get_app_config("referrals").load_demo_statistics() == referrals
    assert not Referral.objects.filter(full_name__isnull=False).exists()
    assert set(Referral.objects.values_list("locality__name", flat=True).distinct()) == set(
        Locality.objects.values_list("name", flat=True)
    )
    assert load_demo_unmet_searches() and load_demo_service_views() and load_demo_offer_checks()
    assert load_demo_unmet_searches() == load_demo_service_views() == load_demo_offer_checks() == 0

    client.force_login(member_of("Insight officers"))
    bilston = Locality.objects.get(name="Bilston")
    response = client.get("/admin/insight/", {"period": "12-months", "locality": bilston.pk})
    page = BeautifulSoup(response.content, "html.parser")
    needs = next(table for table in page.select("#referrals table") if "Needs ticked" in table.caption.get_text())
    money = next(row for row in needs.select("tbody tr") if row.th.get_text(strip=True) == "Money worries")
    assert int(money.select("td")[-1].get_text(strip=True)) >= 20  # Bilston's first challenge (2018 report)
    for section in ("#unmet-searches", "#service-views", "#offer-checks"):
        assert page.select_one(f"{section} table tbody td")
