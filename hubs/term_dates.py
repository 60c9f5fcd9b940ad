"""Wolverhampton's school terms for this school year and the next, made after every migrate
when a school year has none, so "term time only" sessions work from the start.

The council's published dates were not among the documents this site was built from, so these
follow the usual pattern of the city's school year and are marked unchecked: the FIS team checks
them against the council's term dates page and ticks each one (Places > School term dates).
"""

import datetime

D = datetime.date

# (school year, name, first school day, last school day)
TERMS = [
    ("2026-2027", "Autumn term, first half", D(2026, 9, 3), D(2026, 10, 23)),
    ("2026-2027", "Autumn term, second half", D(2026, 11, 2), D(2026, 12, 18)),
    ("2026-2027", "Spring term, first half", D(2027, 1, 4), D(2027, 2, 12)),
    ("2026-2027", "Spring term, second half", D(2027, 2, 22), D(2027, 3, 25)),
    ("2026-2027", "Summer term, first half", D(2027, 4, 12), D(2027, 5, 28)),
    ("2026-2027", "Summer term, second half", D(2027, 6, 7), D(2027, 7, 21)),
    ("2027-2028", "Autumn term, first half", D(2027, 9, 2), D(2027, 10, 22)),
    ("2027-2028", "Autumn term, second half", D(2027, 11, 1), D(2027, 12, 17)),
    ("2027-2028", "Spring term, first half", D(2028, 1, 4), D(2028, 2, 11)),
    ("2027-2028", "Spring term, second half", D(2028, 2, 21), D(2028, 4, 7)),
    ("2027-2028", "Summer term, first half", D(2028, 4, 24), D(2028, 5, 26)),
    ("2027-2028", "Summer term, second half", D(2028, 6, 5), D(2028, 7, 21)),
]


def ensure_school_terms(SchoolTerm):  # noqa: N803 - a model class
    """Idempotent: adds a school year only when it has no terms, so a year editors have
    corrected is left as they keep it."""
    kept = set(SchoolTerm.objects.values_list("school_year", flat=True))
    SchoolTerm.objects.bulk_create(
        SchoolTerm(school_year=year, name=name, first_day=first, last_day=last, confirmed=False)
        for year, name, first, last in TERMS
        if year not in kept
    )
