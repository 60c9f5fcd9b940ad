"""The demo's childcare: 64 made-up providers, eight in each locality, and the offer's and
finder's pages, built by `load_demo` and safe to build again."""

import datetime
import importlib.util
from collections import Counter

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Site

from childcare.demo import load_providers
from childcare.demo_providers import CONFIRMED_DAYS_AGO, PROVIDERS
from childcare.models import ChildcareIndexPage, ChildcareProvider, ProviderVacancy, TwoYearOfferPage
from childcare.models.providers import VACANCY_FRESH_DAYS, OfstedOutcome, ProviderType
from directory.models import ServicePage
from hubs.models import Locality
from pages.models import Navigation

pytestmark = pytest.mark.django_db

VIEWS_WRITTEN = all(
    importlib.util.find_spec(module) for module in ("childcare.finder_views", "childcare.checker_views")
)


def demo_providers():
    return ChildcareProvider.objects.filter(urn__in=[spec["urn"] for spec in PROVIDERS]).select_related("locality")


def test_there_are_64_demo_providers_eight_in_each_locality(demo_site):
    providers = list(demo_providers())
    assert len(providers) == len(PROVIDERS) >= 64
    assert Counter(provider.locality.number for provider in providers) == {
        number: 8 for number in Locality.objects.values_list("number", flat=True)
    }


def test_every_listed_provider_is_placed(demo_site):
    listed = ChildcareProvider.objects.listed()
    assert listed.count() >= 64
    assert not listed.filter(latitude__isnull=True).exists()
    assert not listed.filter(longitude__isnull=True).exists()
    assert not listed.filter(locality__isnull=True).exists()


def test_childminders_have_no_street_address(demo_site):
    childminders = demo_providers().filter(provider_type=ProviderType.CHILDMINDER)
    assert childminders.count() >= 20
    for childminder in childminders:
        assert (childminder.address_line_1, childminder.address_line_2, childminder.postcode) == ("", "", "")
        assert childminder.shown_address == [childminder.postcode_district]


def test_every_demo_provider_is_marked_as_demo_data(demo_site):
    assert all(provider.is_demo for provider in demo_providers())


def test_the_mix_is_realistic(demo_site):
    providers = list(demo_providers())
    types = Counter(provider.provider_type for provider in providers)
    assert 0.3 <= types[ProviderType.CHILDMINDER] / len(providers) <= 0.5
    assert types[ProviderType.DAY_NURSERY] and types[ProviderType.PRE_SCHOOL] and types[ProviderType.SCHOOL_NURSERY]
    outcomes = Counter(provider.inspection_outcome for provider in providers)
    assert outcomes[OfstedOutcome.GOOD] > len(providers) / 2
    assert outcomes[OfstedOutcome.OUTSTANDING] and outcomes[OfstedOutcome.REQUIRES_IMPROVEMENT]
    assert 2 <= outcomes[""] <= 3
    funded = sum(provider.funded_two_year_olds for provider in providers)
    assert len(providers) / 2 < funded < len(providers)


def test_inspected_providers_link_to_their_report_and_new_ones_have_none(demo_site):
    for provider in demo_providers():
        if provider.inspection_outcome:
            assert provider.inspection_date
            assert provider.report_url == f"https://reports.ofsted.gov.uk/provider/16/{provider.urn}"
        else:
            assert (provider.inspection_date, provider.report_url) == (None, "")


def test_vacancies_were_confirmed_over_four_months_some_too_long_ago(demo_site):
    today = timezone.localdate()
    ages = [(today - vacancy.confirmed_on).days for vacancy in ProviderVacancy.objects.filter(provider__is_demo=True)]
    assert max(ages) <= 4 * 31
    stale = sum(age > VACANCY_FRESH_DAYS for age in ages)
    assert 0 < stale < len(ages) / 2


def snapshot():
    return (
        sorted(demo_providers().values_list("pk", "updated_at")),
        sorted(ProviderVacancy.objects.values_list("pk", "confirmed_on")),
        sorted(TwoYearOfferPage.objects.values_list("pk", "latest_revision_id")),
        sorted(ChildcareIndexPage.objects.values_list("pk", "latest_revision_id")),
    )


