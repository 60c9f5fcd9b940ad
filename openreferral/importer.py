"""Importing another publisher's Open Referral UK v3 feed, as drafts for editors to review.

Every service document is validated against the profile's schema first; a bad one is reported
and skipped, never half-imported. Organisations, locations (as venues) and taxonomy terms (as
needs) are matched by the feed's ids through ImportedRecord, so a second run changes nothing,
and a changed document updates the draft it made. Nothing is ever published: a new service is
an unpublished page, and a change to an existing one is saved as a new draft revision.
"""

import hashlib
import html
import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from urllib.parse import quote, urlsplit

import jsonschema
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.db import DatabaseError, transaction
from django.utils.dateparse import parse_time
from django.utils.text import slugify

from core.models import SpokenLanguage
from core.phone_numbers import normalise_uk_phone
from directory.models import (
    Need,
    Organisation,
    PhoneKind,
    Schedule,
    ScheduleKind,
    ServiceContact,
    ServiceIndexPage,
    ServiceLevel,
    ServicePage,
    ServicePhone,
)
from directory.slugs import unique_slug
from hubs.models import Venue
from openreferral.models import ImportedRecord

SCHEMA_FILE = Path(__file__).resolve().parent / "schema" / "service.json"
RRULE_DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
WEEKS_OF_MONTH = {"1", "+1", "2", "+2", "3", "+3", "4", "+4", "-1"}
LEVEL_TAXONOMY = "Service level"
MAX_PAGES = 1000
# Limits on what a feed may hold, well above any council's directory: beyond them a feed is
# refused as a whole, before anything is imported.
MAX_FEED_BYTES = 50_000_000
MAX_DOCUMENTS = 5000
MAX_DEPTH = 32


@dataclass
class Report:
    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    unchanged: list = field(default_factory=list)
    problems: list = field(default_factory=list)  # (item, message)

    def summary(self):
        return (
            f"{len(self.created)} to create, {len(self.updated)} to update, {len(self.unchanged)} unchanged, "
            f"{len(self.problems)} with problems"
        )


class DryRun(Exception):
    """Raised to roll back a dry run after everything has been checked."""


class FeedError(ValueError):
    """A feed that cannot be read at all; the message says why."""


class FeedTooBig(FeedError):
    """Raised part way through fetching: the whole feed is refused, not one service."""


@dataclass
class Unreadable:
    """A service the feed lists but whose document could not be fetched: reported, skipped."""

    label: str
    message: str


def is_web_address(text):
    try:
        URLValidator(schemes=["http", "https"])(text)
    except ValidationError:
        return False
    return True


def read_feed(source, fetch=None):
    """Full service documents from a file (a list, a page envelope or one service) or from an
    API's base address (every page of /services, then each /services/{id}).

    Only http and https addresses are fetched. A feed bigger than MAX_FEED_BYTES, with more
    than MAX_DOCUMENTS services, or nested deeper than MAX_DEPTH is refused with FeedError; a
    service whose own document cannot be fetched is passed on as Unreadable."""
    scheme = urlsplit(source).scheme.lower()
    if scheme in ("http", "https") or "://" in source:
        if not is_web_address(source):
            raise FeedError("Only http:// and https:// addresses can be fetched.")
        return read_api(source, fetch or WebReader().fetch)
    path = Path(source)
    if path.stat().st_size > MAX_FEED_BYTES:
        raise FeedError(f"The file is bigger than {MAX_FEED_BYTES / 1_000_000:g} MB.")
    data = parse(path.read_bytes())
    if isinstance(data, dict) and "contents" in data:
        data = data["contents"]
    documents = data if isinstance(data, list) else [data]
    return check_count(documents)


def read_api(source, fetch):
    base = source.rstrip("/")
    documents, page = [], 1
    while page <= MAX_PAGES:
        listing = checked(fetch(f"{base}/services?page={page}&per_page=100"))
        if not isinstance(listing, dict) or not isinstance(listing.get("contents", []), list):
            raise FeedError(f"Page {page} of /services is not a page of Open Referral UK services.")
        for position, item in enumerate(listing.get("contents", []), start=1):
            documents.append(read_document(base, fetch, item, f"page {page}, service {position}"))
        check_count(documents)
        if listing.get("last_page", True) or not listing.get("contents"):
            break
        page += 1
    return documents


