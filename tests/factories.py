"""Factories for the site's pages, for tests that need a page tree of their own."""

import json

import factory
import wagtail_factories
from wagtail.models import Page, Site

from pages.models import ContentPage, HomePage


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


def build_site():
    """A home page as the default site's root, replacing Wagtail's welcome page."""
    root = Page.get_first_root_node()
    for page in root.get_children():
        page.delete()
    home = HomePageFactory(parent=root)
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": home}
    )
    return home


def member_of(group, username=None):
    """A user in one of the site's groups (made by the migrations), as the admin's roles see it."""
    from django.contrib.auth.models import Group, User

    name = username or group.lower().replace(" ", "-").replace(":", "")
    user = User.objects.create_user(name, password="pw", email=f"{name}@example.org")
    user.groups.add(Group.objects.get(name=group))
    return user
