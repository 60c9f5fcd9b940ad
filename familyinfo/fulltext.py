"""Relevance-ranked ids straight from the database search index.

Wagtail's database backends score each candidate with its own full-text subquery, which takes
seconds (SQLite) or hundreds of milliseconds (PostgreSQL) once there are thousands of
services; one ranked query over the index is fast on both. Elasticsearch ranks through
Wagtail's own search.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import CharField
from django.db.models.functions import Cast
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


def ranked_ids(text, models, limit=MAX_HITS, within=None):
    """Object ids of the given models matching any of the words, best first. Title matches
    weigh three times body matches, like the title's search boost. With `within` (a
    queryset), only objects it holds: filters apply before the limit, in the same query."""
    words = [word.replace('"', "") for word in text.split() if word.replace('"', "")]
    if not words:
        return []
    content_types = [content_type.pk for content_type in ContentType.objects.get_for_models(*models).values()]
    conditions = [f"entry.content_type_id IN ({', '.join(['%s'] * len(content_types))})"]
    params = list(content_types)
    if within is not None:
        # The index stores object ids as text.
        keys = within.order_by().annotate(object_key=Cast("pk", CharField())).values("object_key")
        subquery, subquery_params = keys.query.sql_with_params()
        conditions.append(f"entry.object_id IN ({subquery})")
        params.extend(subquery_params)
    if connection.vendor == "postgresql":
        return _postgres_ranked_ids(words, " AND ".join(conditions), params, limit)
    match = "{title body} : (" + " OR ".join(f'"{word}"' for word in words) + ")"
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT entry.object_id FROM wagtailsearch_indexentry_fts AS fts "
            "JOIN wagtailsearch_indexentry AS entry ON fts.rowid = entry.id "
            f"WHERE wagtailsearch_indexentry_fts MATCH %s AND {' AND '.join(conditions)} "
            "ORDER BY bm25(wagtailsearch_indexentry_fts, 0.0, 1.0, 3.0) LIMIT %s",
            [match, *params, limit],
        )
        return [int(row[0]) for row in cursor.fetchall()]


def _postgres_ranked_ids(words, conditions, params, limit):
    # websearch_to_tsquery accepts anything typed; "or" between words matches any of them.
    query = " or ".join(words)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT entry.object_id FROM wagtailsearch_indexentry AS entry, websearch_to_tsquery(%s) AS query "
            f"WHERE {conditions} AND (entry.title @@ query OR entry.body @@ query) "
            "ORDER BY ts_rank(entry.title, query) * 3 + ts_rank(entry.body, query) DESC LIMIT %s",
            [query, *params, limit],
        )
        return [int(row[0]) for row in cursor.fetchall()]
