"""How much of the site is translated: per page and per term, which languages are missing
text, and which translations are older than the latest English change."""

from dataclasses import dataclass, field

from wagtail.models import Page

from core.languages import SITE_LANGUAGES, SOURCE_LANGUAGE
from translations.models import TranslationRecord
from translations.segments import object_ref, objects_to_translate, segments, text_hash, translatable_models

MISSING, OUTDATED, COMPLETE = "missing", "outdated", "complete"


def target_languages():
    return [language for language in SITE_LANGUAGES if language.code != SOURCE_LANGUAGE]


@dataclass
class LanguageStatus:
    total: int = 0
    missing: list = field(default_factory=list)  # segment labels
    outdated: list = field(default_factory=list)

    @property
    def state(self):
        if self.missing:
            return MISSING
        if self.outdated:
            return OUTDATED
        return COMPLETE


@dataclass
class ObjectCoverage:
    obj: object
    ref: str
    languages: dict  # code -> LanguageStatus

    @property
    def is_page(self):
        return isinstance(self.obj, Page)


def object_coverage(obj, languages, records):
    ref = object_ref(obj)
    statuses = {}
    for code in languages:
        status = LanguageStatus()
        for piece in segments(obj, code):
            status.total += 1
            label = f"{piece.field} {piece.path}".strip()
            if not piece.translation.strip():
                status.missing.append(label)
                continue
            record = records.get((ref, piece.field, piece.path, code))
            if record is not None and record.source_hash != text_hash(piece.source):
                status.outdated.append(label)
        statuses[code] = status
    return ObjectCoverage(obj, ref, statuses)


def coverage(language=None, state=None, models=None):
    """Coverage of every translatable object, optionally only one language and one state."""
    languages = [language] if language else [item.code for item in target_languages()]
    records = {
        (record.ref, record.field, record.path, record.language): record
        for record in TranslationRecord.objects.filter(language__in=languages)
    }
    rows = []
    for model in models or translatable_models():
        for obj in objects_to_translate(model):
            row = object_coverage(obj, languages, records)
            if not any(status.total for status in row.languages.values()):
                continue  # nothing to translate (no English text yet)
            if state and not any(status.state == state for status in row.languages.values()):
                continue
            rows.append(row)
    return rows


def summary(rows, languages):
    """Per language: how many objects are complete, outdated or missing text."""
    totals = {code: {MISSING: 0, OUTDATED: 0, COMPLETE: 0} for code in languages}
    for row in rows:
        for code, status in row.languages.items():
            totals[code][status.state] += 1
    return totals
