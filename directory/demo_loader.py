"""Builds the demo service menu (called by `load_demo`)."""

import datetime

from django.utils import timezone

from core.models import SpokenLanguage
from core.phone_numbers import normalise_uk_phone
from directory import demo
from directory.demo_contacts import SERVICE_CONTACTS
from directory.models import (
    AccessRoute,
    CostOption,
    DeliveryMode,
    Need,
    Organisation,
    Schedule,
    ServiceContact,
    ServiceIndexPage,
    ServiceLevel,
    ServicePage,
    ServicePhone,
)
from hubs.models import HubPage, OutreachBasePage, Venue


def load_services(home, reset=False):
    index = ServiceIndexPage.objects.first()
    if index is None:
        index = ServiceIndexPage(
            slug="services",
            title="Services for families",
            intro=(
                "Every early help service in Wolverhampton: filter by what you need, your child's age and "
                "where you live."
            ),
        )
        home.add_child(instance=index)
        index.save_revision().publish()

    organisations = {
        key: Organisation.objects.get_or_create(
            name=name, defaults={"is_council": council, "description": description, "description_en": description}
        )[0]
        for key, (name, council, description) in demo.ORGANISATIONS.items()
    }
    venues = {
        key: Venue.objects.get_or_create(name=name, defaults={"name_en": name, "confidential": confidential})[0]
        for key, (name, confidential) in demo.VENUES.items()
    }
    places = {page.slug: page for page in [*HubPage.objects.all(), *OutreachBasePage.objects.all()]}
    levels = {level.slug: level for level in ServiceLevel.objects.all()}
    needs = {need.slug: need for need in Need.objects.all()}
    routes = {route.slug: route for route in AccessRoute.objects.all()}
    modes = {mode.slug: mode for mode in DeliveryMode.objects.all()}
    languages = {language.code: language for language in SpokenLanguage.objects.all()}
    today = timezone.localdate()

    count = 0
    for number, spec in enumerate(demo.SERVICES):
        (
            slug,
            title,
            level,
            need_slugs,
            organisation,
            (youngest, oldest, pregnancy),
            access,
            delivery,
            spoken,
            cost,
            summary,
            description,
            boundaries,
            where,
        ) = spec
        count += 1
        page = ServicePage.objects.child_of(index).filter(slug=slug).first()
        if page and not reset:
            continue
        page = page or ServicePage(slug=slug)
        page.title, page.summary, page.description, page.boundaries = title, summary, description, boundaries
        page.organisation = organisations[organisation]
        page.level = levels[level]
        page.minimum_age, page.maximum_age, page.for_pregnancy = youngest, oldest, pregnancy
        page.is_free = cost is None
        page.how_to_get_it = how_to_get_it(access)
        # Spread review dates so the demo has listings due, overdue and fresh.
        page.last_reviewed = today - datetime.timedelta(days=(number * 37) % 430)
        page.review_due = page.last_reviewed + datetime.timedelta(days=365)
        page.owner_email = "fis.listings@example.org"
        page.needs = [needs[slug] for slug in need_slugs]
        page.access_routes = [routes[slug] for slug in access]
        page.delivery_modes = [modes[slug] for slug in delivery]
        page.languages = [languages["en"], *(languages[code] for code in spoken)]
        page.cost_options = [CostOption(option=cost[0], amount=cost[1])] if cost else []
        page.schedules = [schedule(entry, places, venues, today) for entry in where]
        set_contacts(page, SERVICE_CONTACTS[slug], languages)
        if not page.pk:
            index.add_child(instance=page)
        page.save_revision().publish()
    return count


def how_to_get_it(access):
    # Asking for it yourself is said by the page itself, with the number it really shows
    # (components/access_route.html), so the text never promises a number the page lacks.
    steps = {
        "drop-in": "Just turn up at the times below.",
        "early-help-desk": "Ask the early help desk, who will find the right worker for you.",
        "professional-referral": "A worker who knows your family, such as a social worker or lead worker, refers you.",
    }
    items = "".join(f"<li>{steps[slug]}</li>" for slug in access if slug in steps)
    return f"<ul>{items}</ul>" if items else ""


def set_contacts(page, spec, languages):
    """The demo service's lines, who to ask for, email, website and booking page (demo_contacts.py)."""
    audience, phones, people, email, website, booking_url = spec
    page.audience = audience
    page.email, page.website, page.booking_url = email, website, booking_url
    page.phones = [
        ServicePhone(
            number=normalise_uk_phone(number),
            kind=kind,
            note=note,
            languages=[languages["en"], *(languages[code] for code in spoken)] if spoken else [],
            sort_order=order,
        )
        for order, (number, kind, note, spoken) in enumerate(phones)
    ]
    page.contacts = [
        ServiceContact(name=name, title=title, sort_order=order) for order, (name, title) in enumerate(people)
    ]


def clock(text):
    return datetime.time.fromisoformat(text) if text else None


def schedule(entry, places, venues, today):
    place_slug, kind, weekday, starts, ends, extra = entry
    item = Schedule(kind=kind, weekday=weekday, starts_at=clock(starts), ends_at=clock(ends))
    if place_slug.startswith("venue:"):
        item.venue = venues[place_slug.removeprefix("venue:")]
    else:
        item.place = places[place_slug]
    if "in_days" in extra:
        item.start_date = today + datetime.timedelta(days=extra["in_days"])
    item.weeks = extra.get("weeks")
    item.week_of_month = extra.get("week_of_month")
    item.bookable = extra.get("bookable", False)
    item.note = extra.get("note", "")
    item.term_time_only = extra.get("term_time_only", False)
    return item
