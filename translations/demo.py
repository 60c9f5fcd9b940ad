"""The demo's translations: what the council translates first, shipped as PO files.

`translations/demo/<language>.po` were made with `manage.py export_translations <language>
--demo` and translated; `load_demo` imports them with the same importer an agency's files
go through. The scope follows the translation issue: the home page, the site-wide pages,
every hub page, at least the twelve most-used services, and the terms they show.
"""

from pathlib import Path

from wagtail.models import Page

DEMO_DIR = Path(__file__).resolve().parent / "demo"

MOST_USED_SERVICES = [
    "family-support",
    "positive-parenting",
    "domestic-abuse-support",
    "two-year-old-offer",
    "family-mediation",
    "health-visiting",
    "infant-feeding-group",
    "ready-steady-school",
    "money-advice",
    "eviction-prevention",
    "stay-and-play",
    "targeted-family-support",
]


def demo_objects():
    """Everything the demo translates, in a stable order."""
    from directory.models import AccessRoute, DeliveryMode, Need, ServiceIndexPage, ServiceLevel, ServicePage
    from familyinfo.models import ContentPage, EmergencyContacts, HomePage
    from hubs.models import Facility, HubIndexPage, HubPage, Locality

    home = HomePage.objects.first()
    pages = [home, *ContentPage.objects.child_of(home).order_by("path")]
    pages += [*ServiceIndexPage.objects.all(), *HubIndexPage.objects.all(), *HubPage.objects.order_by("path")]
    services = {page.slug: page for page in ServicePage.objects.filter(slug__in=MOST_USED_SERVICES)}
    pages += [services[slug] for slug in MOST_USED_SERVICES if slug in services]
    terms = [
        *Need.objects.order_by("pk"),
        *ServiceLevel.objects.order_by("pk"),
        *AccessRoute.objects.order_by("pk"),
        *DeliveryMode.objects.order_by("pk"),
        *Locality.objects.order_by("number"),
        *Facility.objects.order_by("pk"),
        *EmergencyContacts.objects.order_by("pk"),
    ]
    return [page for page in pages if isinstance(page, Page)] + terms


def demo_file(language):
    return DEMO_DIR / f"{language}.po"


def load_demo_translations():
    """Import each language's demo file. Safe to repeat: what is already there is unchanged,
    and a translation an editor has changed since is never overwritten. Returns
    {language: ImportReport}."""
    import polib

    from translations.exchange import import_catalogue
    from translations.languages import SITE_LANGUAGES, SOURCE_LANGUAGE

    reports = {}
    for language in SITE_LANGUAGES:
        path = demo_file(language.code)
        if language.code != SOURCE_LANGUAGE and path.exists():
            reports[language.code] = import_catalogue(polib.pofile(str(path)), language.code)
    return reports
