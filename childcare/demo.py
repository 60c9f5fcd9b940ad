"""Builds the demo's childcare: the two-year-old offer's page, the finder's page and the providers
(called by `load_demo`).

Idempotent, like the rest of the demo: what exists is left alone unless `reset` is given, except
that vacancies nobody has confirmed for longer than the demo's spread are dated again, so the
demo keeps fresh and stale vacancies side by side however long ago it was loaded.
"""

import datetime

from django.utils import timezone

from childcare.demo_pages import FINDER_PAGE, OFFER_PAGE
from childcare.demo_providers import CONFIRMED_DAYS_AGO, PROVIDERS
from childcare.models import ChildcareIndexPage, ChildcareProvider, ProviderVacancy, TwoYearOfferPage

OFSTED_REPORT = "https://reports.ofsted.gov.uk/provider/16/{urn}"


def load_childcare(home, reset=False):
    """The offer's page, the finder's page and the number of demo providers."""
    offer = offer_page(home, reset)
    finder = finder_page(home, offer, reset)
    return offer, finder, load_providers(reset)


def publish(parent, page):
    if not page.pk:
        parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def offer_page(home, reset=False):
    page = TwoYearOfferPage.objects.first()
    if page and not reset:
        return page
    page = page or TwoYearOfferPage(slug=OFFER_PAGE["slug"])
    for name, value in OFFER_PAGE.items():
        setattr(page, name, value)
    return publish(home, page)


def finder_page(home, offer, reset=False):
    page = ChildcareIndexPage.objects.first()
    if page and not reset:
        return page
    page = page or ChildcareIndexPage(slug=FINDER_PAGE["slug"])
    page.title, page.intro = FINDER_PAGE["title"], FINDER_PAGE["intro"]
    # A page link, so each language's copy of the words leads to the offer in that language.
    link = f'<a linktype="page" id="{offer.pk}">check if your child can get one</a>'
    page.body = FINDER_PAGE["body"].replace("{offer}", link)
    return publish(home, page)


def load_providers(reset=False):
    today = timezone.localdate()
    urns = [spec["urn"] for spec in PROVIDERS]
    existing = {provider.urn: provider for provider in ChildcareProvider.objects.filter(urn__in=urns)}
    for number, spec in enumerate(PROVIDERS):
        # Step through the spread so neighbours in a locality were not confirmed on nearby days.
        days_ago = CONFIRMED_DAYS_AGO[(number * 5) % len(CONFIRMED_DAYS_AGO)]
        confirmed_on = today - datetime.timedelta(days=days_ago)
        provider = existing.get(spec["urn"])
        if provider and not reset:
            redate_forgotten_vacancies(provider, confirmed_on, today)
            continue
        save_provider(provider or ChildcareProvider(urn=spec["urn"]), spec, number, confirmed_on)
    return len(PROVIDERS)


def save_provider(provider, spec, number, confirmed_on):
    fields = dict(spec)
    free = fields.pop("free")
    fields["opens_at"] = datetime.time.fromisoformat(fields["opens_at"])
    fields["closes_at"] = datetime.time.fromisoformat(fields["closes_at"])
    inspected = fields.pop("inspection_date")
    provider.inspection_date = datetime.date.fromisoformat(inspected) if inspected else None
    provider.report_url = OFSTED_REPORT.format(urn=provider.urn) if inspected else ""
    for name, value in fields.items():
        setattr(provider, name, value)
    if provider.is_childminder:
        # Childminders work from home: the register gives a mobile and no email.
        provider.phone, provider.email = f"07700 900 {900 + number:03d}", ""
    else:
        provider.phone = f"01632 960 {900 + number:03d}"
        provider.email = f"{provider.slug}@example.org"
    provider.listed, provider.is_demo = True, True
    provider.latitude = None  # placed again from the postcode when saved
    provider.vacancies = [
        ProviderVacancy(age_group=age_group, places=places, confirmed_on=confirmed_on)
        for age_group, places in free.items()
    ]
    provider.save()


def redate_forgotten_vacancies(provider, confirmed_on, today):
    """Vacancies older than the demo's whole spread were loaded long ago and never touched:
    date them as the demo intends. Vacancies an editor has confirmed since are left alone."""
    oldest_intended = today - datetime.timedelta(days=max(CONFIRMED_DAYS_AGO))
    vacancies = provider.vacancies.all()
    if vacancies and all(vacancy.confirmed_on < oldest_intended for vacancy in vacancies):
        ProviderVacancy.objects.filter(provider=provider).update(confirmed_on=confirmed_on)
