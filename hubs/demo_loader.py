"""Builds the demo hubs, outreach bases and parent champions (called by `load_demo`).

Idempotent, like the rest of the demo: what exists is left alone unless `reset` is given.
"""

import datetime
import json

from django.utils import timezone

from core.models import SpokenLanguage
from hubs import demo
from hubs.models import (
    ChampionIndexPage,
    ChampionInterest,
    ChampionSignpostingPage,
    ChampionStoryPage,
    ClosureReason,
    Facility,
    HubClosure,
    HubEventPage,
    HubIndexPage,
    HubOpeningHours,
    HubPage,
    InterestStageReached,
    JoinChampionsPage,
    Locality,
    OutreachBaseOpeningHours,
    OutreachBasePage,
    ParentChampion,
)


def publish(parent, page):
    if not page.pk:
        parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def text_body(*paragraphs):
    return json.dumps([{"type": "text", "value": "".join(paragraphs)}])


def load_hubs(home, phone, reset=False):
    index = HubIndexPage.objects.first() or publish(
        home,
        HubIndexPage(
            slug="hubs",
            title="Find your nearest family hub",
            intro=(
                "Strengthening Families Hubs are open to every family in Wolverhampton. There is one in each "
                "of the city's eight areas, and sessions run at community venues near you too."
            ),
        ),
    )
    facilities = {facility.name: facility for facility in Facility.objects.all()}
    hubs = []
    for slug, title, number, street, postcode, lat, lon, extra, bases in demo.HUBS:
        hub = HubPage.objects.child_of(index).filter(slug=slug).first()
        if hub is None or reset:
            locality = Locality.objects.get(number=number)
            hub = hub or HubPage(slug=slug, locality=locality)
            fill_place(hub, title, street, postcode, lat, lon, phone)
            hub.summary = f"The Strengthening Families Hub for {locality.area_name}."
            hub.teams = json.dumps(
                [{"type": "team", "value": {"name": name, "description": text}} for name, text in demo.HUB_TEAMS]
            )
            hub.opening_hours = [
                HubOpeningHours(weekday=day, opens=opens, closes=closes) for day, opens, closes in demo.WEEKDAY_HOURS
            ]
            hub.facilities = [facilities[name] for name in demo.HUB_FACILITIES + extra]
            publish(index, hub)
        for base_slug, base_title, base_street, base_postcode, base_lat, base_lon, days in bases:
            base = OutreachBasePage.objects.child_of(hub).filter(slug=base_slug).first()
            if base and not reset:
                continue
            base = base or OutreachBasePage(slug=base_slug)
            fill_place(base, base_title, base_street, base_postcode, base_lat, base_lon, phone)
            base.summary = f"A community venue where {hub.title} runs sessions for families."
            base.opening_hours = [
                OutreachBaseOpeningHours(
                    weekday=day, opens=datetime.time(9, 30), closes=datetime.time(15), note="During sessions"
                )
                for day in days
            ]
            base.facilities = [facilities[name] for name in ("Step-free access", "Baby change")]
            publish(hub, base)
        hubs.append(hub)
    load_hub_events(hubs, reset)
    load_bank_holiday_closures(hubs)
    return hubs


def load_bank_holiday_closures(hubs, today=None):
    """The next two bank holidays as closures of one hub, so its page, what's on and the feeds
    show a closure. Added once for each date, whatever else editors have entered."""
    today = today or timezone.localdate()
    hub = next(hub for hub in hubs if hub.locality.number == demo.CLOSURE_HUB)
    coming = [day for day in demo.BANK_HOLIDAYS if day >= today][:2]
    added = False
    for day in coming:
        if not HubClosure.objects.filter(page=hub, first_day=day).exists():
            hub.closures.add(HubClosure(first_day=day, reason=ClosureReason.BANK_HOLIDAY))
            added = True
    if added:
        publish(hub.get_parent(), hub)


