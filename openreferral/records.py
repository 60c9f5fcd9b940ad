"""The directory as Open Referral UK (HSDS 3.0 UK profile) documents.

Identifiers must be UUIDs and stable: a service is its page's translation key (the same in
every language and for ever); everything else gets a name-based UUID (uuid5) from its kind and
database id, so it never changes while the row exists. Text is English, the standard's
language; `?lang=pl` and friends ask for another site language where a translation exists.
Only what the public site shows is published: live services, never a confidential venue's
address, nothing from referrals.
"""

import datetime
import uuid

from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import normalize_newlines
from django.utils.translation import gettext

from core.fast_pages import public
from core.phone_numbers import format_uk
from directory.models import AccessRoute, DeliveryMode, Need, ScheduleKind, ServiceLevel, ServicePage
from directory.schedules import running_periods
from hubs.closures import PlaceCalendar

NAMESPACE = uuid.UUID("6f1d7f0e-6a3c-4b8e-9c62-2f0f7f5f1a10")
RRULE_DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
# Our term lists, published as ORUK taxonomies.
TAXONOMIES = {
    "needs": (Need, "Help with", "What a service helps families with, in parents' words."),
    "levels": (ServiceLevel, "Service level", "Wolverhampton Early Help levels of need, universal to specialist."),
    "access-routes": (AccessRoute, "How to get it", "How a family gets the service."),
    "delivery-modes": (DeliveryMode, "Delivered", "Where or how the service is delivered."),
}
CITY = "City of Wolverhampton"


def uid(kind, key):
    return str(uuid.uuid5(NAMESPACE, f"{kind}:{key}"))


def taxonomy_id(slug):
    return uid("taxonomy", slug)


def term_id(slug, term):
    return uid(f"term:{slug}", term.pk)


def plain(html):
    return normalize_newlines(strip_tags(html or "")).strip()


def taxonomy_document(slug):
    model, name, description = TAXONOMIES[slug]
    return {"id": taxonomy_id(slug), "name": name, "description": description, "uri": "", "version": "1"}


def term_document(slug, term, with_taxonomy=True):
    document = {
        "id": term_id(slug, term),
        "name": str(term.name),
        "description": str(getattr(term, "description", "") or term.name),
        "parent_id": uid(f"term:{slug}", term.parent_id) if getattr(term, "parent_id", None) else None,
        "taxonomy_id": taxonomy_id(slug),
        "code": term.slug,
        "language": "en",
        "term_uri": None,
    }
    if with_taxonomy:
        document["taxonomy_detail"] = taxonomy_document(slug)
    return document


def attribute(service_id, slug, term):
    return {
        "id": uid(f"attribute:{slug}", f"{service_id}:{term.pk}"),
        "link_id": service_id,
        "link_type": "service",
        "link_entity": "service",
        "taxonomy_term_id": term_id(slug, term),
        "taxonomy_term": term_document(slug, term),
        "value": None,
    }


def organisation_document(organisation):
    return {
        "id": uid("organisation", organisation.pk),
        "name": organisation.name,
        "description": organisation.description or organisation.name,
        "email": None,
        "website": getattr(organisation, "website", "") or None,
        "uri": None,
        "parent_organization_id": None,
        "organization_identifiers": [],
        "attributes": [],
    }


def location_document(place):
    """A hub or outreach base (a page) or a venue (a snippet; confidential ones hide the address)."""
    is_page = hasattr(place, "url_path")
    location_id = uid("place", place.pk) if is_page else uid("venue", place.pk)
    confidential = getattr(place, "confidential", False)
    document = {
        "id": location_id,
        "location_type": "physical",
        "name": place.title if is_page else str(place.name),
        "description": plain(getattr(place, "summary", "")) or None,
        "latitude": None if confidential else place.latitude,
        "longitude": None if confidential else place.longitude,
        "addresses": [],
        "accessibility": [],
        "attributes": [],
    }
    if is_page:
        lines, town = [place.address_line_1, place.address_line_2], place.town
    else:
        lines, town = (place.address or "").splitlines(), "Wolverhampton"
    lines = [line.strip() for line in lines if line and line.strip()]
    if not confidential and (lines or place.postcode):
        document["addresses"].append(
            {
                "id": uid("address", location_id),
                "location_id": location_id,
                "address_1": lines[0] if lines else "",
                "address_2": ", ".join(lines[1:]) or None,
                "city": town,
                "state_province": "West Midlands",
                "postal_code": place.postcode,
                "country": "GB",
                "address_type": "physical",
            }
        )
    access = plain(getattr(place, "accessibility", ""))
    if access:
        document["accessibility"].append(
            {"id": uid("accessibility", location_id), "location_id": location_id, "description": access}
        )
    return document


