"""Relevance-ranked ids straight from the database search index.

Wagtail's SQLite backend scores each candidate with its own full-text subquery, which takes
seconds once there are thousands of services; one ranked query over the index takes
milliseconds. Used only on SQLite with the database backend; other backends (PostgreSQL,
Elasticsearch) rank well through Wagtail's own search.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from wagtail.search.backends import get_search_backend

MAX_HITS = 500


def fast_path_available():
    if connection.vendor != "sqlite":
        return False
    # Imported here: the SQLite backend module only loads on SQLite.
    from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend

    return isinstance(get_search_backend(), SQLiteSearchBackend)


def ranked_ids(text, models, limit=MAX_HITS):
    """Object ids of the given models matching any of the words, best first. Title matches
    weigh three times body matches, like the title's search boost."""
    words = [word.replace('"', "") for word in text.split() if word.replace('"', "")]
    if not words:
        return []
    match = "{title body} : (" + " OR ".join(f'"{word}"' for word in words) + ")"
    content_types = [content_type.pk for content_type in ContentType.objects.get_for_models(*models).values()]
    placeholders = ", ".join(["%s"] * len(content_types))
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT entry.object_id FROM wagtailsearch_indexentry_fts AS fts "
            "JOIN wagtailsearch_indexentry AS entry ON fts.rowid = entry.id "
            f"WHERE wagtailsearch_indexentry_fts MATCH %s AND entry.content_type_id IN ({placeholders}) "
            "ORDER BY bm25(wagtailsearch_indexentry_fts, 0.0, 1.0, 3.0) LIMIT %s",
            [match, *content_types, limit],
        )
        return [int(row[0]) for row in cursor.fetchall()]
