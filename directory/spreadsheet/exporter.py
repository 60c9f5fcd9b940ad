"""The service directory as a spreadsheet, and the empty template to start one from.

An export has every service, live or draft, as an editor sees it in the admin: a page with
unpublished changes is exported from its latest draft, the version an import changes, so
exporting and importing again changes nothing.
"""

from django.utils import timezone, translation

from core.revisions import latest_version
from directory.models import ServicePage
from directory.spreadsheet.columns import COLUMN_NAMES, COLUMNS, Lists
from directory.spreadsheet.files import write_csv


def export_csv():
    with translation.override("en"):
        lists = Lists()
        kinds = [(column, column.cell(lists)) for column in COLUMNS]
        services = ServicePage.objects.select_related("organisation", "level").prefetch_related(
            "needs", "access_routes", "delivery_modes", "languages", "phones"
        )
        pages = sorted((latest_version(page) for page in services), key=lambda page: (page.title.casefold(), page.pk))
        rows = [[kind.format(column.get(page)) for column, kind in kinds] for page in pages]
    return write_csv(COLUMN_NAMES, rows)


def template_csv():
    """The headers and one example row, named from this site's own lists so it imports as is."""
    with translation.override("en"):
        lists = Lists()

        def first(terms):
            return terms.label(terms.items[0]) if terms.items else ""

        example = {
            "title": "Baby massage (an example: replace this row)",
            "summary": "Gentle massage for babies under one, with their parent or carer.",
            "description": "Learn simple massage to soothe your baby.\n\n- Bring a towel\n- Bring a feed or a bottle",
            "organisation": first(lists.organisations),
            "level": first(lists.levels),
            "needs": first(lists.needs),
            "status": first(lists.statuses),
            "for_pregnancy": "no",
            "minimum_age": "0",
            "maximum_age": "1",
            "eligibility": "Parents and carers of babies under one who live in the city.",
            "access_routes": first(lists.access_routes),
            "delivery_modes": first(lists.delivery_modes),
            "languages": first(lists.languages),
            "free": "yes",
            "who_takes_part": "The whole family",
            "phones": "01632 960 123 (Monday to Friday, 9am to 5pm)",
            "last_reviewed": timezone.localdate().isoformat(),
        }
    return write_csv(COLUMN_NAMES, [[example.get(name, "") for name in COLUMN_NAMES]])