def schedule_document(service_id, schedule, service_at_location_id=None):
    document = {
        "id": uid("schedule", schedule.pk),
        "service_id": service_id,
        "service_at_location_id": service_at_location_id,
        "valid_from": schedule.start_date.isoformat() if schedule.start_date else None,
        "valid_to": schedule.end_date.isoformat() if schedule.end_date else None,
        "dtstart": schedule.start_date.isoformat() if schedule.start_date else None,
        "opens_at": schedule.starts_at.strftime("%H:%M") if schedule.starts_at else None,
        "closes_at": schedule.ends_at.strftime("%H:%M") if schedule.ends_at else None,
        "description": str(schedule),
        "attending_type": "in_person",
        "notes": schedule.note or None,
    }
    day = RRULE_DAYS[schedule.weekday] if schedule.weekday is not None else None
    if schedule.kind in (ScheduleKind.WEEKLY, ScheduleKind.COURSE) and day:
        document.update({"freq": "WEEKLY", "interval": schedule.interval or 1, "byday": day})
    elif schedule.kind == ScheduleKind.MONTHLY and day and schedule.week_of_month:
        document.update({"freq": "MONTHLY", "interval": 1, "byday": f"{schedule.week_of_month}{day}"})
    return document


# How far ahead closures and school terms are written into the schedules.
EXCEPTIONS_DAYS = 365
RECURRING = {ScheduleKind.WEEKLY, ScheduleKind.MONTHLY, ScheduleKind.COURSE}


def schedule_documents(service_id, schedule, calendar):
    """A schedule as Open Referral schedules. HSDS has no excluded dates, so a session broken
    by its place's closures, or running in school terms only, is one schedule for each
    stretch it runs (valid_from to valid_to); its notes say why."""
    document = schedule_document(service_id, schedule)
    if schedule.kind == ScheduleKind.ONCE and schedule.start_date:
        return [] if calendar.closure_on(schedule.place_id, schedule.start_date) else [document]
    if schedule.kind not in RECURRING:
        return [document]
    periods = running_periods(schedule, calendar)
    if not schedule.term_time_only and len(periods) == 1 and periods[0][1] is None:
        return [document]  # nothing shuts it in the year ahead
    shut = [c for c in calendar.closures if c.page_id and c.page_id == schedule.place_id]
    notes = [schedule.note] if schedule.note else []
    if schedule.term_time_only:
        notes.append("Term time only: not in the school holidays.")
    notes += [f"No session {closure_dates(closure)} ({closure.get_reason_display()})." for closure in shut]
    documents = []
    for first, until in periods:
        documents.append(
            document
            | {
                "id": uid("schedule", f"{schedule.pk}:{first.isoformat()}"),
                "valid_from": first.isoformat(),
                "valid_to": until.isoformat() if until else document["valid_to"],
                "dtstart": first.isoformat(),
                "notes": " ".join(notes),
            }
        )
    return documents


def closure_dates(closure):
    if closure.until == closure.first_day:
        return f"on {closure.first_day.isoformat()}"
    return f"from {closure.first_day.isoformat()} to {closure.until.isoformat()}"


def load_calendar(services):
    """Closures and school terms for the services' places, for the year ahead, in a few queries."""
    today = timezone.localdate()
    ids = {schedule.place_id for service in services for schedule in service.schedules.all() if schedule.place_id}
    return PlaceCalendar.load(today, today + datetime.timedelta(days=EXCEPTIONS_DAYS), ids)


def service_at_location_id(service_id, location_id):
    return uid("service_at_location", f"{service_id}:{location_id}")


def service_document(service, request=None, places=None, calendar=None):
    """One service, with everything nested, as /services/{id} returns it. `places` maps page
    ids to hubs and outreach bases (see load_places), and `calendar` holds their closures and
    the school terms (see load_calendar), so no place costs a query of its own."""
    places = places if places is not None else load_places([service])
    calendar = calendar if calendar is not None else load_calendar([service])
    service_id = str(service.translation_key)
    schedules = list(service.schedules.all())
    locations = {}
    for schedule in schedules:
        place = places.get(schedule.place_id) if schedule.place_id else schedule.venue
        if place is not None:
            locations.setdefault((type(place).__name__, place.pk), place)
    service_at_locations = []
    for place in locations.values():
        location = location_document(place)
        service_at_locations.append(
            {
                "id": service_at_location_id(service_id, location["id"]),
                "service_id": service_id,
                "location_id": location["id"],
                "location": location,
            }
        )
    terms = [("needs", need) for need in service.needs.all()]
    terms += [("levels", service.level)]
    terms += [("access-routes", route) for route in service.access_routes.all()]
    terms += [("delivery-modes", mode) for mode in service.delivery_modes.all()]
    url = request.build_absolute_uri(service.url) if request else service.full_url
    return {
        "id": service_id,
        "organization_id": uid("organisation", service.organisation_id),
        "name": service.title,
        "description": plain(f"{service.summary}\n\n{service.description}") + "\n\n" + who_it_is_for(service),
        "url": service.website or url,
        "email": service.email or None,
        "status": "active" if service.status == "active" else service.status,
        "fees": None
        if service.is_free
        else "; ".join(f"{cost.option}: £{cost.amount}" for cost in service.cost_options.all()),
        "fees_description": "Free" if service.is_free else None,
        "accreditations": None,
        "eligibility_description": service.eligibility or None,
        "minimum_age": service.minimum_age,
        "maximum_age": service.maximum_age,
        "assured_date": service.last_reviewed.isoformat() if service.last_reviewed else None,
        "assurer_email": None,
        "alert": service.alert or None,
        "last_modified": (service.last_published_at or service.latest_revision_created_at).isoformat()
        if (service.last_published_at or service.latest_revision_created_at)
        else None,
        "schedules": [
            document for schedule in schedules for document in schedule_documents(service_id, schedule, calendar)
        ],
        "service_areas": [
            {
                "id": uid("service_area", service_id),
                "service_id": service_id,
                "name": CITY,
                "extent": None,
                "extent_type": None,
                "uri": None,
            }
        ],
        "service_at_locations": service_at_locations,
        "languages": [
            {
                "id": uid("language", f"{service_id}:{language.code}"),
                "service_id": service_id,
                "name": language.name,
                "code": language.code,
            }
            for language in service.languages.all()
        ],
        "organization": organisation_document(service.organisation),
        "funding": [],
        "cost_options": [
            {
                "id": uid("cost_option", cost.pk),
                "service_id": service_id,
                "option": cost.option,
                "amount": float(cost.amount),
                "currency": "GBP",
                "amount_description": cost.amount_description or None,
            }
            for cost in service.cost_options.all()
        ],
        "contacts": contact_documents(service, service_id, request),
        "attributes": [attribute(service_id, slug, term) for slug, term in terms],
    }


