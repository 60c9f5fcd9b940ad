"""The search backends every search test runs on: the database, and Elasticsearch.

Elasticsearch runs in one of two ways, through the backend exactly as the production settings
configure it (`familyinfo/settings/base.py` with `ELASTICSEARCH_URL` set):

- **recorded** (always): the Elasticsearch client is given `RecordingNode` as its node class
  (elastic-transport's `node_class`), which records every request (index creation, mappings,
  bulk indexing, searches) and answers it from `FakeCluster`, a small in-memory matcher over
  the documents bulk-indexed into it. Its analysers and scores are approximations (see
  `analyse` and `FakeCluster.score`): tests that depend on fine relevance should assert the
  query sent, which is exact, rather than trust the fake's ranking.
- **live** (when `ELASTICSEARCH_URL` is set): the same `RecordingNode` records each request and
  sends it on to the real cluster, into indices of their own that are deleted afterwards.
"""

import copy
import importlib.util
import json
import math
import os
import re
import unicodedata
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

import pytest
from django.core.management import call_command
from django.test import override_settings
from elastic_transport import ApiResponseMeta, HttpHeaders, Urllib3HttpNode
from elastic_transport._node._base import NodeApiResponse

ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
FAKE_URL = "http://search.invalid:9200"


def production_search_backend(url):
    """WAGTAILSEARCH_BACKENDS["default"] exactly as the production settings build it for `url`:
    the settings module is read again with ELASTICSEARCH_URL set, so the tests cannot drift
    from what production sends."""
    path = Path(__file__).resolve().parent.parent / "familyinfo" / "settings" / "base.py"
    spec = importlib.util.spec_from_file_location("familyinfo.settings._search_probe", path)
    module = importlib.util.module_from_spec(spec)
    saved = os.environ.get("ELASTICSEARCH_URL")
    os.environ["ELASTICSEARCH_URL"] = url
    try:
        spec.loader.exec_module(module)
    finally:
        if saved is None:
            del os.environ["ELASTICSEARCH_URL"]
        else:
            os.environ["ELASTICSEARCH_URL"] = saved
    return copy.deepcopy(module.WAGTAILSEARCH_BACKENDS["default"])


# Analysis ---------------------------------------------------------------------------------
# Small stand-ins for Elasticsearch's analysers, good enough to match words the way a family
# types them. Honest limits: English stems with Porter's step 1 only (plurals, -ed, -ing; the
# real `porter_stem` goes further), Romanian is not stemmed, Polish `stempel` is not modelled,
# and `indic_normalization` is Unicode NFC.

ENGLISH_STOP_WORDS = set(
    "a an and are as at be but by for if in into is it no not of on or such that the their then "
    "there these they this to was will with".split()
)
KNOWN_FILTERS = {
    "lowercase",
    "asciifolding",
    "decimal_digit",
    "indic_normalization",
    "arabic_normalization",
    "persian_normalization",
    "ngram",
    "edgengram",
}
BUILT_IN_ANALYZERS = {"standard", "simple", "whitespace", "keyword", "english", "romanian", "arabic", "polish"}


def tokens(text):
    """Runs of letters, marks and digits, with apostrophes inside words (the standard tokenizer)."""
    found, current = [], []
    text = str(text)
    for index, char in enumerate(text):
        category = unicodedata.category(char)
        inside = char in "'’" and current and index + 1 < len(text) and text[index + 1].isalpha()
        if category[0] in "LMN" or inside:
            current.append(char)
        elif current:
            found.append("".join(current))
            current = []
    if current:
        found.append("".join(current))
    return found


def ascii_fold(word):
    folded = []
    for char in word:
        base = unicodedata.normalize("NFKD", char)
        stripped = "".join(c for c in base if not unicodedata.combining(c))
        folded.append(stripped if stripped.isascii() and stripped else {"ł": "l", "Ł": "L"}.get(char, char))
    return "".join(folded)


def decimal_digits(word):
    return "".join(str(unicodedata.decimal(char)) if char.isdecimal() else char for char in word)


ARABIC_MARKS = re.compile("[\u064b-\u0652\u0640]")