def read_document(base, fetch, item, where):
    service_id = item.get("id") if isinstance(item, dict) else None
    if not isinstance(service_id, str | int) or not str(service_id).strip():
        return Unreadable(where, "the listing gives no id to fetch it by")
    label = f"{where} ({str(service_id)[:80]})"
    try:
        return checked(fetch(f"{base}/services/{quote(str(service_id), safe='')}"))
    except FeedTooBig:
        raise
    except (OSError, ValueError) as problem:  # requests' errors are OSErrors; bad JSON a ValueError
        return Unreadable(label, f"could not be fetched: {str(problem)[:200]}")


def check_count(documents):
    if len(documents) > MAX_DOCUMENTS:
        raise FeedError(f"The feed has more than {MAX_DOCUMENTS} services: import it in parts.")
    return documents


def parse(data):
    """JSON from bytes, refusing what is nested deeper than MAX_DEPTH."""
    try:
        value = json.loads(data, parse_constant=not_json)
    except RecursionError:
        raise FeedError(f"The feed is nested more than {MAX_DEPTH} levels deep.") from None
    except ValueError as problem:  # bad JSON, bad UTF-8 or NaN
        raise FeedError(f"The feed is not JSON: {problem}") from None
    return checked(value)


def not_json(constant):
    raise ValueError(f"{constant} is not a JSON number")


def checked(value):
    """`value` if it is nested at most MAX_DEPTH levels deep (walked without recursion)."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list):
            if depth > MAX_DEPTH:
                raise FeedError(f"The feed is nested more than {MAX_DEPTH} levels deep.")
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, depth + 1) for child in children)
    return value


class WebReader:
    """Fetches JSON over http(s) within one budget of MAX_FEED_BYTES for the whole feed."""

    def __init__(self):
        self.remaining = MAX_FEED_BYTES

    def fetch(self, url):
        import requests

        with requests.get(url, timeout=30, stream=True, headers={"Accept": "application/json"}) as response:
            response.raise_for_status()
            body = bytearray()
            for chunk in response.iter_content(chunk_size=65536):
                body += chunk
                if len(body) > self.remaining:
                    raise FeedTooBig(f"The feed is bigger than {MAX_FEED_BYTES / 1_000_000:g} MB.")
        self.remaining -= len(body)
        return parse(bytes(body))


def fingerprint(document):
    return hashlib.sha256(json.dumps(document, sort_keys=True).encode("utf-8")).hexdigest()


def validate(document, validator):
    problems = [
        f"{'/'.join(map(str, error.absolute_path)) or 'document'}: {error.message}"
        for error in validator.iter_errors(document)
    ]
    if isinstance(document, dict) and not problems:
        if not str(document.get("name", "")).strip():
            problems.append("name: a service needs a name.")
        if not isinstance(document.get("organization"), dict):
            problems.append("organization: a service needs the organisation that runs it.")
    return problems


# What a service document the schema accepted can still set off on its way into the database
# (a value out of range, a date that does not exist, a field too long for PostgreSQL).
RECORD_ERRORS = (ValueError, KeyError, TypeError, AttributeError, ArithmeticError, ValidationError, DatabaseError)


def import_feed(documents, source, dry_run=False):
    validator = jsonschema.Draft202012Validator(
        json.loads(SCHEMA_FILE.read_text(encoding="utf-8")), format_checker=jsonschema.FormatChecker()
    )
    report = Report()
    try:
        with transaction.atomic():
            for position, document in enumerate(documents, start=1):
                if isinstance(document, Unreadable):
                    report.problems.append((f"#{position} {document.label}", document.message))
                    continue
                name = document.get("name", "?") if isinstance(document, dict) else "?"
                label = f"#{position} {str(name)[:80]}"
                try:
                    checked(document)
                    problems = validate(document, validator) if isinstance(document, dict) else ["not a JSON object"]
                except FeedError as problem:
                    problems = [str(problem)]
                if problems:
                    report.problems += [(label, problem[:500]) for problem in problems]
                    continue
                try:
                    with transaction.atomic():
                        outcome = import_service(document, source, report)
                except RECORD_ERRORS as problem:
                    # One bad record is reported and skipped; the rest of the feed still imports.
                    report.problems.append((label, f"could not be imported: {str(problem)[:300]}"))
                    continue
                getattr(report, outcome).append(document["name"])
            if dry_run:
                raise DryRun
    except DryRun:
        pass
    return report


def record_for(kind, external_id):
    return ImportedRecord.objects.filter(kind=kind, external_id=str(external_id)).first()


def remember(kind, external_id, obj, source, document):
    ImportedRecord.objects.update_or_create(
        kind=kind,
        external_id=str(external_id),
        defaults={"source": source[:500], "object_id": obj.pk, "content_hash": fingerprint(document)},
    )


def organisation_for(document, source):
    record = record_for("organisation", document["id"])
    organisation = Organisation.objects.filter(pk=record.object_id).first() if record else None
    if organisation is None:
        organisation = Organisation.objects.filter(name=document["name"][:120]).first() or Organisation(
            name=document["name"][:120]
        )
    organisation.description = (document.get("description") or "")[:600]
    organisation.website = website_from(document.get("website")) or organisation.website
    organisation.email = email_from(document.get("email")) or organisation.email
    organisation.save()
    remember("organisation", document["id"], organisation, source, document)
    return organisation


def venue_for(location, source):
    record = record_for("location", location["id"])
    venue = Venue.objects.filter(pk=record.object_id).first() if record else None
    venue = venue or Venue()
    address = (location.get("addresses") or [{}])[0]
    venue.name = (location.get("name") or "Unnamed place")[:120]
    venue.address = "\n".join(
        part for part in (address.get("address_1"), address.get("address_2"), address.get("city")) if part
    )[:300]
    venue.postcode = (address.get("postal_code") or "")[:10]
    venue.latitude, venue.longitude = location.get("latitude"), location.get("longitude")
    venue.save()
    remember("location", location["id"], venue, source, location)
    return venue


def terms_for(document, source):
    """Needs and a level from the service's taxonomy terms. Terms we do not know become needs."""
    needs, level = [], None
    for attribute in document.get("attributes") or []:
        term = attribute.get("taxonomy_term") or {}
        taxonomy = (term.get("taxonomy_detail") or {}).get("name") or term.get("taxonomy") or ""
        code = slugify(term.get("code") or term.get("name") or "")[:40]
        if not code:
            continue
        if taxonomy == LEVEL_TAXONOMY:
            level = ServiceLevel.objects.filter(slug=code).first() or level_from_term(code, term)
            continue
        if taxonomy not in ("", "Help with"):
            continue  # how-to-get-it and delivery lists are our own; others are not needs
        record = record_for("term", term.get("id"))
        need = Need.objects.filter(pk=record.object_id).first() if record else None
        need = need or Need.objects.filter(slug=code).first()
        if need is None:
            need = Need.objects.create(
                slug=code, name=(term.get("name") or code)[:80], description=(term.get("description") or "")[:200]
            )
        if term.get("id"):
            remember("term", term["id"], need, source, term)
        needs.append(need)
    level = level or ServiceLevel.objects.order_by("number").first()
    if level is None:
        raise ValueError("the service has no level and the directory has none to give it")
    return needs, level


