"""Relevance-ranked ids straight from the database search index.

Wagtail's database backends score each candidate with its own full-text subquery, which takes
seconds (SQLite) or hundreds of milliseconds (PostgreSQL) once there are thousands of
services; one ranked query over the index is fast on both. Elasticsearch ranks through
Wagtail's own search.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from wagtail.search.backends import get_search_backend

MAX_HITS = 500


def fast_path_available():
    # The backend modules are imported here: each only loads on its own database.
    if connection.vendor == "sqlite":
        from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend as Backend
    elif connection.vendor == "postgresql":
        from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend as Backend
    else:
        return False
    return isinstance(get_search_backend(), Backend)


def ranked_ids(text, models, limit=MAX_HITS):
    """Object ids of the given models matching any of the words, best first. Title matches
    weigh three times body matches, like the title's search boost."""
    words = [word.replace('"', "") for word in text.split() if word.replace('"', "")]
    if not words:
        return []
    content_types = [content_type.pk for content_type in ContentType.objects.get_for_models(*models).values()]
    placeholders = ", ".join(["%s"] * len(content_types))
    if connection.vendor == "postgresql":
        return _postgres_ranked_ids(words, content_types, placeholders, limit)
    match = "{title body} : (" + " OR ".join(f'"{word}"' for word in words) + ")"
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT entry.object_id FROM wagtailsearch_indexentry_fts AS fts "
            "JOIN wagtailsearch_indexentry AS entry ON fts.rowid = entry.id "
            f"WHERE wagtailsearch_indexentry_fts MATCH %s AND entry.content_type_id IN ({placeholders}) "
            "ORDER BY bm25(wagtailsearch_indexentry_fts, 0.0, 1.0, 3.0) LIMIT %s",
            [match, *content_types, limit],
        )
        return [int(row[0]) for row in cursor.fetchall()]


def _postgres_ranked_ids(words, content_types, placeholders, limit):
    # websearch_to_tsquery accepts anything typed; "or" between words matches any of them.
    query = " or ".join(words)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT entry.object_id FROM wagtailsearch_indexentry AS entry, websearch_to_tsquery(%s) AS query "
            f"WHERE entry.content_type_id IN ({placeholders}) AND (entry.title @@ query OR entry.body @@ query) "
            "ORDER BY ts_rank(entry.title, query) * 3 + ts_rank(entry.body, query) DESC LIMIT %s",
            [query, *content_types, limit],
        )
        return [int(row[0]) for row in cursor.fetchall()]


class RankedResults:
    """A queryset in relevance order, paginated by id so only the page shown is loaded.

    Ordering by a CASE with hundreds of branches costs more than the whole query, so the
    order is applied in Python to one page of ids at a time.
    """

    def __init__(self, queryset, ranked_ids, specific=False):
        self.queryset = queryset
        self.specific = specific
        matching = set(queryset.filter(pk__in=ranked_ids).values_list("pk", flat=True))
        self.ids = [pk for pk in ranked_ids if pk in matching]

    def count(self):
        return len(self.ids)

    def __len__(self):
        return len(self.ids)

    def __getitem__(self, key):
        ids = self.ids[key] if isinstance(key, slice) else [self.ids[key]]
        objects = self.queryset.filter(pk__in=ids)
        if self.specific:
            objects = objects.specific()
        found = {item.pk: item for item in objects}
        ordered = [found[pk] for pk in ids if pk in found]
        return ordered if isinstance(key, slice) else ordered[0]
