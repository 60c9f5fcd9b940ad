"""The columns of Ofsted's childcare register ("Childcare providers and inspections" management
information) that the import reads, and how their cells map to a provider.

Headers are matched whatever their case and spacing, and Ofsted has spelled some of them more
than one way over the years ("Postcode", "Provider postcode"); columns not named here (places,
register flags, sub-judgements) are ignored.
"""

import datetime
import re
from dataclasses import dataclass

from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from childcare.models.providers import OfstedOutcome, ProviderType


def header_key(header):
    return re.sub(r"\s+", " ", header.strip().casefold())


@dataclass(frozen=True)
class Column:
    key: str
    name: str  # as Ofsted's file usually spells it, for messages when the file does not name it
    aliases: tuple = ()

    @property
    def headers(self):
        return (header_key(self.name), *(header_key(alias) for alias in self.aliases))


URN = Column("urn", "Provider URN", ("URN",))
TYPE = Column("type", "Provider type")
SUBTYPE = Column("subtype", "Provider subtype")
NAME = Column("name", "Provider name")
ADDRESS_1 = Column("address_1", "Provider address line 1")
ADDRESS_2 = Column("address_2", "Provider address line 2")
ADDRESS_3 = Column("address_3", "Provider address line 3")
TOWN = Column("town", "Provider town")
POSTCODE = Column("postcode", "Postcode", ("Provider postcode",))
LOCAL_AUTHORITY = Column("local_authority", "Local authority")
STATUS = Column("status", "Provider status", ("Registration status",))
INSPECTION_DATE = Column("inspection_date", "Most recent full: inspection date", ("Inspection date",))
OUTCOME = Column("outcome", "Most recent full: overall effectiveness", ("Overall effectiveness",))
REPORT = Column(
    "report", "Report link", ("Inspection report", "Ofsted report", "Report URL", "Link to report", "Web link")
)

COLUMNS = (
    URN,
    TYPE,
    SUBTYPE,
    NAME,
    ADDRESS_1,
    ADDRESS_2,
    ADDRESS_3,
    TOWN,
    POSTCODE,
    LOCAL_AUTHORITY,
    STATUS,
    INSPECTION_DATE,
    OUTCOME,
    REPORT,
)
COLUMN_FOR_HEADER = {header: column for column in COLUMNS for header in column.headers}


class CellProblem(ValueError):
    """A cell that cannot be read; the message says what is wrong with it, and `column` which
    column is at fault when it is not the one being read."""

    def __init__(self, message, column=None):
        super().__init__(message)
        self.message, self.column = message, column


# Ofsted writes NULL (and sometimes REDACTED) where it publishes nothing: an empty cell.
NOTHING = {"", "null", "n/a", "na", "-", "redacted"}


def cell(text):
    """A cell's text, or "" when it holds nothing."""
    text = re.sub(r"\s+", " ", (text or "").strip())
    return "" if text.casefold() in NOTHING else text


def is_redacted(text):
    return (text or "").strip().casefold() == "redacted"


# Provider type: what it means for the finder. A home childcarer (a nanny) cares for children in
# the family's own home, so there is nowhere to list. Childcare on domestic premises is in
# someone's home, like a childminder's: shown, like theirs, by its postcode district only.
HOME_CHILDCARER = "home childcarer"
NON_DOMESTIC = "childcare on non-domestic premises"
TYPE_FOR_PROVIDER_TYPE = {
    "childminder": ProviderType.CHILDMINDER,
    "childcare on domestic premises": ProviderType.CHILDMINDER,
}

# Subtypes of childcare on non-domestic premises.
TYPE_FOR_SUBTYPE = {
    "full day care": ProviderType.DAY_NURSERY,
    "day nursery": ProviderType.DAY_NURSERY,
    "sessional day care": ProviderType.PRE_SCHOOL,
    "sessional": ProviderType.PRE_SCHOOL,
    "pre-school": ProviderType.PRE_SCHOOL,
    "preschool": ProviderType.PRE_SCHOOL,
    "school nursery": ProviderType.SCHOOL_NURSERY,
    "maintained nursery": ProviderType.SCHOOL_NURSERY,
    "maintained nursery school": ProviderType.SCHOOL_NURSERY,
    "nursery school": ProviderType.SCHOOL_NURSERY,
}
# Care the finder does not list: it is for school-age children, or while parents are on site.
UNLISTED_SUBTYPES = {
    "out of school day care",
    "out of school care",
    "holiday scheme",
    "creche day care",
    "crèche day care",
    "creche",
    "crèche",
    "open access",
}