def level_from_term(code, term):
    """A level the directory does not have yet (importing into an empty directory)."""
    number = (ServiceLevel.objects.order_by("-number").values_list("number", flat=True).first() or 0) + 1
    return ServiceLevel.objects.create(
        number=number,
        slug=code,
        name=(term.get("name") or code)[:60],
        description=(term.get("description") or "")[:300],
    )


def paragraphs(text):
    return "".join(f"<p>{html.escape(part.strip())}</p>" for part in re.split(r"\n\s*\n", text or "") if part.strip())


def import_service(document, source, report):
    record = record_for("service", document["id"])
    page = ServicePage.objects.filter(pk=record.object_id).first() if record else None
    if page is not None and record.content_hash == fingerprint(document):
        return "unchanged"
    organisation = organisation_for(document["organization"], source)
    needs, level = terms_for(document, source)
    if page is None:
        target, created = ServicePage(), True
    else:
        target, created = page.get_latest_revision_as_object(), False
    description = without_who_it_is_for(document.get("description") or "")
    first_paragraph = description.strip().split("\n\n")[0]
    target.title = document["name"][:255]
    target.summary = first_paragraph[:300]
    target.description = paragraphs(description) or "<p></p>"
    target.organisation = organisation
    target.level = level
    youngest, oldest = document.get("minimum_age"), document.get("maximum_age")  # numbers, any size
    target.minimum_age = bounded(youngest, 0, 25, default=0)
    target.maximum_age = bounded(oldest, 0, 25, default=25)
    target.email = email_from(document.get("email"))
    target.alert = (document.get("alert") or "")[: target._meta.get_field("alert").max_length]
    target.eligibility = (document.get("eligibility_description") or "")[:500]
    cost_options = document.get("cost_options") or []
    target.is_free = not cost_options
    if document.get("assured_date"):
        target.last_reviewed = date.fromisoformat(document["assured_date"][:10])
    target.phones, target.contacts = contacts_for(document, report)
    target.website = website_from(document.get("url")) or target.website
    target.needs = needs
    # Sessions are part of the page, so on an existing service they change only in the draft.
    target.schedules = schedules_for(document, source)
    if created:
        target.live = False
        target.slug = unique_slug(document["name"])
        index = ServiceIndexPage.objects.first()
        if index is None:
            raise ValueError("there is no service listing to import into: run load_demo or make one first")
        index.add_child(instance=target)
    target.save_revision()
    remember("service", document["id"], target, source, document)
    return "created" if created else "updated"


