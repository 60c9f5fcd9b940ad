"""Build the demo site: home page, site-wide pages, menus and contact numbers.

Idempotent: a second run changes nothing, and pages an editor has changed are left alone.
`--reset` rebuilds the demo pages from code.
"""

import datetime
import json

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import translation
from wagtail.models import Locale, Page, Site

from familyinfo.demo.contacts import EMERGENCY_CONTACTS
from familyinfo.demo.pages import CONTENT_PAGES, HOME
from familyinfo.models import ContentPage, EmergencyContacts, HomePage, Navigation
from hubs import demo as hub_demo
from hubs.models import (
    Facility,
    HubIndexPage,
    HubOpeningHours,
    HubPage,
    Locality,
    OutreachBaseOpeningHours,
    OutreachBasePage,
)
from translations.languages import SOURCE_LANGUAGE


class Command(BaseCommand):
    help = "Load the demo content (safe to run again: it only adds what is missing)."

    def add_arguments(self, parser):
        parser.add_argument("--reset", action="store_true", help="Rebuild the demo pages from code.")
        parser.add_argument("--skip-index", action="store_true", help="Do not update the search index.")

    def handle(self, *args, reset=False, skip_index=False, **options):
        with translation.override(SOURCE_LANGUAGE), transaction.atomic():
            home = self.home_page(reset)
            site = self.default_site(home)
            pages = {spec["slug"]: self.content_page(home, spec, reset) for spec in CONTENT_PAGES}
            self.contact_settings(site)
            self.menus(site, pages)
            self.link_referral_page(home, pages["contact"])
            hubs = self.hub_pages(home, reset)
        if not skip_index:
            call_command("update_index", verbosity=0)
        self.stdout.write(
            self.style.SUCCESS(f"Demo content ready: home page, {len(pages)} pages and {len(hubs)} hubs.")
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
        home.common_needs = json.dumps(
            [
                {"type": "need", "value": {"label": label, "description": hint, "page": None, "search_terms": terms}}
                for label, hint, terms in HOME["common_needs"]
            ]
        )

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
        contacts = EmergencyContacts.for_site(site)
        if contacts.desk_phone:
            return
        for name, value in EMERGENCY_CONTACTS.items():
            setattr(contacts, name, value)
        contacts.save()

    def menus(self, site, pages):
        navigation = Navigation.for_site(site)
        if navigation.header_links or navigation.footer_links:
            return
        navigation.header_links = [("page", pages[spec["slug"]]) for spec in CONTENT_PAGES if spec.get("in_header")]
        navigation.footer_links = [("page", pages[spec["slug"]]) for spec in CONTENT_PAGES if spec.get("in_footer")]
        navigation.save()

    def link_referral_page(self, home, page):
        if home.referral_page_id:
            return
        home.referral_page = page
        home.save_revision().publish()

    def hub_pages(self, home, reset):
        index = HubIndexPage.objects.first()
        if index is None:
            index = HubIndexPage(
                slug="hubs",
                title="Find your nearest family hub",
                intro=(
                    "Strengthening Families Hubs are open to every family in Wolverhampton. There is one in each "
                    "of the city's eight areas, and sessions run at community venues near you too."
                ),
            )
            home.add_child(instance=index)
            index.save_revision().publish()
        facilities = {facility.name: facility for facility in Facility.objects.all()}
        contacts = EmergencyContacts.for_site(Site.objects.get(is_default_site=True))
        hubs = []
        for slug, title, number, street, postcode, lat, lon, extra, bases in hub_demo.HUBS:
            hub = HubPage.objects.child_of(index).filter(slug=slug).first()
            if hub is None or reset:
                locality = Locality.objects.get(number=number)
                hub = hub or HubPage(slug=slug, locality=locality)
                self.fill_place(hub, title, street, postcode, lat, lon, contacts.desk_phone)
                hub.summary = f"The Strengthening Families Hub for {locality.area_name}."
                hub.teams = json.dumps(
                    [
                        {"type": "team", "value": {"name": name, "description": text}}
                        for name, text in hub_demo.HUB_TEAMS
                    ]
                )
                hub.opening_hours = [
                    HubOpeningHours(weekday=day, opens=opens, closes=closes)
                    for day, opens, closes in hub_demo.WEEKDAY_HOURS
                ]
                hub.facilities = [facilities[name] for name in hub_demo.HUB_FACILITIES + extra]
                if not hub.pk:
                    index.add_child(instance=hub)
                hub.save_revision().publish()
            for base_slug, base_title, base_street, base_postcode, base_lat, base_lon, days in bases:
                base = OutreachBasePage.objects.child_of(hub).filter(slug=base_slug).first()
                if base and not reset:
                    continue
                base = base or OutreachBasePage(slug=base_slug)
                self.fill_place(base, base_title, base_street, base_postcode, base_lat, base_lon, contacts.desk_phone)
                base.summary = f"A community venue where {hub.title} runs sessions for families."
                base.opening_hours = [
                    OutreachBaseOpeningHours(
                        weekday=day, opens=datetime.time(9, 30), closes=datetime.time(15), note="During sessions"
                    )
                    for day in days
                ]
                base.facilities = [facilities[name] for name in ("Step-free access", "Baby change")]
                if not base.pk:
                    hub.add_child(instance=base)
                base.save_revision().publish()
            hubs.append(hub)
        return hubs

    def fill_place(self, place, title, street, postcode, lat, lon, phone):
        place.title = title
        place.address_line_1 = street
        place.town = "Wolverhampton"
        place.postcode = postcode
        place.latitude, place.longitude = lat, lon
        place.phone = phone
        place.is_demo_data = True
        place.how_to_get_there = (
            f"<p>The entrance is on {street}. Local buses stop nearby: check times with National Express "
            "West Midlands. Ask at reception if you need help finding us.</p>"
        )
        place.accessibility = "Step-free entrance and an accessible toilet. Tell us if you need anything else."
