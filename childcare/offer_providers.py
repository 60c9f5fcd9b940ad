"""The providers a checker result suggests: the nearest with funded places for 2 year olds,
found by the finder's own query so the two never disagree."""

from urllib.parse import urlencode

from django.http import QueryDict

from childcare.finder import ProviderFilters, find_providers, miles_from_squared_degrees


def funded_filters(postcode):
    params = QueryDict(mutable=True)
    params.update({"funded_two": "1", **({"postcode": postcode} if postcode else {})})
    return params


def nearest_funded_providers(postcode, count):
    """The `count` nearest providers with funded places for 2 year olds, each with `miles`;
    none when no postcode was given (a list by name would not help)."""
    if not postcode:
        return []
    filters = ProviderFilters.from_request(funded_filters(postcode))
    if filters.place is None:
        return []
    providers = list(find_providers(filters)[:count])
    for provider in providers:
        provider.miles = miles_from_squared_degrees(provider.distance)
    return providers


def finder_address(finder_page, postcode):
    """The childcare finder showing funded places for 2 year olds near the postcode."""
    return f"{finder_page.url}?{urlencode(funded_filters(postcode))}"
