"""Childcare providers and their vacancies for tests: plain functions, as a provider has no tree
to build. Placed from the offline postcode data, as an editor's save would place them."""

import datetime
import itertools

from childcare.models.providers import ChildcareProvider, ProviderType, ProviderVacancy

_numbers = itertools.count(100001)


def provider(**fields):
    """A listed day nursery in central Wolverhampton, with a fresh URN, unless `fields` say otherwise.
    A childminder needs only a postcode district (their postcode is never kept)."""
    number = next(_numbers)
    values = {
        "urn": f"EY{number}",
        "provider_type": ProviderType.DAY_NURSERY,
        "name": f"Test Nursery {number}",
        "address_line_1": "1 Test Street",
        "town": "Wolverhampton",
        "postcode": "WV1 1SH",
        "youngest_months": 0,
        "oldest_years": 4,
    }
    if fields.get("provider_type") == ProviderType.CHILDMINDER:
        values.update(name=f"Test Childminder {number}", address_line_1="", postcode="", postcode_district="WV10")
    values.update(fields)
    return ChildcareProvider.objects.create(**values)


def vacancy(provider, age_group, places=1, confirmed_on=None):
    """Places free for one age group, confirmed today unless `confirmed_on` says when."""
    return ProviderVacancy.objects.create(
        provider=provider, age_group=age_group, places=places, confirmed_on=confirmed_on or datetime.date.today()
    )
