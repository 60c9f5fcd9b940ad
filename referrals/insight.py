"""The referrals' figures in the Insight area: what arrived each month, from whom, what happened
next, how long the desk took to act, in which languages, and for which needs.

Only the plain columns are read (when a referral arrived, its source, status, area, languages and
the codes of the needs ticked), never an encrypted one: the figures are the same before and after
a referral is anonymised, and nothing a family typed can reach them. Every count and median goes
through core/insight.py, which hides any figure under 5.
"""

from collections import Counter, defaultdict

from django.conf import settings
from django.db.models import OuterRef, Subquery
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.insight import Row, Section, Table, month_label, month_rows
from core.models import SpokenLanguage
from directory.models import Need
from hubs.models import Locality
from referrals.models import Referral, Source, Status, StatusChange

SECONDS_A_DAY = 24 * 60 * 60
# Languages named by fewer families than this are counted together, so that a rare language
# named on its own cannot point to a family even with its count hidden.
FEWEST_NAMED = 5


def referral_facts(filters):
    """One dict of plain facts for each referral received in the period (and the locality)."""
    start, end = filters.time_range()
    referrals = Referral.objects.filter(received_at__gte=start, received_at__lt=end)
    if filters.locality_id:
        referrals = referrals.filter(locality_id=filters.locality_id)
    first_change = StatusChange.objects.filter(referral=OuterRef("pk")).order_by("changed_at", "pk")
    facts = list(
        referrals.annotate(first_change=Subquery(first_change.values("changed_at")[:1])).values(
            "received_at",
            "source",
            "status",
            "status_changed_at",
            "first_change",
            "form_language",
            "spoken_language_id",
            "interpreter_needed",
            "need_codes",
            "locality_id",
        )
    )
    # The month each arrived in, in the site's time zone: worked out once, as every table asks.
    zone = timezone.get_current_timezone()
    for fact in facts:
        fact["month"] = fact["received_at"].astimezone(zone).date().replace(day=1)
    return facts


def days_to_first_action(fact):
    """Days from arriving to the desk's first action: its first change of status (screening,
    allocating, signposting, closing), each recorded with a reason. A referral with no recorded
    change but a status other than new (from before the history was kept) counts its last
    change; one still new has had no action yet, and is left out."""
    acted = fact["first_change"]
    if acted is None and fact["status"] != Status.NEW:
        acted = fact["status_changed_at"]
    if acted is None:
        return None
    return max((acted - fact["received_at"]).total_seconds(), 0) / SECONDS_A_DAY


def by_month_and(facts, key):
    return Counter((fact["month"], fact[key]) for fact in facts)


def received_by_month(filters, facts):
    return Table(
        title=_("Referrals received, by month and source"),
        columns=tuple(label for _value, label in Source.choices),
        rows=month_rows(filters, by_month_and(facts, "source"), Source.values),
        trend=True,
        row_heading=_("Month received"),
    )


def outcomes_by_month(filters, facts):
    return Table(
        title=_("What happened next, by month received"),
        columns=tuple(label for _value, label in Status.choices),
        rows=month_rows(filters, by_month_and(facts, "status"), Status.values),
        trend=True,
        row_heading=_("Month received"),
        note=_("Each referral's status today: a referral received this month may not have been acted on yet."),
    )


def days_to_act(filters, facts):
    samples = defaultdict(list)
    for fact in facts:
        days = days_to_first_action(fact)
        if days is not None:
            samples[(fact["month"], fact["source"])].append(days)
    rows = tuple(
        Row.of_medians(month_label(month), [samples[(month, source)] for source in Source.values])
        for month in filters.months
    )
    return Table(
        title=_("Median days to the desk's first action"),
        columns=tuple(label for _value, label in Source.choices),
        rows=rows,
        trend=True,
        row_heading=_("Month received"),
        medians=True,
        note=_(
            "Calendar days from a referral arriving to the desk's first change of its status (into "
            "screening, allocated, signposted, stepped up or closed), which is always recorded with a "
            "reason. Referrals still new are left out. A median of fewer than 5 referrals is not shown."
        ),
    )


