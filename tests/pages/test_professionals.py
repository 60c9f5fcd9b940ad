"""The section for professionals: which level of help fits a family, how to refer with the
family's consent, and who to contact, in English and in a right-to-left language."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import Page, Site
from wagtail.test.utils import WagtailPageTestCase

from core.models import EmergencyContacts
from hubs.models import HubPage
from pages.models import ContentPage, HomePage, LevelOfNeed, LevelsOfNeedPage, Navigation, ProfessionalsPage

pytestmark = pytest.mark.django_db

SECTION = "/professionals/"
LEVELS = "/professionals/levels-of-need/"


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


class ProfessionalsPageTypesTest(WagtailPageTestCase):
    def test_the_section_sits_under_the_home_page_and_holds_the_levels(self):
        self.assertAllowedParentPageTypes(ProfessionalsPage, {HomePage})
        self.assertAllowedSubpageTypes(ProfessionalsPage, {LevelsOfNeedPage, ContentPage})
        self.assertAllowedParentPageTypes(LevelsOfNeedPage, {ProfessionalsPage})
        self.assertAllowedSubpageTypes(LevelsOfNeedPage, set())

    def test_one_section_and_one_levels_page_in_it(self):
        home = HomePage.objects.get()
        section = ProfessionalsPage.objects.get()
        self.assertFalse(ProfessionalsPage.can_create_at(home))  # the demo has one already
        self.assertFalse(LevelsOfNeedPage.can_create_at(section))
        self.assertTrue(ContentPage.can_create_at(section))


def test_the_levels_are_shown_in_order_with_examples_and_what_to_do(client, demo_site):
    page = soup(client.get(LEVELS))
    levels = page.select("ol.levels-of-need > li")
    stored = list(LevelsOfNeedPage.objects.get().levels.all())
    assert len(levels) == len(stored) == 4
    for number, (shown, level) in enumerate(zip(levels, stored, strict=True), start=1):
        text = shown.get_text(" ", strip=True)
        assert f"Level {number}" in text
        assert level.name in text and level.description in text
        assert shown.select("h3") and len(shown.select("ul li")) >= 6  # examples and actions
    assert "significant harm" in page.select_one(".levels-of-need__contacts").get_text()


def test_an_editor_changes_a_level_and_the_page_shows_it(client, demo_site):
    page = LevelsOfNeedPage.objects.get()
    level = page.levels.first()
    level.name = "Universal: every family"
    level.examples = "<ul><li>a baby who will not settle</li></ul>"
    page.levels = [level, *page.levels.all()[1:]]
    page.save_revision().publish()
    text = soup(client.get(LEVELS)).find("main").get_text(" ", strip=True)
    assert "Universal: every family" in text and "a baby who will not settle" in text
    assert "Universal: everyday services" not in text


@pytest.mark.parametrize("language", ["ar", "ur"])
def test_the_levels_read_right_to_left_in_the_readers_language(client, demo_site, language):
    page = soup(client.get(f"/{language}{LEVELS}"))
    assert page.find("html")["dir"] == "rtl"
    levels_page = LevelsOfNeedPage.objects.get()
    assert page.find("h1").get_text(strip=True) == getattr(levels_page, f"title_{language}")
    assert not page.find(class_="untranslated-notice")
    shown = page.select_one("ol.levels-of-need").get_text()
    for level in LevelOfNeed.objects.all():
        translated = getattr(level, f"name_{language}")
        assert translated and translated != level.name_en
        assert translated in shown


def test_the_section_explains_the_assessment_and_lists_every_contact(client, demo_site):
    page = soup(client.get(SECTION))
    main = page.find("main")
    text = main.get_text(" ", strip=True)
    for step in ["The family agrees", "A lead professional", "The team around the family", "Step up, step down"]:
        assert step in text
    # The levels page is linked from the section.
    assert main.find("a", href=LEVELS)
    # Each locality's hub, with its contact.
    contacts = main.select(".locality-contacts__item")
    hubs = HubPage.objects.live().select_related("locality")
    assert len(contacts) == hubs.count() == 8
    for hub in hubs:
        assert main.find("a", href=hub.url)
        assert hub.locality.name in text
    # Events for partners, and families' What's on.
    assert "Locality surgery" in text
    assert main.find("a", href="/whats-on/")


def test_the_desk_contacts_come_from_the_settings(client, demo_site):
    contacts = EmergencyContacts.objects.get()
    contacts.desk_phone = "01902 000111"
    contacts.safeguarding_phone = "01902 000333"
    contacts.desk_email = "desk@example.org"
    contacts.save()
    desk = soup(client.get(SECTION)).select_one(".desk-contacts")
    assert desk.find("a", href="tel:+441902000111")
    assert desk.find("a", href="tel:+441902000333")
    assert desk.find("a", href="mailto:desk@example.org")


def test_the_section_in_arabic_is_translated(client, demo_site):
    page = soup(client.get(f"/ar{SECTION}"))
    section = ProfessionalsPage.objects.get()
    assert page.find("html")["dir"] == "rtl"
    assert page.find("h1").get_text(strip=True) == section.title_ar
    assert not page.find(class_="untranslated-notice")
    assert "تحتاج إلى موافقة الأسرة" in page.select_one(".consent-requirement").get_text()


def test_the_referral_button_leads_to_the_form_with_the_consent_beside_it(client, demo_site):
    form_url = reverse("professional_referral")
    box = soup(client.get(SECTION)).select_one(".professional-referral")
    button = box.select_one("a.govuk-button")
    assert button["href"] == form_url
    consent = box.select_one(".consent-requirement")
    assert "You need the family's consent." in consent.get_text()
    # Beside the button, not elsewhere on the page: the notice comes just before it.
    assert consent.find_next("a", class_="govuk-button") == button
    # Those who would rather talk have the desk's number.
    assert box.find("a", href="tel:+441902555392")
    # A child at risk now is not a referral: the MASH and 999 come first.
    warning = box.select_one(".govuk-warning-text").get_text()
    assert "significant harm" in warning and "999" in warning
    levels = soup(client.get(LEVELS)).find("main")
    assert levels.find("a", href=form_url)


def test_the_levels_page_prints_as_a_guide_without_the_page_furniture(client, demo_site):
    page = soup(client.get(LEVELS))
    # The print stylesheet hides the header, breadcrumbs and on-screen hints on this page
    # (tests/browser/test_professionals.py prints it); the class is what it keys on.
    assert "levels-of-need-page" in page.find("body")["class"]
    assert page.select(".print-hidden")


def test_demo_content_is_true_to_the_councils_model(demo_site):
    names = [level.name for level in LevelsOfNeedPage.objects.get().levels.all()]
    assert [name.split(":")[0] for name in names] == [
        "Universal",
        "Early help",
        "Targeted and intensive early help",
        "Statutory",
    ]
    levels = list(LevelOfNeed.objects.all())
    assert "Strengthening Families Worker" in levels[2].what_to_do  # the key worker for complex needs
    assert "Specialist intensive support" in levels[2].what_to_do
    assert "MASH" in levels[3].what_to_do  # the early help desk sits in the MASH
    assert all("consent" in level.what_to_do for level in levels[1:3])
    section = ProfessionalsPage.objects.get()
    body = str(list(section.body.raw_data))
    assert "Eclipse" in body  # the shared assessment system every agency uses
    events = [block.value["name"] for block in section.events]
    assert events == ["Locality surgery", "Locality conference", "Strengthening Families Partnership"]
    assert section.events[0].value["when"].startswith("Every month")


def test_the_section_is_in_the_footer_leaving_the_menu_to_families(client, demo_site):
    site = Site.objects.get(is_default_site=True)
    navigation = Navigation.for_site(site)
    section = ProfessionalsPage.objects.get()
    assert section.pk not in [block.value.pk for block in navigation.header_links]
    assert section.pk in [block.value.pk for block in navigation.footer_links]
    page = soup(client.get("/"))
    assert not page.find("nav", attrs={"aria-label": "Menu"}).find("a", href=SECTION)
    assert page.find("footer").find("a", href=SECTION)


def test_a_hidden_levels_page_is_not_offered_in_the_section(client, demo_site):
    Page.objects.filter(pk=LevelsOfNeedPage.objects.get().pk).update(live=False)
    assert not soup(client.get(SECTION)).find("main").find("a", href=LEVELS)
