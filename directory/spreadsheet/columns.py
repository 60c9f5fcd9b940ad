"""The service spreadsheet's columns, in one place: the header, how a cell is read and written,
and a line for editors. The import page's table, the template, the export and the import all
come from COLUMNS.

Places and times (schedules), costs, "how to ask", "what it is not" and access needs stay in the
admin: they are structured or formatted in ways a cell cannot hold.
"""

from collections import Counter
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from django.utils.translation import gettext_lazy as _

from core.models import SpokenLanguage
from directory.models import (
    AccessRoute,
    Audience,
    DeliveryMode,
    Need,
    Organisation,
    ServiceLevel,
    ServicePhone,
    ServiceStatus,
)
from directory.spreadsheet.cells import (
    Date,
    ManyOf,
    OneOf,
    Paragraphs,
    Phones,
    Terms,
    Text,
    Website,
    WholeNumber,
    YesNo,
)


class Lists:
    """The lists a sheet names things from, read once per import or export (and only if used)."""

    @cached_property
    def organisations(self):
        return Terms(
            Organisation.objects.all(),
            names=lambda item: [item.name],
            label=lambda item: item.name,
            unknown=_("Unknown organisation '{value}': add it in Directory > Organisations first."),
            unknown_with_suggestion=_("Unknown organisation '{value}': did you mean '{suggestion}'?"),
        )

    @cached_property
    def levels(self):
        return Terms(
            ServiceLevel.objects.all(),
            names=lambda item: [str(item.number), item.slug, item.name],
            label=lambda item: str(item.number),
            unknown=_("Level {value} does not exist: use {choices}."),
            unknown_with_suggestion=_("Level {value} does not exist: did you mean {suggestion}?"),
        )

    @cached_property
    def needs(self):
        items = list(Need.objects.select_related("parent"))
        return Terms(
            items,
            names=lambda item: [item.slug, item.name, str(item)],
            label=unique_name(items, lambda item: item.slug),
            unknown=_("Unknown need '{value}': use the names in Directory > Needs."),
            unknown_with_suggestion=_("Unknown need '{value}': did you mean '{suggestion}'?"),
        )

    @cached_property
    def access_routes(self):
        items = list(AccessRoute.objects.all())
        return Terms(
            items,
            names=lambda item: [item.slug, item.name],
            label=unique_name(items, lambda item: item.slug),
            unknown=_("Unknown way to get a service '{value}': use {choices}."),
            unknown_with_suggestion=_("Unknown way to get a service '{value}': did you mean '{suggestion}'?"),
        )

    @cached_property
    def delivery_modes(self):
        items = list(DeliveryMode.objects.all())
        return Terms(
            items,
            names=lambda item: [item.slug, item.name],
            label=unique_name(items, lambda item: item.slug),
            unknown=_("Unknown delivery mode '{value}': use {choices}."),
            unknown_with_suggestion=_("Unknown delivery mode '{value}': did you mean '{suggestion}'?"),
        )

    @cached_property
    def languages(self):
        items = list(SpokenLanguage.objects.all())
        return Terms(
            items,
            names=lambda item: [item.code, item.name, item.native_name],
            label=unique_name(items, lambda item: item.code),
            unknown=_("Unknown language '{value}': add it in Spoken languages first."),
            unknown_with_suggestion=_("Unknown language '{value}': did you mean '{suggestion}'?"),
        )

    @cached_property
    def audiences(self):
        return Terms(
            Audience.values,
            names=lambda value: [value, Audience(value).label],
            label=lambda value: str(Audience(value).label),
            unknown=_("Unknown '{value}': use {choices}."),
            unknown_with_suggestion=_("Unknown '{value}': did you mean '{suggestion}'?"),
        )

    @cached_property
    def statuses(self):
        return Terms(
            ServiceStatus.values,
            names=lambda value: [value, ServiceStatus(value).label],
            label=lambda value: str(ServiceStatus(value).label),
            unknown=_("Unknown status '{value}': use {choices}."),
            unknown_with_suggestion=_("Unknown status '{value}': did you mean '{suggestion}'?"),
        )


def unique_name(items, code):
    """Items are written by name, unless two share a name; then by their code, which is unique."""
    counts = Counter(item.name.casefold() for item in items)
    return lambda item: code(item) if counts[item.name.casefold()] > 1 else item.name


@dataclass(frozen=True)
class Column:
    name: str
    help: Any  # a lazy string, translated when shown
    field: str = ""  # the ServicePage attribute it reads and writes
    # A cell kind (see cells.py), or a function making one from the Lists it names things from.
    kind: Any = Text()
    required: bool = False
    many: bool = False
    read_only: bool = False  # exported for information; an import ignores it

    def cell(self, lists):
        return self.kind if hasattr(self.kind, "parse") else self.kind(lists)

    def get(self, page):
        if not self.field:
            return page  # a read-only column describing the page as a whole
        value = getattr(page, self.field)
        return list(value.all()) if self.many else value

    def set(self, page, value):
        setattr(page, self.field, value)


