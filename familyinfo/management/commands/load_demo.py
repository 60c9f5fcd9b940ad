"""Build the demo site: home page, site-wide pages, menus and contact numbers, and a year of
figures for the Insight area.

Idempotent: a second run changes nothing, and pages an editor has changed are left alone.
`--reset` rebuilds the demo pages from code; `--skip-statistics` leaves out the Insight area's
figures (anonymised past referrals, counts of searches, views and checks), which tests do, as
they count the referrals and searches they make themselves.
"""

import copy
import json
from contextlib import contextmanager

from django.apps import apps
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.test.utils import override_settings
from django.utils import translation
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Locale, Page, Site

from childcare.demo import load_childcare
from childcare.demo_statistics import load_demo_offer_checks
from childcare.models import ChildcareIndexPage
from core.languages import SITE_LANGUAGES, SOURCE_LANGUAGE
from core.models import EmergencyContacts, NotificationAddresses, SpokenLanguage
from core.spoken_languages import ensure_spoken_languages
from directory.demo_loader import load_services
from directory.demo_safety import load_safety_answers
from directory.demo_signposting import load_signposting
from directory.demo_statistics import load_demo_service_views, load_demo_unmet_searches
from directory.models import AccessRoute, DeliveryMode, Need, SearchSynonym, ServiceIndexPage, ServiceLevel
from directory.reference_data import ensure_directory_lists, ensure_language_synonyms, ensure_synonyms
from feedback.demo import load_feedback
from hubs.demo_loader import load_champion_interest, load_champions, load_hubs
from hubs.models import ChampionIndexPage, Facility, HubIndexPage, Locality, Ward
from hubs.reference_data import ensure_places
from pages.demo.contacts import EMERGENCY_CONTACTS, NOTIFICATION_ADDRESSES
from pages.demo.pages import CONTENT_PAGES, HOME
from pages.demo.professionals import load_professionals
from pages.models import ContentPage, HomePage, Navigation
from translations.demo import load_demo_translations


