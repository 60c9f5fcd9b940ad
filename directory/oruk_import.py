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

import jsonschema
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils.text import slugify

from directory.models import (
    ImportedRecord,
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
from familyinfo.models import SpokenLanguage
from familyinfo.phone_numbers import normalise_uk_phone
from hubs.models import Venue

SCHEMA_FILE = Path(__file__).resolve().parent / "oruk_schema" / "service.json"
RRULE_DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
LEVEL_TAXONOMY = "Service level"
MAX_PAGES = 1000


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


def read_feed(source, fetch=None):
    """Full service documents from a file (a list, a page envelope or one service) or from an
    API's base address (every page of /services, then each /services/{id})."""
    if re.match(r"https?://", source):
        import requests

        fetch = fetch or (lambda url: requests.get(url, timeout=30).json())
        base = source.rstrip("/")
        documents, page = [], 1
        while page <= MAX_PAGES:
            listing = fetch(f"{base}/services?page={page}&per_page=100")
            documents += [fetch(f"{base}/services/{item['id']}") for item in listing.get("contents", [])]
            if listing.get("last_page", True) or not listing.get("contents"):
                break
            page += 1
        return documents
    data = json.loads(Path(source).read_text(encoding="utf-8"))
    if isinstance(data, dict) and "contents" in data:
        return data["contents"]
    return data if isinstance(data, list) else [data]


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


def import_feed(documents, source, dry_run=False):
    validator = jsonschema.Draft202012Validator(
        json.loads(SCHEMA_FILE.read_text(encoding="utf-8")), format_checker=jsonschema.FormatChecker()
    )
    report = Report()
    try:
        with transaction.atomic():
            for position, document in enumerate(documents, start=1):
                label = f"#{position} {document.get('name', '?') if isinstance(document, dict) else '?'}"
                problems = validate(document, validator) if isinstance(document, dict) else ["not a JSON object"]
                if problems:
                    report.problems += [(label, problem) for problem in problems]
                    continue
                try:
                    with transaction.atomic():
                        outcome = import_service(document, source, report)
                except (ValueError, KeyError, TypeError) as problem:
                    report.problems.append((label, f"could not be imported: {problem}"))
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
    organisation.website = document.get("website") or organisation.website
    organisation.email = document.get("email") or organisation.email
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
    youngest, oldest = document.get("minimum_age"), document.get("maximum_age")
    target.minimum_age = int(youngest) if youngest is not None else 0
    target.maximum_age = min(int(oldest), 25) if oldest is not None else 25
    target.email = document.get("email") or ""
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
    """The feed's url as the service's website, when it is a web address a family can open."""
    try:
        URLValidator(schemes=["http", "https"])(url or "")
    except ValidationError:
        return ""
    return url if len(url) <= 200 else ""


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
            email = contact.get("email") or ""
            people.append(
                ServiceContact(
                    name=name[:120], title=(contact.get("title") or "")[:120], email=email if "@" in email else ""
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


def unique_slug(name):
    base = slugify(name)[:70] or "imported-service"
    slug, number = base, 2
    while ServicePage.objects.filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug


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
        monthly = schedule.get("freq") == "MONTHLY" and byday[:-2].lstrip("+-").isdigit()
        sessions.append(
            Schedule(
                venue=venues[0],
                kind=ScheduleKind.MONTHLY if monthly else ScheduleKind.WEEKLY,
                weekday=RRULE_DAYS.index(day),
                week_of_month=int(byday[:-2]) if monthly else None,
                interval=int(schedule.get("interval") or 1),
                starts_at=schedule.get("opens_at") or None,
                ends_at=schedule.get("closes_at") or None,
                note=(schedule.get("notes") or "")[:200],
                sort_order=order,
            )
        )
    return sessions