def test_loading_the_demo_again_changes_nothing(demo_site):
    before = snapshot()
    call_command("load_demo", skip_index=True, verbosity=0)
    assert snapshot() == before


def test_reset_puts_a_changed_provider_back(demo_site):
    provider = ChildcareProvider.objects.get(urn=PROVIDERS[0]["urn"])
    provider.name = "Changed by an editor"
    provider.vacancies.all().delete()
    provider.save()
    load_providers(reset=True)
    provider.refresh_from_db()
    assert provider.name == PROVIDERS[0]["name"]
    assert provider.vacancies.count() == len(PROVIDERS[0]["free"])
    assert demo_providers().count() == len(PROVIDERS)


def test_vacancies_nobody_confirmed_since_the_demo_was_loaded_are_dated_again(demo_site):
    today = timezone.localdate()
    forgotten, confirmed = demo_providers().filter(vacancies__isnull=False).distinct()[:2]
    long_ago = today - datetime.timedelta(days=400)
    ProviderVacancy.objects.filter(provider=forgotten).update(confirmed_on=long_ago)
    ProviderVacancy.objects.filter(provider=confirmed).update(confirmed_on=today)
    load_providers()
    oldest = today - datetime.timedelta(days=max(CONFIRMED_DAYS_AGO))
    assert all(vacancy.confirmed_on >= oldest for vacancy in forgotten.vacancies.all())
    assert {vacancy.confirmed_on for vacancy in confirmed.vacancies.all()} == {today}


def test_the_offer_and_finder_pages_are_under_the_home_page(demo_site):
    offer = TwoYearOfferPage.objects.child_of(demo_site).get(slug="two-year-old-offer")
    finder = ChildcareIndexPage.objects.child_of(demo_site).get(slug="childcare")
    assert (offer.title, finder.title) == ("Free childcare for 2 year olds", "Find childcare")
    assert offer.live and finder.live
    for words in ("15 hours a week", "38 weeks", "born 1 January to 31 March: from April"):
        assert words in offer.body
    assert "Strengthening Families Hub" in offer.apply_text and offer.apply_url
    assert "every 3 months" in offer.working_parents_text
    assert offer.working_parents_url == "https://www.childcarechoices.gov.uk/"
    for help_with_costs in ("Tax-Free Childcare", "Universal Credit", "3rd birthday", "Care to Learn"):
        assert help_with_costs in offer.not_eligible_text
    assert "Families Information Service" in offer.not_sure_text and "parent champion" in offer.not_sure_text


def test_the_home_page_and_the_menu_lead_to_the_childcare_pages(demo_site):
    offer = TwoYearOfferPage.objects.get()
    need = next(block for block in demo_site.common_needs if block.value["label"] == "Free childcare for 2 year olds")
    assert need.value["page"].pk == offer.pk
    header = Navigation.for_site(Site.objects.get(is_default_site=True)).header_links
    assert ChildcareIndexPage.objects.get().pk in [block.value.pk for block in header]


def test_the_two_year_old_service_links_to_the_checker_and_the_finder(demo_site):
    description = ServicePage.objects.get(slug="two-year-old-offer").description
    assert 'href="/two-year-old-offer/check/"' in description and 'href="/childcare/"' in description


@pytest.mark.skipif(not VIEWS_WRITTEN, reason="the finder's and checker's views are not written yet")
@pytest.mark.parametrize("prefix", ["", "/ar"])
@pytest.mark.parametrize(
    "address",
    ["/two-year-old-offer/", "/two-year-old-offer/check/", "/childcare/", "/childcare/?postcode=WV10+9DG"],
)
def test_the_pages_show_in_english_and_arabic(client, demo_site, prefix, address):
    response = client.get(prefix + address)
    assert response.status_code == 200


@pytest.mark.skipif(not VIEWS_WRITTEN, reason="the finder's views are not written yet")
def test_a_demo_provider_has_its_page(client, demo_site):
    provider = ChildcareProvider.objects.get(urn="EY970001")
    response = client.get(f"/childcare/{provider.urn}/{provider.slug}/")
    assert response.status_code == 200
    assert provider.name in response.content.decode()
