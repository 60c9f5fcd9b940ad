"""Relevance-ranked ids straight from the database search index.

Wagtail's database backends score each candidate with its own full-text subquery, which takes
seconds (SQLite) or hundreds of milliseconds (PostgreSQL) once there are thousands of
services; one ranked query over the index is fast on both. Elasticsearch ranks through
Wagtail's own search.
"""

import hashlib
import math

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
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
    `preferred` words (what the parent typed, rather than synonyms) count double on
    PostgreSQL, where words are weighed here (SQLite's bm25 weighs them itself)."""
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
        weights = _word_weights(words, conditions[0], content_types)
        typed = query_words(preferred) or words
        return _postgres_ranked_ids(words, typed, weights, " AND ".join(conditions), params, limit)
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


def _postgres_ranked_ids(words, preferred, weights, conditions, params, limit):
    # PostgreSQL's ts_rank does not weigh rare words above common ones, so a service that
    # shares two everyday words ("child", "help") with the search outranks the one that has
    # its one telling word. Each word here counts by its inverse document frequency (as
    # SQLite's bm25 does), title matches three times body matches, what the parent typed
    # double; ts_rank over all words only breaks ties.
    # websearch_to_tsquery accepts anything typed. The 'simple' configuration, as the index
    # is built (settings: SEARCH_CONFIG): the plain forms come from the search plan.
    words = list(dict.fromkeys(words))[:MAX_WEIGHED_WORDS]
    typed = set(preferred)
    scores, score_params = [], []
    for word in words:
        weight = weights[word] * (2 if word in typed else 1)
        scores.append(
            "%s * (3 * (entry.title @@ websearch_to_tsquery('simple', %s))::int "
            "+ (entry.body @@ websearch_to_tsquery('simple', %s))::int)"
        )
        score_params += [weight, word, word]
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT entry.object_id FROM wagtailsearch_indexentry AS entry, "
            "websearch_to_tsquery('simple', %s) AS query "
            f"WHERE {conditions} AND (entry.title @@ query OR entry.body @@ query) "
            f"ORDER BY {' + '.join(scores)} + ts_rank(entry.title, query) + ts_rank(entry.body, query) DESC "
            "LIMIT %s",
            [" or ".join(words), *params, *score_params, limit],
        )
        return [int(row[0]) for row in cursor.fetchall()]


# Past this many words (a search plan with many synonyms), the rest only match.
MAX_WEIGHED_WORDS = 40
WEIGHTS_CACHE_SECONDS = 10 * 60


def _word_weights(words, conditions, params):
    """{word: its BM25 inverse document frequency among all objects of the searched types
    (filters aside)}, kept for ten minutes: a weight need not follow every edit."""
    words = list(dict.fromkeys(words))[:MAX_WEIGHED_WORDS]
    keys = {word: f"fulltext:idf:{_digest(conditions, params)}:{word}" for word in words}
    cached = cache.get_many(list(keys.values()))
    weights = {word: cached[key] for word, key in keys.items() if key in cached}
    missing = [word for word in words if word not in weights]
    if missing:
        counts = ", ".join(
            "count(*) FILTER (WHERE entry.title @@ websearch_to_tsquery('simple', %s) "
            "OR entry.body @@ websearch_to_tsquery('simple', %s))"
            for _word in missing
        )
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT count(*), {counts} FROM wagtailsearch_indexentry AS entry WHERE {conditions}",
                [word for word in missing for _twice in range(2)] + params,
            )
            total, *found = cursor.fetchone()
        for word, documents in zip(missing, found, strict=True):
            weights[word] = math.log(1 + (total - documents + 0.5) / (documents + 0.5))
        cache.set_many({keys[word]: weights[word] for word in missing}, WEIGHTS_CACHE_SECONDS)
    return weights


def _digest(conditions, params):
    return hashlib.sha1(repr((conditions, params)).encode(), usedforsecurity=False).hexdigest()[:16]