class PhonesColumn(Column):
    """The service's phone numbers. A number already on the page keeps its row (and the
    languages spoken on it, which only the admin sets); a new number becomes a new row."""

    def get(self, page):
        return list(page.phones.all())

    def set(self, page, value):
        current = {phone.number: phone for phone in page.phones.all()}
        rows = []
        for order, (number, kind, note) in enumerate(value or []):
            phone = current.get(number) or ServicePhone(number=number)
            phone.kind, phone.note, phone.sort_order = kind, note, order
            rows.append(phone)
        page.phones = rows


class PublishedState(Text):
    def format(self, page):
        if not page.live:
            return "draft"
        return "live, with unpublished changes" if page.has_unpublished_changes else "live"


class PageId(Text):
    def format(self, value):
        return "" if value is None else str(value)


COLUMNS = [
    Column(
        "id",
        _("The service's number in the admin (it is in the address of its edit page). Blank for a new service."),
        field="pk",
        kind=PageId(),
    ),
    Column("title", _("The service's name."), field="title", required=True),
    Column(
        "summary",
        _("One or two plain sentences, shown in lists. 300 characters at most."),
        field="summary",
        required=True,
    ),
    Column(
        "description",
        _("What the service is. A blank line between paragraphs; lines starting with “- ” make a bulleted list."),
        field="description",
        kind=Paragraphs(),
        required=True,
    ),
    Column(
        "organisation",
        _("Who runs it: the name of an organisation in Directory > Organisations."),
        field="organisation",
        kind=lambda lists: OneOf(lists.organisations),
        required=True,
    ),
    Column(
        "level",
        _("The early help level, as a number (1 to 4)."),
        field="level",
        kind=lambda lists: OneOf(lists.levels),
        required=True,
    ),
    Column(
        "needs",
        _("What it helps with: needs from Directory > Needs, separated by semicolons."),
        field="needs",
        kind=lambda lists: ManyOf(lists.needs),
        required=True,
        many=True,
    ),
    Column(
        "status",
        _("Running, or Paused for now."),
        field="status",
        kind=lambda lists: OneOf(lists.statuses),
        required=True,
    ),
    Column("alert", _("A short-term notice, such as “No sessions in August”. Blank for none."), field="alert"),
    Column(
        "for_pregnancy", _("yes if it is for expectant parents too, otherwise no."), field="for_pregnancy", kind=YesNo()
    ),
    Column(
        "who_takes_part",
        _("Children and young people, Parents and carers, or The whole family. The ages are the children's ages."),
        field="audience",
        kind=lambda lists: OneOf(lists.audiences),
    ),
    Column("minimum_age", _("The youngest child's age, in whole years."), field="minimum_age", kind=WholeNumber()),
    Column(
        "maximum_age",
        _("The oldest child's age, in whole years: 25 at most."),
        field="maximum_age",
        kind=WholeNumber(),
    ),
    Column("eligibility", _("Who can use it."), field="eligibility"),
    Column(
        "access_routes",
        _("How to get it, separated by semicolons, such as “Just turn up; Ask for it yourself”."),
        field="access_routes",
        kind=lambda lists: ManyOf(lists.access_routes),
        required=True,
        many=True,
    ),
    Column(
        "delivery_modes",
        _("Where or how it is delivered, separated by semicolons, such as “At a family hub; Online”."),
        field="delivery_modes",
        kind=lambda lists: ManyOf(lists.delivery_modes),
        required=True,
        many=True,
    ),
    Column(
        "languages",
        _("Languages it is delivered in, by name or code (pa, pl, bsl), separated by semicolons."),
        field="languages",
        kind=lambda lists: ManyOf(lists.languages),
        many=True,
    ),
    Column(
        "free",
        _("yes if it is free; no if it costs something (add the costs in the admin)."),
        field="is_free",
        kind=YesNo(),
    ),
    PhonesColumn(
        "phones",
        _(
            "Phone numbers, separated by semicolons, with when they are answered in brackets: “01902 555 555 "
            "(Monday to Friday, 9am to 5pm); text: 07700 900 123”. In Excel, format this column as Text so "
            "the leading 0 is kept. Languages spoken on a line are set in the admin."
        ),
        field="phones",
        kind=Phones(),
    ),
    Column("email", _("The service's email address."), field="email"),
    Column("website", _("The service's website, such as https://www.example.org."), field="website", kind=Website()),
    Column(
        "booking_url",
        _("Where families book a place online. Blank if they book by phone."),
        field="booking_url",
        kind=Website(),
    ),
    Column("owner_email", _("Who keeps this listing true. Not shown to the public."), field="owner_email"),
    Column(
        "last_reviewed",
        _("When the listing was last checked: 2025-03-31 or 31/03/2025."),
        field="last_reviewed",
        kind=Date(required=True),
    ),
    Column(
        "review_due",
        _("When it is next due for review. Blank for a year after the last review."),
        field="review_due",
        kind=Date(required=False),
    ),
    Column(
        "published",
        _("Only in exports: live, draft, or live with unpublished changes. An import ignores it."),
        field="",
        kind=PublishedState(),
        read_only=True,
    ),
]
REQUIRED_HEADERS = ["id", "title"]
COLUMN_NAMES = [column.name for column in COLUMNS]
COLUMN_FOR_FIELD = {column.field: column.name for column in COLUMNS if column.field}
