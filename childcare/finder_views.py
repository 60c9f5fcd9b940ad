"""The public childcare finder at /childcare/: providers nearest a postcode, and a page for each.

Both are served by ChildcareIndexPage's routes (childcare/models/pages.py). Whether a provider
is on the visitor's shortlist is read in the templates, through the shortlist's template tag
(the directory owns the shortlist and sits above this app).
"""

from django.http import Http404, HttpResponsePermanentRedirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from childcare.finder import ProviderFilters, find_providers, miles_from_squared_degrees
from childcare.models import ChildcareProvider, TwoYearOfferPage
from childcare.models.providers import VACANCY_FRESH_DAYS, AgeGroup, ProviderType
from core.pagination import paginate

PROVIDERS_PER_PAGE = 20
URN_LENGTH = ChildcareProvider._meta.get_field("urn").max_length


def provider_listing(request, index_page):
    """/childcare/: listed providers, filtered with plain GET parameters, nearest first when
    the family gives a postcode or shares their location."""
    filters = ProviderFilters.from_request(request.GET)
    page = paginate(request, find_providers(filters), PROVIDERS_PER_PAGE)
    base_url = index_page.get_url(request)
    for provider in page.object_list:
        provider.url = base_url + provider_subpath(index_page, provider)
        provider.distance_miles = miles_from_squared_degrees(provider.distance)
        provider.ages = age_range(provider)
    context = index_page.get_context(request)
    context.update(
        {
            "filters": filters,
            "providers": page,
            "paginator": page.paginator,
            "active_filters": active_filter_links(filters, request),
            "age_choices": AgeGroup.choices,
            "type_choices": ProviderType.choices,
            "offer_page": TwoYearOfferPage.objects.live().first(),
            "fresh_days": VACANCY_FRESH_DAYS,
        }
    )
    # A filter that could not be read is bad input (400), answered with the page and its message.
    status = 400 if filters.errors else 200
    return TemplateResponse(request, "childcare/childcare_index_page.html", context, status=status)


def provider_detail(request, index_page, urn, slug=None):
    """/childcare/<urn>/<name>/: everything the site knows about one listed provider. The URN
    finds it; the name is only there to make the address readable, so a missing or old one
    is sent on to the address with the name as it is now."""
    provider = None
    if len(urn) <= URN_LENGTH:
        provider = ChildcareProvider.objects.listed().select_related("locality").filter(urn__iexact=urn).first()
    if provider is None:
        raise Http404(_("No listed childcare provider has that Ofsted number."))
    canonical = index_page.get_url(request) + provider_subpath(index_page, provider)
    if urn != provider.urn or slug != provider.slug:
        query = request.META.get("QUERY_STRING", "")
        return HttpResponsePermanentRedirect(f"{canonical}?{query}" if query else canonical)
    provider.url = canonical
    context = index_page.get_context(request)
    context.update(
        {
            "provider": provider,
            "vacancies": sorted(provider.vacancies.all(), key=lambda vacancy: AgeGroup.values.index(vacancy.age_group)),
            "ages": age_range(provider),
            "offer_page": TwoYearOfferPage.objects.live().first(),
            "fresh_days": VACANCY_FRESH_DAYS,
        }
    )
    return TemplateResponse(request, "childcare/provider_page.html", context)


def provider_subpath(index_page, provider):
    """A provider's address below the finder's: "EY123456/little-acorns/"."""
    return index_page.reverse_subpage("provider_with_name", args=[provider.urn, provider.slug])


def provider_urls(providers, request=None):
    """Each provider's page address, set as `url` (the shortlist shows providers too); none
    when the site has no childcare finder."""
    from childcare.models import ChildcareIndexPage

    index_page = ChildcareIndexPage.objects.live().first()
    base_url = index_page.get_url(request) if index_page else None
    for provider in providers:
        provider.url = base_url + provider_subpath(index_page, provider) if base_url else ""
    return providers


def age_range(provider):
    """The ages a provider cares for, in words: "From birth to 4 years"."""
    years = provider.oldest_years
    if provider.youngest_months == 0:
        return ngettext("From birth to %(years)s year", "From birth to %(years)s years", years) % {"years": years}
    if provider.youngest_months < 24:
        return ngettext(
            "From %(months)s months to %(years)s year", "From %(months)s months to %(years)s years", years
        ) % {"months": provider.youngest_months, "years": years}
    return ngettext("From %(youngest)s to %(years)s year", "From %(youngest)s to %(years)s years", years) % {
        "youngest": provider.youngest_months // 12,
        "years": years,
    }


def active_filter_links(filters, request):
    """The filters in use, each with the address of the same search without it."""
    params = request.GET

    def without(*names, value=None):
        query = params.copy()
        query.pop("page", None)
        for name in names:
            if value is None:
                query.pop(name, None)
            else:
                query.setlist(name, [item for item in query.getlist(name) if item.strip().lower() != value])
        return f"{request.path}?{query.urlencode()}" if query else request.path

    links = []
    if filters.place:
        links.append({"place": filters.place.label, "url": without("postcode", "lat", "lon")})
    if filters.funded_two:
        links.append({"label": _("Funded places for 2 year olds"), "url": without("funded_two")})
    if filters.age_group:
        links.append({"label": filters.age_group.label, "url": without("age")})
    if filters.vacancies:
        links.append({"label": _("Places free now"), "url": without("vacancies")})
    for value in filters.types:
        links.append({"label": ProviderType(value).label, "url": without("type", value=value)})
    if filters.pickups:
        links.append({"label": _("Picks up from school"), "url": without("pickups")})
    return links