def needs_in_order():
    """[(code, name, broad)] of every need, each broad need followed by its narrower ones."""
    needs = Need.objects.select_related("parent").order_by("sort_order", "name")
    broad = [need for need in needs if need.parent_id is None]
    narrower = defaultdict(list)
    for need in needs:
        if need.parent_id:
            narrower[need.parent_id].append(need)
    return [
        (need.slug, str(need), need.parent_id is None) for parent in broad for need in [parent, *narrower[parent.pk]]
    ]


def needs_and_outcomes(facts):
    counts = defaultdict(Counter)
    for fact in facts:
        for code in dict.fromkeys(fact["need_codes"] or []):
            counts[code][fact["status"]] += 1
        if not fact["need_codes"]:
            counts[""][fact["status"]] += 1
    needs = needs_in_order()
    # Every broad need has its row, counted or not, so the table reads the same each time.
    shown = [(code, name) for code, name, broad in needs if broad or code in counts]
    known = {code for code, _name, _broad in needs}
    shown += [(code, code) for code in sorted(counts) if code and code not in known]
    rows = [Row.of_counts(name, [counts[code][status] for status in Status.values]) for code, name in shown]
    rows.append(Row.of_counts(_("No need ticked"), [counts[""][status] for status in Status.values]))
    return Table(
        title=_("Needs ticked, and what happened next"),
        columns=tuple(label for _value, label in Status.choices),
        rows=tuple(rows),
        row_heading=_("Need"),
        note=_(
            "A referral that ticked two needs counts under each, so the rows add up to more than the "
            "referrals. The needs ticked are kept when a referral's personal details are removed."
        ),
    )


def form_languages(facts):
    counts = defaultdict(Counter)
    for fact in facts:
        counts[fact["form_language"]][fact["source"]] += 1
    return Table(
        title=_("Language of the form"),
        columns=tuple(label for _value, label in Source.choices),
        rows=tuple(
            Row.of_counts(name, [counts[code][source] for source in Source.values]) for code, name in settings.LANGUAGES
        ),
        row_heading=_("Language"),
    )


def spoken_languages(facts):
    counts = defaultdict(Counter)
    for fact in facts:
        counts[fact["spoken_language_id"]][fact["interpreter_needed"]] += 1
    names = dict(SpokenLanguage.objects.values_list("pk", "name"))
    rare = Counter()
    rows = []
    for language_id, needed in sorted(counts.items(), key=lambda item: -item[1].total()):
        if language_id is None:
            continue
        if needed.total() < FEWEST_NAMED:
            rare.update(needed)
            continue
        rows.append(Row.of_counts(names.get(language_id, "?"), [needed[True], needed[False]]))
    rows.append(Row.of_counts(_("Other languages"), [rare[True], rare[False]]))
    rows.append(Row.of_counts(_("Not given"), [counts[None][True], counts[None][False]]))
    return Table(
        title=_("Language the family prefers"),
        columns=(_("Interpreter needed"), _("No interpreter needed")),
        rows=tuple(rows),
        row_heading=_("Language"),
        note=_("Languages named in fewer than 5 referrals are counted together as other languages."),
    )


def by_locality(facts):
    counts = defaultdict(Counter)
    for fact in facts:
        counts[fact["locality_id"]][fact["source"]] += 1
    rows = [
        Row.of_counts(locality.name, [counts[locality.pk][source] for source in Source.values])
        for locality in Locality.objects.order_by("number")
    ]
    rows.append(Row.of_counts(_("Not placed yet"), [counts[None][source] for source in Source.values]))
    return Table(
        title=_("Referrals by area"),
        columns=tuple(label for _value, label in Source.choices),
        rows=tuple(rows),
        row_heading=_("Area"),
        note=_("The area the desk placed the family in, or the one suggested from their postcode."),
    )


def referral_tables(filters):
    facts = referral_facts(filters)
    tables = [
        received_by_month(filters, facts),
        outcomes_by_month(filters, facts),
        days_to_act(filters, facts),
        needs_and_outcomes(facts),
        form_languages(facts),
        spoken_languages(facts),
    ]
    if not filters.locality_id:
        tables.append(by_locality(facts))
    return tables


def referrals_section():
    return Section(
        slug="referrals",
        title=gettext_lazy("Referrals to the early help desk"),
        description=gettext_lazy(
            "Self-referrals, and referrals from professionals and parent champions, by the month they "
            "arrived, in the area they were placed in."
        ),
        tables=referral_tables,
        order=10,
    )
