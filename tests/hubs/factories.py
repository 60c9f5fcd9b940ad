"""Factories for places: localities, the hub finder, hubs, outreach bases and hubs' events."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone
from factory.django import DjangoModelFactory

from hubs.models import HubEventPage, HubIndexPage, HubPage, Locality, OutreachBasePage


class LocalityFactory(DjangoModelFactory):
    """One of the eight localities every migrate makes (with their wards): found by number."""

    number = 1
    name = "Eastfield"
    area_name = "East Park and Heath Town"

    class Meta:
        model = Locality
        django_get_or_create = ("number",)


class HubIndexPageFactory(wagtail_factories.PageFactory):
    title = "Find your hub"
    slug = "hubs"

    class Meta:
        model = HubIndexPage


class HubPageFactory(wagtail_factories.PageFactory):
    """A hub in central Wolverhampton, open no day until opening hours are added."""

    title = factory.Sequence(lambda n: f"Hub {n}")
    slug = factory.Sequence(lambda n: f"hub-{n}")
    locality = factory.SubFactory(LocalityFactory)
    address_line_1 = "1 Test Street"
    postcode = "WV1 1SH"
    latitude = 52.5862
    longitude = -2.1288

    class Meta:
        model = HubPage


class OutreachBasePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Community centre {n}")
    slug = factory.Sequence(lambda n: f"community-centre-{n}")
    address_line_1 = "2 Test Road"
    postcode = "WV1 2AA"
    latitude = 52.59
    longitude = -2.12

    class Meta:
        model = OutreachBasePage


class HubEventPageFactory(wagtail_factories.PageFactory):
    """An event at its hub two days from today, 10am to noon; `parent` is the hub."""

    title = "Baby bank drop-in"
    slug = factory.Sequence(lambda n: f"event-{n}")
    summary = "Clothes, nappies and equipment for babies, free."
    date = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=2))
    starts_at = datetime.time(10)
    ends_at = datetime.time(12)

    class Meta:
        model = HubEventPage