def load_hub_events(hubs, reset=False):
    """The demo's hub events, kept in the future so what's on always has some."""
    today = timezone.localdate()
    by_number = {hub.locality.number: hub for hub in hubs}
    for number, slug, title, summary, days_ahead, starts, ends, booking_needed, how_to_book in demo.HUB_EVENTS:
        hub = by_number[number]
        event = HubEventPage.objects.child_of(hub).filter(slug=slug).first()
        if event is not None and event.date >= today and not reset:
            continue
        event = event or HubEventPage(slug=slug)
        event.title, event.summary = title, summary
        event.date = today + datetime.timedelta(days=days_ahead)
        event.starts_at, event.ends_at = starts, ends
        event.booking_needed, event.how_to_book = booking_needed, how_to_book
        publish(hub, event)


def fill_place(place, title, street, postcode, lat, lon, phone):
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


def load_champions(home, reset=False):
    languages = {language.code: language for language in SpokenLanguage.objects.all()}
    champions = {}
    for first_name, number, codes, help_text in demo.CHAMPIONS:
        champion = ParentChampion.objects.filter(first_name=first_name, locality__number=number).first()
        if champion is None or reset:
            champion = champion or ParentChampion(first_name=first_name)
            champion.locality = Locality.objects.get(number=number)
            champion.can_help_with = help_text
            # A parental many-to-many is written when the champion is saved.
            champion.languages = [languages[code] for code in codes]
            champion.save()
        champions[first_name] = champion

    index = ChampionIndexPage.objects.first()
    if index is None or reset:
        index = index or ChampionIndexPage(slug="parent-champions")
        index.title = demo.CHAMPION_INDEX["title"]
        index.intro = demo.CHAMPION_INDEX["intro"]
        publish(home, index)

    for slug, title, name, intro, paragraphs in demo.CHAMPION_STORIES:
        story = ChampionStoryPage.objects.child_of(index).filter(slug=slug).first()
        if story and not reset:
            continue
        story = story or ChampionStoryPage(slug=slug)
        story.title, story.intro, story.champion = title, intro, champions[name]
        story.body = text_body(*paragraphs)
        publish(index, story)

    join = JoinChampionsPage.objects.first()
    if join is None or reset:
        spec = demo.JOIN_PAGE
        join = join or JoinChampionsPage(slug=spec["slug"])
        join.title, join.intro, join.thank_you = spec["title"], spec["intro"], spec["thank_you"]
        join.body = text_body(spec["body"])
        publish(index, join)

    signposting = ChampionSignpostingPage.objects.first()
    if signposting is None or reset:
        spec = demo.SIGNPOSTING_PAGE
        signposting = signposting or ChampionSignpostingPage(slug=spec["slug"])
        signposting.title, signposting.intro = spec["title"], spec["intro"]
        signposting.body = text_body(spec["body"])
        publish(index, signposting)
    return len(champions)


def load_champion_interest(now=None):
    """Made-up people at every stage, for the Early years team's list. Only into a site with no
    interest yet: never mixed in with real people's."""
    if ChampionInterest.objects.exists():
        return 0
    now = now or timezone.now()
    for number, (first_name, locality, languages, form_language, stages) in enumerate(demo.CHAMPION_INTEREST):
        interest = ChampionInterest.objects.create(
            first_name=first_name,
            phone=f"07700 900{500 + number:03d}",
            email=f"{first_name.lower()}@example.org",
            locality=Locality.objects.get(number=locality),
            languages=languages,
            message=demo.DEMO_INTEREST_NOTE,
            language_of_form=form_language,
        )
        # The stages as if reached on their days: the stage and dates are written directly, as
        # saving each stage in turn would date them all today.
        interest.stages_reached.all().delete()
        InterestStageReached.objects.bulk_create(
            InterestStageReached(interest=interest, stage=stage, reached_at=now - datetime.timedelta(days=days))
            for stage, days in stages
        )
        received = now - datetime.timedelta(days=stages[0][1])
        ChampionInterest.objects.filter(pk=interest.pk).update(created_at=received, stage=stages[-1][0])
    return len(demo.CHAMPION_INTEREST)