def website_from(url):
    """The feed's url as a website, when it is an http(s) address a family can open: never a
    `javascript:` or `data:` link."""
    if not isinstance(url, str) or len(url) > 200 or not is_web_address(url):
        return ""
    return url


def email_from(address):
    """The feed's email address, when it is one (it becomes a mailto: link)."""
    if not isinstance(address, str):
        return ""
    try:
        validate_email(address)
    except ValidationError:
        return ""
    return address if len(address) <= 254 else ""


def without_who_it_is_for(description):
    """Our own feed ends a description with "Who it is for: …" (openreferral.who_it_is_for); the
    page says that itself, so it is not read back into the description."""
    paragraphs = re.split(r"\n\s*\n", description.strip())
    if len(paragraphs) > 1 and paragraphs[-1].startswith("Who it is for: "):
        paragraphs = paragraphs[:-1]
    return "\n\n".join(paragraphs)


def contacts_for(document, report):
    """Phone numbers and named contacts from the feed's contacts. A number that is not a UK
    phone number is left out and reported, never published as typed."""
    languages = {language.code: language for language in SpokenLanguage.objects.all()}
    phones, people, seen = [], [], set()
    for contact in document.get("contacts") or []:
        name = (contact.get("name") or "").strip()
        if name and name not in (document.get("name"), (document.get("organization") or {}).get("name")):
            people.append(
                ServiceContact(
                    name=name[:120], title=(contact.get("title") or "")[:120], email=email_from(contact.get("email"))
                )
            )
        for phone in contact.get("phones") or []:
            try:
                number = normalise_uk_phone(phone.get("number") or "")
            except ValidationError as error:
                report.problems.append(
                    (document.get("name", "?"), f"phone {phone.get('number')!r} left out: {' '.join(error.messages)}")
                )
                continue
            if number in seen:
                continue
            seen.add(number)
            kind = phone.get("type") if phone.get("type") in PhoneKind.values else PhoneKind.VOICE
            note = phone.get("description") or ""
            item = ServicePhone(number=number, kind=kind, note="" if note == str(PhoneKind(kind).label) else note[:120])
            item.languages = [
                languages[entry["code"]] for entry in phone.get("languages") or [] if entry.get("code") in languages
            ]
            phones.append(item)
    for items in (phones, people):
        for order, item in enumerate(items):
            item.sort_order = order
    return phones, people


def schedules_for(document, source):
    """Sessions from the feed's service-level schedules, at the service's first location."""
    venues = [
        venue_for(link["location"], source)
        for link in document.get("service_at_locations") or []
        if link.get("location")
    ]
    if not venues:
        return []
    sessions = []
    for order, schedule in enumerate(document.get("schedules") or []):
        byday = schedule.get("byday") or ""
        day = byday[-2:]
        if day not in RRULE_DAYS:
            continue
        monthly = schedule.get("freq") == "MONTHLY" and byday[:-2] in WEEKS_OF_MONTH
        sessions.append(
            Schedule(
                venue=venues[0],
                kind=ScheduleKind.MONTHLY if monthly else ScheduleKind.WEEKLY,
                weekday=RRULE_DAYS.index(day),
                week_of_month=int(byday[:-2]) if monthly else None,
                interval=bounded(schedule.get("interval"), 1, 52, default=1),
                starts_at=time_from(schedule.get("opens_at")),
                ends_at=time_from(schedule.get("closes_at")),
                note=(schedule.get("notes") or "")[:200],
                sort_order=order,
            )
        )
    return sessions


def bounded(value, low, high, default):
    """A whole number from the feed within low..high; `default` for none, infinity or not a number."""
    try:
        return min(max(int(value), low), high)
    except (TypeError, ValueError, OverflowError):
        return default


def time_from(text):
    """A session's time from the feed ("10:00"), or None when it is not a time of day."""
    try:
        return parse_time(text) if isinstance(text, str) else None
    except ValueError:
        return None