def who_it_is_for(service):
    """The last paragraph of a service's description: "Who it is for: Parents and carers of
    children aged 2 to 11." (ORUK has no field for who takes part.)"""
    return gettext("Who it is for: %(who)s.") % {"who": service.who_it_is_for}


def phone_document(phone, contact_id):
    phone_id = uid("phone", phone.pk)
    return {
        "id": phone_id,
        "contact_id": contact_id,
        "number": phone.display,
        "type": phone.kind,  # HSDS 3.0's phone type; the UK profile has no field for it
        "description": phone.note or str(phone.get_kind_display()),
        "languages": [
            {
                "id": uid("language", f"{phone_id}:{language.code}"),
                "phone_id": phone_id,
                "name": language.name,
                "code": language.code,
            }
            for language in phone.languages.all()
        ],
    }


def contact_documents(service, service_id, request=None):
    """Who families contact (ORUK contacts, each with HSDS 3.0's phones): the service's lines
    under its first named contact (or the service itself), other named contacts, and the early
    help desk for services reached through it."""
    named = list(service.contacts.all())
    first = named[0] if named else None
    main_id = uid("contact", service_id)
    contacts = [
        {
            "id": main_id,
            "service_id": service_id,
            "name": first.name if first else service.title,
            "title": (first.title or None) if first else None,
            "email": (first.email if first and first.email else service.email) or None,
            "phones": [phone_document(phone, main_id) for phone in service.phones.all()],
            "attributes": [],
        }
    ]
    for contact in named[1:]:
        contact_id = uid("contact", f"{service_id}:{contact.pk}")
        contacts.append(
            {
                "id": contact_id,
                "service_id": service_id,
                "name": contact.name,
                "title": contact.title or None,
                "email": contact.email or None,
                "phones": [],
                "attributes": [],
            }
        )
    desk = early_help_desk(request) if service.through_early_help_desk else None
    if desk is not None and desk.desk_phone:
        desk_id = uid("contact", f"{service_id}:early-help-desk")
        contacts.append(
            {
                "id": desk_id,
                "service_id": service_id,
                "name": desk.desk_name or "Early help desk",
                "title": None,
                "email": desk.desk_email or None,
                "phones": [
                    {
                        "id": uid("phone", f"{service_id}:early-help-desk"),
                        "contact_id": desk_id,
                        "number": format_uk(desk.desk_phone),
                        "type": "voice",
                        "description": desk.desk_hours or None,
                        "languages": [],
                    }
                ],
                "attributes": [],
            }
        )
    return contacts


def early_help_desk(request=None):
    """The site's early help desk details (cached on the request, so one query per response)."""
    from wagtail.models import Site

    from core.models import EmergencyContacts

    if request is not None:
        return EmergencyContacts.for_request(request)
    site = Site.objects.filter(is_default_site=True).first()
    return EmergencyContacts.for_site(site) if site else None


def services_for_documents(queryset):
    """The services of one page of results, with everything service_document reads, in a fixed
    number of queries whatever the page size."""
    return queryset.select_related("organisation", "level").prefetch_related(
        "needs",
        "access_routes",
        "delivery_modes",
        "languages",
        "cost_options",
        "schedules__venue",
        "phones__languages",
        "contacts",
    )


def load_places(services):
    """The hubs and outreach bases the services' sessions are at, by page id, in one query."""
    from wagtail.models import Page

    ids = {schedule.place_id for service in services for schedule in service.schedules.all() if schedule.place_id}
    return {page.pk: page for page in Page.objects.filter(pk__in=ids).specific()}


def live_services():
    return public(ServicePage.objects.live())