@contextmanager
def indexing_held_back():
    """Wagtail re-indexes a page for search and for its references in a task after every save,
    and the demo saves each page several times (once per language): a third of the time it
    took. The tasks are dropped while it is built, and both indexes are rebuilt once after."""
    with override_settings(TASKS={"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}):
        yield


class Command(BaseCommand):
    help = "Load the demo content (safe to run again: it only adds what is missing)."

    def add_arguments(self, parser):
        parser.add_argument("--reset", action="store_true", help="Rebuild the demo pages from code.")
        parser.add_argument("--skip-index", action="store_true", help="Do not update the search index.")
        parser.add_argument(
            "--skip-statistics", action="store_true", help="Leave out the Insight area's year of figures."
        )

    def handle(self, *args, reset=False, skip_index=False, skip_statistics=False, **options):
        with translation.override(SOURCE_LANGUAGE), transaction.atomic(), indexing_held_back():
            ensure_spoken_languages(SpokenLanguage)
            ensure_places(Locality, Ward, Facility)
            ensure_directory_lists(ServiceLevel, AccessRoute, DeliveryMode, Need)
            ensure_synonyms(SearchSynonym)
            ensure_language_synonyms(SearchSynonym)
            home = self.home_page(reset)
            site = self.default_site(home)
            pages = {spec["slug"]: self.content_page(home, spec, reset) for spec in CONTENT_PAGES}
            self.contact_settings(site)
            desk_phone = EmergencyContacts.for_site(site).desk_phone
            hubs = load_hubs(home, desk_phone, reset)
            champions = load_champions(home, reset)
            load_champion_interest()
            services = load_services(home, reset)
            load_signposting()
            offer, _finder, providers = load_childcare(home, reset)
            professionals = load_professionals(home, reset)
            self.link_needs_to_pages(home, {offer.slug: offer})
            load_safety_answers()
            self.menus(site, pages, professionals)
            translated = load_demo_translations()
            feedback = load_feedback()
            figures = "" if skip_statistics else self.statistics()
        call_command("rebuild_references_index", verbosity=0)
        if not skip_index:
            call_command("update_index", verbosity=0)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content ready: home page, {len(pages)} pages, {len(hubs)} hubs, {services} services, "
                f"{champions} parent champions, {providers} childcare providers, {feedback} feedback responses; "
                "translations: "
                + ", ".join(f"{code} {len(report.applied) + report.unchanged}" for code, report in translated.items())
                + figures
            )
        )
        for code, report in translated.items():
            for context, message in report.problems:
                self.stderr.write(f"{code} {context}: {message}")

    def statistics(self):
        """The Insight area's year of figures; the referrals through their app's config, as
        nothing but the URLs imports the referrals app."""
        referrals = apps.get_app_config("referrals").load_demo_statistics()
        searches, views, checks = load_demo_unmet_searches(), load_demo_service_views(), load_demo_offer_checks()
        return (
            f"; Insight figures: {referrals} past referrals (anonymised), {searches} searches that found "
            f"nothing, {views} service page views, {checks} two-year-old offer checks"
        )

    def home_page(self, reset):
        home = HomePage.objects.first()
        if home and not reset:
            return home
        root = self.page_tree_root()
        if home is None:
            self.remove_wagtail_welcome_page(root)
            home = HomePage(slug="home")
            self.fill_home_page(home)
            root.add_child(instance=home)
        else:
            self.fill_home_page(home)
        home.save_revision().publish()
        return home

    def page_tree_root(self):
        """Wagtail's migrations make the root page and default locale; a flushed database has neither."""
        root = Page.get_first_root_node()
        if root is None:
            Locale.objects.get_or_create(language_code=SOURCE_LANGUAGE)
            root = Page.add_root(instance=Page(title="Root", slug="root"))
        return root

    def fill_home_page(self, home):
        for name, value in HOME.items():
            if name != "common_needs":
                setattr(home, name, value)
        needs = {need.slug: need.pk for need in Need.objects.all()}
        home.common_needs = json.dumps(
            [
                {
                    "type": "need",
                    "value": {
                        "label": label,
                        "description": hint,
                        "need": needs[slug] if slug else None,
                        "page": None,
                        "search_terms": label,
                    },
                }
                for label, hint, slug, *_page in HOME["common_needs"]
            ]
        )

    def link_needs_to_pages(self, home, pages):
        """A need that leads to a page rather than to services (the two-year-old offer) is linked
        once its app has made the page, after the home page. A need an editor has pointed
        somewhere already is left alone."""
        wanted = {label: page_slug[0] for label, _hint, _need, *page_slug in HOME["common_needs"] if page_slug}
        home = HomePage.objects.get(pk=home.pk)  # the tree under it has grown since it was loaded
        needs = copy.deepcopy(list(home.common_needs.raw_data))
        linked = False
        for block in needs:
            value = block["value"]
            page = pages.get(wanted.get(value.get("label")))
            if page and not value.get("page") and not value.get("need"):
                value["page"] = page.pk
                linked = True
        if linked:
            home.common_needs = needs
            home.save_revision().publish()

    def remove_wagtail_welcome_page(self, root):
        """Wagtail's install creates a placeholder page (and a site on it); the demo replaces both."""
        for page in root.get_children():
            if page.specific_class in (None, Page):
                page.delete()

    def default_site(self, home):
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            site = Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
        if site.root_page_id != home.pk:
            site.root_page = home
            site.site_name = "Wolverhampton Family Information"
            site.save()
        return site

    def content_page(self, home, spec, reset):
        page = ContentPage.objects.child_of(home).filter(slug=spec["slug"]).first()
        if page and not reset:
            return page
        page = page or ContentPage(slug=spec["slug"])
        page.title = spec["title"]
        page.intro = spec["intro"]
        page.body = json.dumps(spec["body"])
        if not page.pk:
            home.add_child(instance=page)
        page.save_revision().publish()
        return page

    def contact_settings(self, site):
        mailboxes = NotificationAddresses.for_site(site)
        if not mailboxes.early_help_desk_email:
            for name, value in NOTIFICATION_ADDRESSES.items():
                setattr(mailboxes, name, value)
            mailboxes.save()
        contacts = EmergencyContacts.for_site(site)
        if contacts.desk_phone:
            return
        for name, value in EMERGENCY_CONTACTS.items():
            setattr(contacts, name, value)
        # A new setting copies its English defaults into every language's column, which would
        # read as translated; the demo's translations fill them instead.
        for name in translator.get_options_for_model(EmergencyContacts).get_field_names():
            for language in SITE_LANGUAGES:
                if language.code != SOURCE_LANGUAGE:
                    setattr(contacts, build_localized_fieldname(name, language.code), None)
        contacts.save()

    def menus(self, site, pages, professionals):
        navigation = Navigation.for_site(site)
        if navigation.header_links or navigation.footer_links:
            return
        sections = [
            ServiceIndexPage.objects.first(),
            ChildcareIndexPage.objects.first(),
            HubIndexPage.objects.first(),
            ChampionIndexPage.objects.first(),
        ]
        navigation.header_links = [("page", page) for page in sections if page] + [
            ("page", pages[spec["slug"]]) for spec in CONTENT_PAGES if spec.get("in_header")
        ]
        # The menu is for families, on a small screen; partners find their section in the footer.
        navigation.footer_links = [("page", professionals)] + [
            ("page", pages[spec["slug"]]) for spec in CONTENT_PAGES if spec.get("in_footer")
        ]
        navigation.save()
