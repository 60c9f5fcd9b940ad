"""Factories for the site-wide pages: a home page of a site of the test's own, and content pages."""

import json

import factory
import wagtail_factories
from wagtail.models import Page, Site

from pages.models import ContentPage, HomePage, LevelOfNeed, LevelsOfNeedPage, ProfessionalsPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Home"
    slug = "home"
    hero_heading = "Help for your family"
    hero_lead = "Free support for families."
    early_help_summary = "<p>Early help is support that starts early.</p>"

    class Meta:
        model = HomePage


class ContentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Guidance page {n}")
    slug = factory.Sequence(lambda n: f"guidance-{n}")
    intro = "What this page is about."
    body = json.dumps([{"type": "text", "value": "<p>Plain words for parents.</p>"}])

    class Meta:
        model = ContentPage


class ProfessionalsPageFactory(wagtail_factories.PageFactory):
    title = "For professionals"
    slug = "professionals"
    intro = "For everyone who works with families."

    class Meta:
        model = ProfessionalsPage


class LevelsOfNeedPageFactory(wagtail_factories.PageFactory):
    title = "The right help at the right time"
    slug = "levels-of-need"

    class Meta:
        model = LevelsOfNeedPage
        skip_postgeneration_save = True  # the hook saves the page itself, with its levels

    @factory.post_generation
    def levels(page, create, extracted, **kwargs):
        names = extracted or ["Universal", "Early help", "Targeted", "Statutory"]
        page.levels = [
            LevelOfNeed(
                sort_order=index,
                name=name,
                description="A family.",
                examples="<ul><li>e</li></ul>",
                what_to_do="<ul><li>w</li></ul>",
            )
            for index, name in enumerate(names)
        ]
        if create:
            page.save()


def build_site():
    """A home page as the default site's root, and nothing under it: the demo's pages (and
    Wagtail's welcome page) are deleted, inside the test's transaction. Reference lists
    (needs, levels, localities) stay: every migrate makes them."""
    root = Page.get_first_root_node()
    for page in root.get_children():
        page.delete()
    home = HomePageFactory(parent=root)
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": home}
    )
    return home