class NotListed(Exception):
    """A kind of care the finder does not list: the row is skipped, with this reason."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


def provider_type(type_text, subtype_text):
    """Our type for Ofsted's type and subtype; None when the subtype does not say (keep what the
    site has). Raises NotListed or CellProblem (with the column at fault as its second argument)."""
    kind, subtype = cell(type_text).casefold(), cell(subtype_text).casefold()
    if kind in TYPE_FOR_PROVIDER_TYPE:
        return TYPE_FOR_PROVIDER_TYPE[kind]
    if kind == HOME_CHILDCARER:
        raise NotListed(_("A home childcarer (nanny) cares for children in the family's own home: not listed."))
    if kind not in (NON_DOMESTIC, ""):
        raise CellProblem(
            format_lazy(
                _(
                    "Unknown provider type '{value}': expected Childminder, Childcare on domestic premises or "
                    "Childcare on non-domestic premises."
                ),
                value=cell(type_text),
            ),
            TYPE,
        )
    if subtype in TYPE_FOR_SUBTYPE:
        return TYPE_FOR_SUBTYPE[subtype]
    if subtype in UNLISTED_SUBTYPES:
        raise NotListed(
            format_lazy(
                _("{subtype}: out-of-school clubs, holiday schemes and crèches are not in the childcare finder."),
                subtype=cell(subtype_text),
            )
        )
    if subtype:
        raise CellProblem(
            format_lazy(
                _("Unknown provider subtype '{value}': expected Full day care, Sessional day care or School nursery."),
                value=cell(subtype_text),
            ),
            SUBTYPE,
        )
    if not kind:
        raise CellProblem(_("The provider type is empty."), TYPE)
    return None


OUTCOME_FOR_GRADE = {
    "1": OfstedOutcome.OUTSTANDING,
    "2": OfstedOutcome.GOOD,
    "3": OfstedOutcome.REQUIRES_IMPROVEMENT,
    "4": OfstedOutcome.INADEQUATE,
    "outstanding": OfstedOutcome.OUTSTANDING,
    "good": OfstedOutcome.GOOD,
    "requires improvement": OfstedOutcome.REQUIRES_IMPROVEMENT,
    # Grade 3 was called "satisfactory" until 2012; "requires improvement" replaced it.
    "satisfactory": OfstedOutcome.REQUIRES_IMPROVEMENT,
    "inadequate": OfstedOutcome.INADEQUATE,
    "met": OfstedOutcome.MET,
    "not met": OfstedOutcome.NOT_MET,
}


def outcome(text):
    """The inspection outcome, or "" for an empty cell. The childcare register's "Not met with
    actions" and "Not met with enforcement" are both not met."""
    value = cell(text).casefold().rstrip(".")
    if not value:
        return ""
    value = re.sub(r"\.0+$", "", value)  # a grade a spreadsheet saved as 2.0
    if value in OUTCOME_FOR_GRADE:
        return OUTCOME_FOR_GRADE[value]
    if value.startswith("not met"):
        return OfstedOutcome.NOT_MET
    raise CellProblem(
        format_lazy(
            _(
                "'{value}' is not an Ofsted outcome: expected 1 to 4, Outstanding, Good, Requires improvement, "
                "Inadequate, Met or Not met."
            ),
            value=cell(text),
        )
    )


DATE_FORMATS = ("%d/%m/%Y", "%d/%m/%y", "%Y-%m-%d", "%d-%m-%Y", "%d %B %Y", "%d %b %Y", "%d-%b-%Y", "%d-%b-%y")


def inspection_date(text, today):
    """A date as Ofsted (day first) or a spreadsheet writes it; a time after it is ignored."""
    value = cell(text)
    if not value:
        return None
    day_part = re.split(r"[ T]\d{1,2}:\d{2}", value)[0].strip()
    for pattern in DATE_FORMATS:
        try:
            found = datetime.datetime.strptime(day_part, pattern).date()
        except ValueError:
            continue
        if found > today:
            raise CellProblem(format_lazy(_("{value} is in the future."), value=value))
        return found
    raise CellProblem(format_lazy(_("'{value}' is not a date: write it as 31/03/2025 or 2025-03-31."), value=value))


def is_active(text):
    return cell(text).casefold() == "active"


def in_wolverhampton(text):
    """Whether the local authority is the city's: "Wolverhampton" or "City of Wolverhampton"."""
    return "wolverhampton" in cell(text).casefold()
