"""Factories for the service menu: the service listing, services and their places and times.
Levels, needs, ways in and delivery modes are the reference lists every migrate makes."""

import datetime

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from directory.models import (
    Need,
    Organisation,
    Schedule,
    ScheduleKind,
    ServiceIndexPage,
    ServiceLevel,
    ServicePage,
)


class OrganisationFactory(DjangoModelFactory):
    name = "City of Wolverhampton Council"
    is_council = True

    class Meta:
        model = Organisation
        django_get_or_create = ("name",)


class ServiceLevelFactory(DjangoModelFactory):
    """A level of early help; by default level 1, as every migrate makes it."""

    number = 1
    slug = "universal"
    name = "Universal services"
    description = "Open to every family, with no referral."

    class Meta:
        model = ServiceLevel
        django_get_or_create = ("slug",)


class NeedFactory(DjangoModelFactory):
    """A need; one the migrations made when its slug is one of theirs."""

    name = factory.Sequence(lambda n: f"Need {n}")
    slug = factory.Sequence(lambda n: f"need-{n}")

    class Meta:
        model = Need
        django_get_or_create = ("slug",)


class ServiceIndexPageFactory(wagtail_factories.PageFactory):
    title = "Services for families"
    slug = "services"

    class Meta:
        model = ServiceIndexPage


class ServicePageFactory(wagtail_factories.PageFactory):
    """A free service for children of any age, reviewed today; `parent` is the service listing.
    Needs are given as `needs=[...]` (none by default)."""

    title = factory.Sequence(lambda n: f"Service {n}")
    slug = factory.Sequence(lambda n: f"service-{n}")
    summary = "What the service does, in one plain sentence."
    description = "<p>What happens, and what families get from it.</p>"
    organisation = factory.SubFactory(OrganisationFactory)
    level = factory.SubFactory(ServiceLevelFactory)
    last_reviewed = factory.LazyFunction(datetime.date.today)

    class Meta:
        model = ServicePage
        skip_postgeneration_save = True

    @factory.post_generation
    def needs(self, create, extracted, **kwargs):
        if extracted:
            self.needs = extracted
            if create:
                self.save()


class ScheduleFactory(DjangoModelFactory):
    """Every Monday, 10am to 11:30am, at `place` (a hub or outreach base page)."""

    page = factory.SubFactory(ServicePageFactory)
    kind = ScheduleKind.WEEKLY
    weekday = 0
    starts_at = datetime.time(10)
    ends_at = datetime.time(11, 30)

    class Meta:
        model = Schedule
