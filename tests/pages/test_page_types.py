"""Where each page type may go, so editors cannot build a broken page tree, and that each
one, built on a site of its own, is reached at its address and shown."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from childcare.models import ChildcareIndexPage, TwoYearOfferPage
from directory.models import ServiceIndexPage, ServicePage
from hubs.models import (
    ChampionIndexPage,
    ChampionSignpostingPage,
    ChampionStoryPage,
    HubEventPage,
    HubIndexPage,
    HubPage,
    JoinChampionsPage,
    OutreachBasePage,
)
from pages.models import ContentPage, HomePage, LevelsOfNeedPage, ProfessionalsPage
from tests.directory.factories import ScheduleFactory, ServiceIndexPageFactory, ServicePageFactory
from tests.hubs.factories import HubEventPageFactory, HubIndexPageFactory, HubPageFactory, OutreachBasePageFactory
from tests.pages.factories import ContentPageFactory, LevelsOfNeedPageFactory, ProfessionalsPageFactory, build_site

CHAMPION_PAGES = {ChampionStoryPage, JoinChampionsPage, ChampionSignpostingPage}


class PageTypesTest(WagtailPageTestCase):
    def test_each_page_type_goes_only_where_it_belongs(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        # Wagtail's own base type is listed too: it can never be created.
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                ContentPage,
                ServiceIndexPage,
                HubIndexPage,
                ChampionIndexPage,
                TwoYearOfferPage,
                ChildcareIndexPage,
                ProfessionalsPage,
                Page,
            },
        )
        self.assertFalse(Page.is_creatable)
        self.assertAllowedSubpageTypes(ContentPage, {ContentPage})
        self.assertAllowedParentPageTypes(ContentPage, {HomePage, ContentPage, ProfessionalsPage})
        self.assertAllowedSubpageTypes(ServiceIndexPage, {ServicePage})
        self.assertAllowedParentPageTypes(ServicePage, {ServiceIndexPage})
        self.assertAllowedSubpageTypes(HubIndexPage, {HubPage})
        self.assertAllowedParentPageTypes(HubPage, {HubIndexPage})
        self.assertAllowedSubpageTypes(HubPage, {OutreachBasePage, HubEventPage})
        self.assertAllowedParentPageTypes(OutreachBasePage, {HubPage})
        self.assertAllowedParentPageTypes(HubEventPage, {HubPage})
        self.assertAllowedSubpageTypes(ChampionIndexPage, CHAMPION_PAGES)
        self.assertAllowedParentPageTypes(TwoYearOfferPage, {HomePage})
        self.assertAllowedParentPageTypes(ChildcareIndexPage, {HomePage})
        for leaf in [
            ServicePage,
            OutreachBasePage,
            HubEventPage,
            *CHAMPION_PAGES,
            TwoYearOfferPage,
            ChildcareIndexPage,
            LevelsOfNeedPage,
        ]:
            self.assertAllowedSubpageTypes(leaf, set())

    def test_one_home_page_service_listing_hub_finder_and_champions_page(self):
        home = HomePage.objects.get()  # the demo site's
        for single in (
            ServiceIndexPage,
            HubIndexPage,
            ChampionIndexPage,
            TwoYearOfferPage,
            ChildcareIndexPage,
            ProfessionalsPage,
        ):
            self.assertCanCreateAt(HomePage, single)  # allowed there...
            self.assertFalse(single.can_create_at(home), single)  # ...but there is one already
        self.assertFalse(HomePage.can_create_at(Page.get_first_root_node()))
        self.assertTrue(ContentPage.can_create_at(home))

    def test_every_page_type_built_alone_is_reached_and_shown(self):
        home = build_site()
        services = ServiceIndexPageFactory(parent=home)
        hubs = HubIndexPageFactory(parent=home)
        hub = HubPageFactory(parent=hubs)
        service = ServicePageFactory(parent=services)
        ScheduleFactory(page=service, place=hub)
        professionals = ProfessionalsPageFactory(parent=home)
        pages = [
            home,
            ContentPageFactory(parent=home),
            services,
            service,
            hubs,
            hub,
            OutreachBasePageFactory(parent=hub),
            HubEventPageFactory(parent=hub),
            professionals,
            LevelsOfNeedPageFactory(parent=professionals),
        ]
        for page in pages:
            self.assertPageIsRoutable(page)
            self.assertPageIsRenderable(page)
        self.assertPageIsRoutable(hub, "leaflet/")
        self.assertPageIsRenderable(hub, "leaflet/")
