"""Importing Ofsted's childcare register: every row checked first (a dry run that writes nothing),
then, when an editor confirms, every new and changed provider written in one transaction.

Providers are matched by their URN. The import adds providers and changes only what Ofsted
publishes (type, name, address, inspection); funded places, vacancies, opening times, pick-ups,
special needs experience, contact details and whether a provider is shown stay as editors keep
them. It never deletes: a provider missing from the file, or no longer active, is reported for an
editor to look at. A row with a problem is left out and reported; the other rows still import,
as an editor cannot correct Ofsted's file.
"""

import re

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils import timezone, translation
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from childcare.models.providers import ChildcareProvider, unnamed_childminder
from childcare.ofsted import columns as col
from childcare.ofsted.columns import CellProblem, NotListed, cell
from childcare.ofsted.report import ERROR, NEW, SKIPPED, UNCHANGED, UPDATE, Change, Problem, Report, RowReport
from childcare.places import place_provider
from hubs import postcodes
from hubs.councils import outside_city

# What an import may change: everything else on a provider is the editors'.
IMPORTED_FIELDS = (
    "provider_type",
    "name",
    "address_line_1",
    "address_line_2",
    "town",
    "postcode",
    "postcode_district",
    "inspection_outcome",
    "inspection_date",
    "report_url",
)
COLUMN_FOR_FIELD = {
    "urn": col.URN,
    "provider_type": col.TYPE,
    "name": col.NAME,
    "address_line_1": col.ADDRESS_1,
    "address_line_2": col.ADDRESS_2,
    "town": col.TOWN,
    "postcode": col.POSTCODE,
    "postcode_district": col.POSTCODE,
    "inspection_outcome": col.OUTCOME,
    "inspection_date": col.INSPECTION_DATE,
    "report_url": col.REPORT,
}
URN_PATTERN = re.compile(r"^(EY|SC|CA)?\d{6,7}$")
DISTRICT_PATTERN = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?$")
REPORT_URL = URLValidator(schemes=["http", "https"])


def check_file(ofsted_file, today=None):
    """A dry run: what importing the file would do, and every problem. Writes nothing."""
    with translation.override("en"):
        return Checker(ofsted_file, today).report()


def import_file(ofsted_file, user=None, today=None, expected_plan=None):
    """Check the file again and write its new and changed providers in one transaction. With
    `expected_plan` (the plan of the check the editor confirmed), nothing is written unless the
    check still comes out the same."""
    with translation.override("en"):
        report = Checker(ofsted_file, today).report()
        if expected_plan is None or report.plan == expected_plan:
            write(report, user)
    return report


def write(report, user):
    with transaction.atomic():
        for row in report.to_import:
            row.provider.save()
            log(instance=row.provider, action="wagtail.create" if row.outcome == NEW else "wagtail.edit", user=user)
    report.applied = True


