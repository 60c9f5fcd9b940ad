"""The directory's figures in the Insight area: searches that found nothing (what families looked
for that the directory lacks) and the most-viewed services. Both are counts kept with nothing
about who searched or read: a month, a language of the site, a postcode district, a locality, a
need or a service (directory/models/counts.py). Every count goes through core/insight.py, which
hides any figure under 5."""

from collections import Counter, defaultdict

from django.conf import settings
from django.db.models import Sum
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Page

from core.insight import Row, Section, Table, month_rows
from directory.models import Need, Schedule, ServicePage, ServiceView, UnmetSearchCount
from hubs import postcodes
from hubs.models import HubPage

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
MOST_VIEWED = 20


def language_headings():
    return tuple(name for _code, name in settings.LANGUAGES)


def in_period(counts, filters):
    return counts.filter(month__gte=filters.start, month__lt=filters.end)


def by_language(counts, key):
    """{(key, language): count} summed over every other column."""
    return {
        (row[key], row["language"]): row["total"]
        for row in counts.values(key, "language").annotate(total=Sum("count")).order_by()
    }


def rows_by_language(labelled_keys, counts):
    return tuple(
        Row.of_counts(label, [counts.get((key, code), 0) for code in LANGUAGE_CODES]) for key, label in labelled_keys
    )


def unmet_search_tables(filters):
    counts = in_period(UnmetSearchCount.objects.all(), filters)
    if filters.locality_id:
        counts = counts.filter(locality_id=filters.locality_id)
    by_need = by_language(counts, "need")
    found = {key for key, _code in by_need}
    needs = [need for need in Need.objects.select_related("parent") if need.slug in found]
    named = [(need.slug, str(need)) for need in needs]
    # A need deleted since: its code.
    named += [(code, code) for code in sorted(found - {need.slug for need in needs} - {""})]
    named.append(("", _("No need recognised")))
    by_district = by_language(counts, "postcode_district")
    found_districts = sorted({key for key, _code in by_district} - {""}, key=postcodes.district_order)
    districts = [(key, key) for key in found_districts]
    if not filters.locality_id:  # searches with no postcode belong to no area
        districts.append(("", _("No postcode")))
    return [
        Table(
            title=_("Searches that found nothing, by month and language"),
            columns=language_headings(),
            rows=month_rows(filters, by_language(counts, "month"), LANGUAGE_CODES),
            trend=True,
            row_heading=_("Month"),
        ),
        Table(
            title=_("Searches that found nothing, by need"),
            columns=language_headings(),
            rows=rows_by_language(named, by_need),
            row_heading=_("Need"),
            note=_(
                "The need chosen in the listing's filters, or else the need whose name and description "
                "share most words with the search (synonyms included)."
            ),
        ),
        Table(
            title=_("Searches that found nothing, by postcode district"),
            columns=language_headings(),
            rows=rows_by_language(districts, by_district),
            row_heading=_("Postcode district"),
            note=_(
                "The first part of the postcode typed on the service listing. With an area chosen, only "
                "searches with a postcode in that area are counted: site search asks for no postcode."
            ),
        ),
    ]


def unmet_searches_section():
    return Section(
        slug="unmet-searches",
        title=gettext_lazy("Searches that found nothing"),
        description=gettext_lazy(
            "What families looked for that the directory could not answer. Only counts are kept here, "
            "never the words: those are in the Unmet searches report for 90 days."
        ),
        tables=unmet_search_tables,
        order=30,
    )


def services_in_locality(locality_id):
    """Services with a session at the locality's hub or at one of its outreach bases."""
    hubs = HubPage.objects.filter(locality_id=locality_id)
    places = Page.objects.none()
    for hub in hubs:
        places |= Page.objects.descendant_of(hub, inclusive=True)
    return Schedule.objects.filter(place__in=places.values("pk")).values("page_id")


def service_view_tables(filters):
    views = in_period(ServiceView.objects.all(), filters)
    if filters.locality_id:
        views = views.filter(service_id__in=services_in_locality(filters.locality_id))
    by_service = defaultdict(Counter)
    for row in views.values("service_id", "language").annotate(total=Sum("count")).order_by():
        by_service[row["service_id"]][row["language"]] = row["total"]
    most = sorted(by_service, key=lambda service: (-by_service[service].total(), service))[:MOST_VIEWED]
    titles = dict(ServicePage.objects.filter(pk__in=most).values_list("pk", "title"))
    return [
        Table(
            title=_("Most-viewed services"),
            columns=language_headings(),
            rows=tuple(
                Row.of_counts(titles.get(service, "?"), [by_service[service][code] for code in LANGUAGE_CODES])
                for service in most
            ),
            row_heading=_("Service"),
            note=_("The %(count)s services whose pages were read most, in each language of the site.")
            % {"count": MOST_VIEWED},
        ),
        Table(
            title=_("Service page views, by month and language"),
            columns=language_headings(),
            rows=month_rows(filters, by_language(views, "month"), LANGUAGE_CODES),
            trend=True,
            row_heading=_("Month"),
        ),
    ]


def service_views_section():
    return Section(
        slug="service-views",
        title=gettext_lazy("Service page views"),
        description=gettext_lazy(
            "How often each service's page was read, counted on the server: no cookie, no address, "
            "nothing about the reader. Editors' previews, robots and requests for the headers alone are "
            "not counted; a family reading a page twice counts twice. With an area chosen: "
            "services with a session at its hub or its outreach bases."
        ),
        tables=service_view_tables,
        order=40,
    )
