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


def ranked_ids(text, models, limit=MAX_HITS, within=None, preferred=""):
    """Object ids of the given models matching any of the words, best first. Title matches
    weigh three times body matches, like the title's search boost. With `within` (a
    queryset), only objects it holds: filters apply before the limit, in the same query.
    `preferred` words (what the parent typed, rather than synonyms) count double where the
    engine's ranking does not weigh rare words itself (PostgreSQL's ts_rank; SQLite's bm25 does)."""
    words = query_words(text)
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
        return _postgres_ranked_ids(words, query_words(preferred) or words, " AND ".join(conditions), params, limit)
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


def query_words(text):
    return [word.replace('"', "") for word in (text or "").split() if word.replace('"', "")]


def _postgres_ranked_ids(words, preferred, conditions, params, limit):
    # websearch_to_tsquery accepts anything typed; "or" between words matches any of them.
    # The 'simple' configuration, as the index is built (settings: SEARCH_CONFIG): English
    # stemming would turn Polish and Urdu words into nonsense, and the search plan adds plurals.
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT entry.object_id FROM wagtailsearch_indexentry AS entry, "
            "websearch_to_tsquery('simple', %s) AS query, websearch_to_tsquery('simple', %s) AS typed "
            f"WHERE {conditions} AND (entry.title @@ query OR entry.body @@ query) "
            "ORDER BY ts_rank(entry.title, query) * 3 + ts_rank(entry.body, query) "
            "+ 2 * (ts_rank(entry.title, typed) * 3 + ts_rank(entry.body, typed)) DESC LIMIT %s",
            [" or ".join(words), " or ".join(preferred), *params, limit],
        )
        return [int(row[0]) for row in cursor.fetchall()]