class Checker:
    def __init__(self, ofsted_file, today=None):
        self.file = ofsted_file
        self.today = today or timezone.localdate()
        self.providers = ChildcareProvider.objects.in_bulk(field_name="urn")
        self.rows_for_urn = {}

    def report(self):
        rows, outside = [], []
        for number, cells in self.file.rows:
            row = self.check_row(number, cells)
            (outside if row.outside else rows).append(row)
        rows += [
            RowReport(number, "", outcome=ERROR, problems=[Problem("", message)])
            for number, message in self.file.problem_rows.items()
        ]
        seen = {cell(cells.get(col.URN.key)).upper().replace(" ", "") for _, cells in self.file.rows}
        missing = sorted(
            (provider for urn, provider in self.providers.items() if urn not in seen and not provider.is_demo),
            key=lambda provider: provider.name.casefold(),
        )
        return Report(sorted(rows, key=lambda row: row.number), outside, missing, encoding=self.file.encoding)

    def value(self, cells, column):
        return cells.get(column.key, "")

    def check_row(self, number, cells):
        urn = cell(self.value(cells, col.URN)).upper().replace(" ", "")
        row = RowReport(number, urn, name=cell(self.value(cells, col.NAME)))
        existing = self.providers.get(urn)
        authority = cell(self.value(cells, col.LOCAL_AUTHORITY))
        if authority and not col.in_wolverhampton(authority):
            return self.outside(
                row, existing, format_lazy(_("the local authority is {authority}"), authority=authority)
            )
        if not self.check_urn(row):
            return row
        status = cell(self.value(cells, col.STATUS))
        if self.file.has(col.STATUS) and not status:
            return self.problem(row, col.STATUS, _("The status is empty: we cannot tell if they are still registered."))
        if status and not col.is_active(status):
            reason = format_lazy(_("Not active with Ofsted: {status}."), status=status)
            return self.skip(row, reason, existing)
        try:
            kind = col.provider_type(self.value(cells, col.TYPE), self.value(cells, col.SUBTYPE))
        except NotListed as not_listed:
            return self.skip(row, not_listed.reason, existing)
        except CellProblem as problem:
            return self.problem(row, problem.column, problem.message)
        if kind is None and existing is None:
            return self.problem(
                row,
                col.SUBTYPE,
                _("Say what kind of childcare it is: Full day care, Sessional day care or School nursery."),
            )
        provider = existing or ChildcareProvider(urn=urn)
        before = snapshot(provider) if existing else None
        provider.provider_type = kind or provider.provider_type
        if not self.set_place(row, provider, cells, before):
            return row
        self.set_name(row, provider, cells, before)
        self.set_inspection(row, provider, cells)
        self.check_model(row, provider)
        row.name = provider.name or row.name
        if row.problems:
            row.outcome = ERROR
            return row
        row.provider = provider
        if existing is None:
            row.outcome = NEW
        else:
            row.changes = changes(before, snapshot(provider))
            row.outcome = UPDATE if row.changes else UNCHANGED
        return row

    def check_urn(self, row):
        if not row.urn:
            self.problem(row, col.URN, _("The URN is empty: every provider needs its Ofsted reference number."))
            return False
        if not URN_PATTERN.match(row.urn):
            self.problem(
                row,
                col.URN,
                format_lazy(_("'{value}' is not an Ofsted URN: 6 or 7 digits, sometimes after EY."), value=row.urn),
            )
            return False
        if row.urn in self.rows_for_urn:
            self.problem(
                row,
                col.URN,
                format_lazy(
                    _("Row {row} has the same URN: only the first is imported."), row=self.rows_for_urn[row.urn]
                ),
            )
            return False
        self.rows_for_urn[row.urn] = row.number
        return True

    def set_place(self, row, provider, cells, before):
        """Postcode and address, placed in the city; False when the row is skipped or has a problem."""
        postcode = postcodes.normalise(cell(self.value(cells, col.POSTCODE)))
        if provider.is_childminder:
            # Ofsted publishes a childminder's postcode district at most, and we keep no more.
            if postcode:
                provider.postcode_district = postcode.split(" ")[0]
            elif not provider.postcode_district:
                self.skip(
                    row,
                    _("Ofsted does not say where this childminder is: add them by hand with their postcode district."),
                    None,
                )
                return False
            provider.postcode = ""
        else:
            if postcode and postcode != provider.postcode:
                provider.postcode, provider.postcode_district = postcode, ""  # the district follows the postcode
            elif not provider.postcode:
                self.problem(row, col.POSTCODE, _("The postcode is empty: a new provider needs one to be found."))
                return False
            lines = [cell(self.value(cells, column)) for column in (col.ADDRESS_1, col.ADDRESS_2, col.ADDRESS_3)]
            town = cell(self.value(cells, col.TOWN))
            if any(lines) or town:
                # The address changes as a whole, so no line of an old address is left behind.
                provider.address_line_1 = lines[0]
                provider.address_line_2 = ", ".join(line for line in lines[1:] if line)
                provider.town = town
        moved = before is None or any(
            before[name] != getattr(provider, name) for name in ("provider_type", "postcode", "postcode_district")
        )
        if not moved:
            return True
        wanted = provider.postcode or provider.postcode_district
        try:
            postcodes.lookup(wanted)
        except postcodes.PostcodeError as error:
            if is_outside_city(wanted):
                self.outside(
                    row, self.providers.get(row.urn), format_lazy(_("{postcode} is not in the city"), postcode=wanted)
                )
            else:
                self.problem(row, col.POSTCODE, str(error))
            return False
        try:
            place_provider(provider)
        except ValidationError as error:  # such as a nursery's postcode that is only a district
            self.problem(row, col.POSTCODE, " ".join(error.messages))
            return False
        return True

    def set_name(self, row, provider, cells, before):
        name = cell(self.value(cells, col.NAME))
        if name:
            provider.name = name
        elif provider.is_childminder:
            # Ofsted leaves out a childminder's name unless they agreed to it being published.
            if not provider.name or (before and provider.name == redacted_name(before["postcode_district"])):
                provider.name = redacted_name(provider.postcode_district)
        elif not provider.name:
            self.problem(row, col.NAME, _("The name is empty: every provider needs one."))

    def set_inspection(self, row, provider, cells):
        """The latest full inspection. An empty cell keeps what the site has: a provider's
        last inspection does not go away."""
        try:
            if outcome := col.outcome(self.value(cells, col.OUTCOME)):
                provider.inspection_outcome = outcome
        except CellProblem as problem:
            self.problem(row, col.OUTCOME, problem.message)
        try:
            if inspected := col.inspection_date(self.value(cells, col.INSPECTION_DATE), self.today):
                provider.inspection_date = inspected
        except CellProblem as problem:
            self.problem(row, col.INSPECTION_DATE, problem.message)
        if link := cell(self.value(cells, col.REPORT)):
            try:
                REPORT_URL(link)
            except ValidationError:
                self.problem(
                    row, col.REPORT, format_lazy(_("'{value}' is not a web address starting https://."), value=link)
                )
            else:
                provider.report_url = link

    def check_model(self, row, provider):
        """The checks the admin's form makes, such as the length of a name."""
        if row.problems:
            return
        try:
            provider.clean_fields(exclude=["locality", "latitude", "longitude"])
        except ValidationError as error:
            for name, messages in error.message_dict.items():
                column = COLUMN_FOR_FIELD.get(name)
                for message in messages:
                    row.problems.append(Problem(self.file.header(column) if column else name, message))

    def problem(self, row, column, message):
        row.problems.append(Problem(self.file.header(column) if column else "", message))
        row.outcome = ERROR
        return row

    def skip(self, row, reason, existing):
        row.outcome, row.reason = SKIPPED, reason
        if existing is not None:
            row.name = existing.name
            row.reason = format_lazy(
                _("{reason} It is on the site: untick “shown on the site” if they no longer offer childcare."),
                reason=reason,
            )
        return row

    def outside(self, row, existing, why):
        """Outside the city. Ofsted's file for all England has thousands of such rows, so those
        not on the site are only counted (Report.outside); one on the site is worth a look."""
        reason = format_lazy(_("Outside Wolverhampton: {why}."), why=why)
        row.outside = existing is None
        return self.skip(row, reason, existing)


def is_outside_city(wanted):
    """Whether a postcode (or a childminder's district) that could not be placed is outside the
    city, rather than mistyped or missing from the postcode data."""
    if " " in wanted:
        return outside_city(wanted) is not None
    return bool(DISTRICT_PATTERN.match(wanted))


def redacted_name(district):
    """A childminder Ofsted does not name."""
    return unnamed_childminder(district)


def snapshot(provider):
    return {name: getattr(provider, name) for name in IMPORTED_FIELDS}


def changes(before, after):
    return [
        Change(
            name,
            ChildcareProvider._meta.get_field(name).verbose_name,
            shown(name, before[name]),
            shown(name, after[name]),
        )
        for name in IMPORTED_FIELDS
        if before[name] != after[name]
    ]


def shown(name, value):
    choices = dict(ChildcareProvider._meta.get_field(name).flatchoices)
    return str(choices.get(value, value) if value not in (None, "") else "—")