def arabic_normalise(word):
    word = ARABIC_MARKS.sub("", word)
    return word.translate(str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه", "ى": "ي"}))


def persian_normalise(word):
    return word.replace("\u0654", "").translate(str.maketrans({"ی": "ي", "ک": "ك", "ۀ": "ه", "ہ": "ه", "ە": "ه"}))


def arabic_light_stem(word):
    for prefix in ["وال", "بال", "كال", "فال", "لل", "ال"]:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            word = word[len(prefix) :]
            break
    else:
        if word.startswith("و") and len(word) > 3:
            word = word[1:]
    for suffix in ["ها", "ان", "ات", "ون", "ين", "يه", "ية", "ه", "ة", "ي"]:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            word = word[: -len(suffix)]
    return word


def _consonant(word, index):
    if word[index] in "aeiou":
        return False
    if word[index] == "y":
        return index == 0 or not _consonant(word, index - 1)
    return True


def _measure(stem):
    forms = "".join("c" if _consonant(stem, index) else "v" for index in range(len(stem)))
    return len(re.findall("vc+", re.sub("c+", "c", re.sub("v+", "v", forms))))


def _has_vowel(stem):
    return any(not _consonant(stem, index) for index in range(len(stem)))


def _cvc(stem):
    return (
        len(stem) >= 3
        and _consonant(stem, len(stem) - 3)
        and not _consonant(stem, len(stem) - 2)
        and _consonant(stem, len(stem) - 1)
        and stem[-1] not in "wxy"
    )


def porter_step_1(word):
    """Porter's step 1: plurals and -ed/-ing ("parents", "parenting" -> "parent")."""
    if not word.isascii() or len(word) <= 2:
        return word
    if word.endswith("sses") or word.endswith("ies"):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    if word.endswith("eed"):
        if _measure(word[:-3]) > 0:
            word = word[:-1]
    else:
        for suffix in ("ed", "ing"):
            if word.endswith(suffix) and _has_vowel(word[: -len(suffix)]):
                word = word[: -len(suffix)]
                if word.endswith(("at", "bl", "iz")):
                    word += "e"
                elif (
                    len(word) > 1 and word[-1] == word[-2] and _consonant(word, len(word) - 1) and word[-1] not in "lsz"
                ):
                    word = word[:-1]
                elif _measure(word) == 1 and _cvc(word):
                    word += "e"
                break
    if word.endswith("y") and _has_vowel(word[:-1]):
        word = word[:-1] + "i"
    return word


FILTERS = {
    "lowercase": str.lower,
    "asciifolding": ascii_fold,
    "decimal_digit": decimal_digits,
    "indic_normalization": lambda word: unicodedata.normalize("NFC", word),
    "arabic_normalization": arabic_normalise,
    "persian_normalization": persian_normalise,
    "english_possessive": lambda word: re.sub("['’]s$", "", word),
    "porter_step_1": porter_step_1,
    "arabic_light_stem": arabic_light_stem,
}
BUILT_IN_CHAINS = {
    "standard": ["lowercase"],
    "whitespace": [],
    "english": ["english_possessive", "lowercase", "english_stop", "porter_step_1"],
    "romanian": ["lowercase"],
    "polish": ["lowercase"],
    "arabic": ["lowercase", "decimal_digit", "arabic_normalization", "arabic_light_stem"],
}


def analyse(text, analyzer, analyzers):
    """The terms Elasticsearch would index for `text` with the named analyser (approximately)."""
    if text is None:
        return []
    if analyzer == "keyword":
        return [str(text)]
    definition = analyzers.get(analyzer, {"type": analyzer})
    chain = definition.get("filter", []) if definition.get("type") == "custom" else BUILT_IN_CHAINS[definition["type"]]
    terms = []
    for word in tokens(text):
        for name in chain:
            if name == "english_stop":
                word = "" if word in ENGLISH_STOP_WORDS else word
            elif name in FILTERS:
                word = FILTERS[name](word)
            if not word:
                break
        if word:
            terms.append(word)
    return terms


# The fake cluster ---------------------------------------------------------------------------


class ClusterError(Exception):
    def __init__(self, status, kind, reason):
        super().__init__(reason)
        self.status, self.kind, self.reason = status, kind, reason


def deep_merge(into, other):
    for key, value in other.items():
        if isinstance(value, dict) and isinstance(into.get(key), dict):
            deep_merge(into[key], value)
        else:
            into[key] = copy.deepcopy(value)
    return into


def flat_settings(settings):
    """Elasticsearch reads `analysis` and `index.analysis` as the same thing."""
    merged = {}
    deep_merge(merged, settings.get("analysis", {}))
    deep_merge(merged, settings.get("index", {}).get("analysis", {}))
    return merged


@dataclass
class FakeIndex:
    settings: dict
    properties: dict = field(default_factory=dict)
    documents: dict = field(default_factory=dict)
    cache: dict = field(default_factory=dict)

    def changed(self):
        self.cache.clear()

    def terms(self, path, analyzer):
        """Each document's analysed terms at `path`, by document id."""
        key = ("terms", path, analyzer)
        if key not in self.cache:
            self.cache[key] = {
                doc_id: [
                    term for value in self.values(document, path) for term in analyse(value, analyzer, self.analyzers)
                ]
                for doc_id, document in self.documents.items()
            }
        return self.cache[key]

    def stats(self, path, analyzer):
        key = ("stats", path, analyzer)
        if key not in self.cache:
            held = [terms for terms in self.terms(path, analyzer).values() if terms]
            containing = {}
            for terms in held:
                for term in set(terms):
                    containing[term] = containing.get(term, 0) + 1
            self.cache[key] = {
                "documents": len(held),
                "average_length": sum(map(len, held)) / len(held) if held else 1,
                "containing": containing,
            }
        return self.cache[key]

    @property
    def analyzers(self):
        return flat_settings(self.settings).get("analyzer", {})

    def fields(self, properties=None, prefix=""):
        """(path, mapping) of every field, nested ones included."""
        for name, mapping in (properties if properties is not None else self.properties).items():
            yield prefix + name, mapping
            if "properties" in mapping:
                yield from self.fields(mapping["properties"], prefix + name + ".")

    def field_mapping(self, path):
        return dict(self.fields()).get(path)

    def values(self, document, path):
        """Every value a document holds at `path`, including what other fields copy there."""
        found = list(_values_at(document, path.split(".")))
        for source, mapping in self.fields():
            targets = mapping.get("copy_to", [])
            if path in ([targets] if isinstance(targets, str) else targets):
                found += _values_at(document, source.split("."))
        return found

    def analyser_of(self, path):
        mapping = self.field_mapping(path) or {}
        if mapping.get("type") == "keyword":
            return "keyword"
        return mapping.get("search_analyzer") or mapping.get("analyzer") or "standard"


def _values_at(value, parts):
    if isinstance(value, list):
        for item in value:
            yield from _values_at(item, parts)
        return
    if not parts:
        if value is not None:
            yield value
        return
    if isinstance(value, dict) and parts[0] in value:
        yield from _values_at(value[parts[0]], parts[1:])


class FakeCluster:
    """An Elasticsearch 9 cluster in memory, for the requests Wagtail's backend makes."""

    def __init__(self):
        self.indices = {}
        self.aliases = {}
        self.scrolls = {}

    def copy(self):
        return copy.deepcopy(self)

    def resolve(self, name):
        name = self.aliases.get(name, name)
        if name not in self.indices:
            raise ClusterError(404, "index_not_found_exception", f"no such index [{name}]")
        return self.indices[name]

    def handle(self, method, path, params, body):
        parts = [unquote(part) for part in path.strip("/").split("/")]
        if parts == ["_bulk"] or parts[-1:] == ["_bulk"]:
            return 200, self.bulk(parts[0] if len(parts) == 2 else None, body)
        if parts[:2] == ["_search", "scroll"]:
            if method == "DELETE":
                return 200, {"succeeded": True, "num_freed": 1}
            return 200, self.scroll(body["scroll_id"])
        if parts[0] == "_alias":
            names = [index for index, alias in self._alias_pairs() if alias == parts[1]]
            if method == "HEAD":
                return (200 if names else 404), None
            if not names:
                raise ClusterError(404, "aliases_not_found_exception", f"alias [{parts[1]}] missing")
            return 200, {name: {"aliases": {parts[1]: {}}} for name in names}
        if len(parts) == 1:
            return self.index_level(method, parts[0], body)
        index_name = parts[0]
        action = parts[1]
        if action == "_mapping":
            return 200, self.put_mapping(index_name, body)
        if action == "_alias":
            self.resolve(index_name)
            self.aliases[parts[2]] = index_name
            return 200, {"acknowledged": True}
        if action == "_refresh":
            self.resolve(index_name)
            return 200, {"_shards": {"total": 1, "successful": 1, "failed": 0}}
        if action == "_doc":
            return self.document(method, index_name, parts[2], body)
        if action == "_search":
            return 200, self.search(index_name, params, body or {})
        if action == "_count":
            index = self.resolve(index_name)
            return 200, {"count": len(self.matches(index, (body or {}).get("query", {"match_all": {}})))}
        raise ClusterError(400, "illegal_argument_exception", f"the fake cluster does not know {method} {path}")

    def _alias_pairs(self):
        return [(index, alias) for alias, index in self.aliases.items()]

    def index_level(self, method, name, body):
        if method == "HEAD":
            return (200 if name in self.indices or name in self.aliases else 404), None
        if method == "DELETE":
            if name in self.aliases:
                raise ClusterError(400, "illegal_argument_exception", f"[{name}] is an alias, not an index")
            self.resolve(name)
            del self.indices[name]
            self.aliases = {alias: index for alias, index in self.aliases.items() if index != name}
            return 200, {"acknowledged": True}
        if method == "PUT":
            if name in self.indices or name in self.aliases:
                raise ClusterError(400, "resource_already_exists_exception", f"index [{name}] already exists")
            settings = (body or {}).get("settings", {})
            analysis = flat_settings(settings)
            for analyzer_name, analyzer in analysis.get("analyzer", {}).items():
                if analyzer.get("type") == "custom":
                    unknown = set(analyzer.get("filter", [])) - KNOWN_FILTERS - set(analysis.get("filter", {}))
                    if unknown:
                        raise ClusterError(
                            400, "illegal_argument_exception", f"{analyzer_name}: unknown filter {sorted(unknown)}"
                        )
                elif analyzer.get("type") not in BUILT_IN_ANALYZERS:
                    raise ClusterError(400, "illegal_argument_exception", f"unknown analyzer type {analyzer}")
            self.indices[name] = FakeIndex(
                settings=settings, properties=(body or {}).get("mappings", {}).get("properties", {})
            )
            return 200, {"acknowledged": True, "shards_acknowledged": True, "index": name}
        raise ClusterError(405, "method_not_allowed", method)

    def put_mapping(self, name, body):
        index = self.resolve(name)
        known = set(index.analyzers) | BUILT_IN_ANALYZERS | {"edgengram_analyzer", "ngram_analyzer"}
        for _path, mapping in index.fields(body["properties"]):
            for key in ("analyzer", "search_analyzer"):
                if key in mapping and mapping[key] not in known:
                    raise ClusterError(
                        400,
                        "mapper_parsing_exception",
                        f"analyzer [{mapping[key]}] has not been configured in mappings",
                    )
        held = dict(index.fields())
        for path, mapping in index.fields(body["properties"]):
            for key in ("type", "analyzer", "search_analyzer"):
                if path in held and held[path].get(key) != mapping.get(key):
                    raise ClusterError(
                        400,
                        "illegal_argument_exception",
                        f"Mapper for [{path}] conflicts with existing mapper: [{key}]",
                    )
        deep_merge(index.properties, body["properties"])
        index.changed()
        return {"acknowledged": True}

    def document(self, method, name, doc_id, body):
        index = self.resolve(name)
        index.changed()
        if method == "DELETE":
            if index.documents.pop(doc_id, None) is None:
                return 404, {"_id": doc_id, "result": "not_found"}
            return 200, {"_id": doc_id, "result": "deleted"}
        created = doc_id not in index.documents
        index.documents[doc_id] = body
        return (201 if created else 200), {"_id": doc_id, "result": "created" if created else "updated"}

    def bulk(self, default_index, lines):
        items = []
        for action, source in zip(lines[::2], lines[1::2], strict=True):
            ((kind, meta),) = action.items()
            name = meta.get("_index", default_index)
            index = self.resolve(name)
            index.documents[str(meta["_id"])] = source
            index.changed()
            items.append({kind: {"_index": name, "_id": str(meta["_id"]), "status": 201, "result": "created"}})
        return {"took": 1, "errors": False, "items": items}

    # Searching

    def search(self, name, params, body):
        index = self.resolve(name)
        if body.get("sort"):
            raise ClusterError(400, "illegal_argument_exception", "the fake cluster ranks by relevance only")
        hits = self.ranked(index, body.get("query", {"match_all": {}}))
        size = int(params.get("size", body.get("size", 10)))
        start = int(params.get("from", body.get("from", 0)))
        response = {
            "took": 1,
            "timed_out": False,
            "_shards": {"total": 1, "successful": 1, "skipped": 0, "failed": 0},
            "hits": {"total": {"value": len(hits), "relation": "eq"}, "max_score": hits[0][1] if hits else None},
        }
        if "scroll" in params:
            scroll_id = uuid.uuid4().hex
            self.scrolls[scroll_id] = (self.aliases.get(name, name), hits, size, size)
            response["_scroll_id"] = scroll_id
            start = 0
        response["hits"]["hits"] = [self.hit(name, doc_id, score) for doc_id, score in hits[start : start + size]]
        return response

    def scroll(self, scroll_id):
        name, hits, size, position = self.scrolls[scroll_id]
        self.scrolls[scroll_id] = (name, hits, size, position + size)
        return {
            "_scroll_id": scroll_id,
            "took": 1,
            "timed_out": False,
            "hits": {
                "total": {"value": len(hits), "relation": "eq"},
                "hits": [self.hit(name, doc_id, score) for doc_id, score in hits[position : position + size]],
            },
        }

    def hit(self, name, doc_id, score):
        document = self.resolve(name).documents[doc_id]
        return {"_index": name, "_id": doc_id, "_score": score, "fields": {"pk": [document["pk"]]}}

    def ranked(self, index, query):
        scored = [(doc_id, self.score(index, doc_id, query)) for doc_id in index.documents]
        # Equal scores in id order (Lucene breaks ties by index order, much the same here).
        return sorted(
            [(doc_id, round(score, 6)) for doc_id, score in scored if score is not None],
            key=lambda hit: (-hit[1], int(hit[0]) if hit[0].isdigit() else hit[0]),
        )

    def matches(self, index, query):
        return [doc_id for doc_id in index.documents if self.score(index, doc_id, query) is not None]

    def score(self, index, doc_id, query):
        """The document's score for the query, or None when it does not match. Text scores are
        BM25 over this index's documents (k1=1.2, b=0.75), each field boosted as asked;
        multi_match takes the best field, bool adds must and should."""
        ((kind, spec),) = query.items()
        if kind == "match_all":
            return spec.get("boost", 1.0)
        if kind == "bool":
            return self._bool(index, doc_id, spec)
        if kind == "dis_max":
            scores = [self.score(index, doc_id, sub) for sub in spec["queries"]]
            scores = [score for score in scores if score is not None]
            return max(scores) if scores else None
        if kind == "multi_match":
            if spec.get("type", "best_fields") != "best_fields":
                raise ClusterError(400, "parsing_exception", f"the fake cluster does not model {spec['type']}")
            scores = []
            for field_name in spec["fields"]:
                path, _, boost = field_name.partition("^")
                scores.append(
                    self._text(index, doc_id, path, spec["query"], spec.get("operator", "or"), float(boost or 1))
                )
            scores = [score for score in scores if score is not None]
            return max(scores) * spec.get("boost", 1.0) if scores else None
        if kind == "match":
            ((path, value),) = spec.items()
            value = value if isinstance(value, dict) else {"query": value}
            mapping = index.field_mapping(path) or {}
            if mapping.get("type") == "keyword":
                return 1.0 if value["query"] in index.values(index.documents[doc_id], path) else None
            return self._text(index, doc_id, path, value["query"], value.get("operator", "or"), value.get("boost", 1.0))
        if kind == "term":
            ((path, value),) = spec.items()
            value = value["value"] if isinstance(value, dict) else value
            return 1.0 if value in index.values(index.documents[doc_id], path) else None
        if kind == "terms":
            ((path, values),) = spec.items()
            return 1.0 if set(map(str, values)) & set(map(str, index.values(index.documents[doc_id], path))) else None
        if kind == "prefix":
            ((path, value),) = spec.items()
            return (
                1.0
                if any(str(held).startswith(value) for held in index.values(index.documents[doc_id], path))
                else None
            )
        if kind == "exists":
            return 1.0 if index.values(index.documents[doc_id], spec["field"]) else None
        if kind == "range":
            ((path, bounds),) = spec.items()
            checks = {"gt": float.__gt__, "gte": float.__ge__, "lt": float.__lt__, "lte": float.__le__}
            held = [value for value in index.values(index.documents[doc_id], path) if isinstance(value, (int, float))]
            return 1.0 if any(all(checks[op](float(v), float(b)) for op, b in bounds.items()) for v in held) else None
        if kind == "nested":
            return self.score(index, doc_id, spec["query"])
        raise ClusterError(400, "parsing_exception", f"the fake cluster does not model [{kind}] queries")

    def _bool(self, index, doc_id, spec):
        def clauses(name):
            value = spec.get(name, [])
            return value if isinstance(value, list) else [value]

        total = 0.0
        for clause in clauses("must"):
            score = self.score(index, doc_id, clause)
            if score is None:
                return None
            total += score
        for clause in clauses("filter"):
            if self.score(index, doc_id, clause) is None:
                return None
        for clause in clauses("must_not"):
            if self.score(index, doc_id, clause) is not None:
                return None
        should = [self.score(index, doc_id, clause) for clause in clauses("should")]
        matched = [score for score in should if score is not None]
        # Should clauses are optional beside must or filter clauses, and needed on their own.
        alone = clauses("should") and not clauses("must") and not clauses("filter")
        required = spec.get("minimum_should_match", 1 if alone else 0)
        if len(matched) < int(required):
            return None
        return (total + sum(matched)) * spec.get("boost", 1.0)

    def _text(self, index, doc_id, path, text, operator, boost):
        analyzer = index.analyser_of(path)
        wanted = list(dict.fromkeys(analyse(text, analyzer, index.analyzers)))
        held = index.terms(path, analyzer)[doc_id]
        present = [term for term in wanted if term in held]
        if not present or (operator == "and" and len(present) < len(wanted)):
            return None
        stats = index.stats(path, analyzer)
        length = len(held)
        score = 0.0
        for term in present:
            frequency = held.count(term)
            containing = stats["containing"].get(term, 0)
            idf = math.log(1 + (stats["documents"] - containing + 0.5) / (containing + 0.5))
            norm = frequency + 1.2 * (1 - 0.75 + 0.75 * length / stats["average_length"])
            score += idf * frequency / norm
        return score * boost


# Recording ----------------------------------------------------------------------------------


@dataclass
class Request:
    method: str
    path: str
    params: dict
    body: object


class Recorder:
    """Every request the Elasticsearch client sent, in order."""

    def __init__(self, cluster=None):
        self.cluster = cluster
        self.requests = []

    def node_class(self):
        return type("RecordingNode", (RecordingNode,), {"recorder": self})

    def searches(self):
        return [request for request in self.requests if request.path.endswith("/_search")]

    def queries(self):
        return [request.body["query"] for request in self.searches()]

    def bulk_documents(self):
        documents = []
        for request in self.requests:
            if request.path.endswith("/_bulk"):
                documents += request.body[1::2]
        return documents

    def created_indices(self):
        return [request for request in self.requests if request.method == "PUT" and request.path.count("/") == 1]

    def mappings(self):
        return [request.body for request in self.requests if request.path.endswith("/_mapping")]


def parse_body(body):
    if not body:
        return None
    text = body.decode("utf-8")
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return [json.loads(line) for line in text.splitlines() if line.strip()]


class RecordingNode(Urllib3HttpNode):
    """An Elasticsearch node that records each request; answered by the recorder's fake cluster
    or, when there is none, by the real cluster it was configured for."""

    recorder = None

    def perform_request(self, method, target, body=None, headers=None, **kwargs):
        parts = urlsplit(target)
        self.recorder.requests.append(Request(method, parts.path, dict(parse_qsl(parts.query)), parse_body(body)))
        cluster = self.recorder.cluster
        if cluster is None:
            return super().perform_request(method, target, body=body, headers=headers, **kwargs)
        try:
            status, answer = cluster.handle(method, parts.path, dict(parse_qsl(parts.query)), parse_body(body))
        except ClusterError as error:
            status, answer = (
                error.status,
                {"error": {"type": error.kind, "reason": error.reason}, "status": error.status},
            )
        response_headers = HttpHeaders({"x-elastic-product": "Elasticsearch"})
        if answer is not None:
            response_headers["content-type"] = "application/json"
        meta = ApiResponseMeta(
            status=status, http_version="1.1", headers=response_headers, duration=0.0, node=self.config
        )
        return NodeApiResponse(meta, json.dumps(answer).encode() if answer is not None and method != "HEAD" else b"")


# Fixtures -----------------------------------------------------------------------------------

BACKENDS = ["database", "elasticsearch"] + (["live-elasticsearch"] if ELASTICSEARCH_URL else [])
FAKE_PREFIX = "test_familyinfo_"
# Indices of this run's own on the live cluster, deleted at the end of the run.
LIVE_PREFIX = f"test_familyinfo_{uuid.uuid4().hex[:8]}_"


def build_index():
    """The indexing step every search test depends on: Wagtail's `update_index` into the
    backend the settings name, as `load_demo` and a deployment run it. A search test finds
    only what this put in the index (tests/directory/test_search_index.py)."""
    call_command("update_index", verbosity=0)


@dataclass
class SearchBackend:
    """Which backend a test searches with; for Elasticsearch, the recorder of what it sent."""

    name: str
    recorder: Recorder = None

    @property
    def ranks_faithfully(self):
        """False on the recorded transport: what it matches is honest, but its scores are not
        Elasticsearch's, so a test of fine ranking checks the query sent instead."""
        return self.name != "elasticsearch"

    def searched_for(self):
        """The words of the last search sent to Elasticsearch."""
        return self.recorder.queries()[-1]["bool"]["must"]["multi_match"]["query"]


def elasticsearch_config(recorder, url, prefix):
    config = production_search_backend(url)
    config["INDEX_PREFIX"] = prefix
    config["OPTIONS"] = {**config.get("OPTIONS", {}), "node_class": recorder.node_class()}
    return config


# The Elasticsearch indices `build_index` made in this run, by way: (recorder, url, prefix).
BUILT_CLUSTERS = {}


@pytest.fixture(scope="session")
def indexed_clusters(django_db_setup, django_db_blocker):
    """The demo site indexed by `build_index` once per run for each Elasticsearch way: the
    fake cluster's state (copied for every test), or the live cluster's indices."""

    def index(name):
        if name not in BUILT_CLUSTERS:
            if name == "elasticsearch":
                recorder, url, prefix = Recorder(FakeCluster()), FAKE_URL, FAKE_PREFIX
            else:
                recorder, url, prefix = Recorder(), ELASTICSEARCH_URL, LIVE_PREFIX
            with override_settings(WAGTAILSEARCH_BACKENDS={"default": elasticsearch_config(recorder, url, prefix)}):
                with django_db_blocker.unblock():
                    build_index()
            BUILT_CLUSTERS[name] = (recorder, url, prefix)
        return BUILT_CLUSTERS[name]

    yield index
    if ELASTICSEARCH_URL:
        from wagtail.search.backends import get_search_backend

        config = elasticsearch_config(Recorder(), ELASTICSEARCH_URL, LIVE_PREFIX)
        with override_settings(WAGTAILSEARCH_BACKENDS={"default": config}):
            es = get_search_backend().es
            # Wildcard deletes are refused by default (action.destructive_requires_name).
            for name in es.indices.get(index=f"{LIVE_PREFIX}*", allow_no_indices=True):
                es.indices.delete(index=name)


@pytest.fixture(params=BACKENDS)
def search_backend(request, settings):
    """Each search test runs on the database backend and on Elasticsearch (recorded, and live
    when ELASTICSEARCH_URL is set). This only chooses the backend: `indexed_demo_site`
    (tests/conftest.py) puts the demo site in its index."""
    if request.param == "database":
        yield SearchBackend("database")
        return
    if request.param == "elasticsearch":
        # Empty until `indexed_demo_site` copies the indexed cluster in.
        recorder, url, prefix = Recorder(FakeCluster()), FAKE_URL, FAKE_PREFIX
    else:
        recorder, url, prefix = Recorder(), ELASTICSEARCH_URL, LIVE_PREFIX
    settings.WAGTAILSEARCH_BACKENDS = {"default": elasticsearch_config(recorder, url, prefix)}
    yield SearchBackend(request.param, recorder)


def index_demo_site(search_backend, indexed_clusters):
    """Put the demo site in the index `search_backend` searches, with `build_index`.

    The database index is emptied first (load_demo left one at the start of the run) and built
    again inside the test's transaction; Elasticsearch gets the indices `build_index` made
    once this run (a copy of the fake cluster, so no test sees another's changes)."""
    if search_backend.name == "database":
        from wagtail.search.backends import get_search_backend

        get_search_backend().reset_indexes()
        build_index()
        return
    indexing, _url, _prefix = indexed_clusters(search_backend.name)
    if indexing.cluster is not None:
        search_backend.recorder.cluster = indexing.cluster.copy()
    search_backend.recorder.indexing = indexing
