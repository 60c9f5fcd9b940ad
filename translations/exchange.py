"""Sending content to a translation agency and taking it back: PO files, one per language.

Each entry is one segment (see segments.py): the English as msgid, where it lives as msgctxt,
and the translation as msgstr (filled in with the site's current translation, if any). The
file also records a fingerprint of each current translation, so an import never silently
overwrites a translation someone has changed in the site since the export, and never applies
a translation of English that has since changed.
"""

from collections import defaultdict
from dataclasses import dataclass, field

import polib
from django.db import transaction
from django.utils import timezone
from modelcluster.fields import ParentalKey
from modeltranslation.utils import build_localized_fieldname
from wagtail.fields import StreamField
from wagtail.models import Page

from core.languages import LANGUAGES_BY_CODE, SOURCE_LANGUAGE
from core.revisions import latest_version
from translations.models import TranslationRecord
from translations.segments import (
    all_segments,
    find_object,
    segments,
    stream_texts,
    text_hash,
    translated_stream,
)

BASE_MARK = "base:"


def describe(obj):
    if isinstance(obj, Page):
        return f"{obj.specific_class._meta.verbose_name}: {obj.title}"
    return f"{obj._meta.verbose_name}: {obj}"


def export_catalogue(language, only_missing=False, objects=None):
    """A PO catalogue of every segment (or only untranslated ones) for one language; of the
    given objects only, if any."""
    catalogue = polib.POFile(wrapwidth=0)
    catalogue.metadata = {
        "Project-Id-Version": "Wolverhampton Family Information content",
        "Language": language,
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "POT-Creation-Date": timezone.now().strftime("%Y-%m-%d %H:%M%z"),
        "X-Source-Language": SOURCE_LANGUAGE,
    }
    chosen = (
        ((obj, list(segments(obj, language))) for obj in objects) if objects is not None else all_segments(language)
    )
    for obj, pieces in chosen:
        for piece in pieces:
            if only_missing and piece.translation:
                continue
            catalogue.append(
                polib.POEntry(
                    msgctxt=piece.context,
                    msgid=piece.source,
                    msgstr=piece.translation,
                    comment=f"{describe(obj)} ({piece.field})\n{BASE_MARK}{text_hash(piece.translation)}",
                )
            )
    return catalogue


@dataclass
class ImportReport:
    applied: list = field(default_factory=list)
    unchanged: int = 0
    untranslated: int = 0
    problems: list = field(default_factory=list)  # (context, message)
    outcomes: dict = field(default_factory=dict)  # ref -> PUBLISHED, IN_REVIEW or IN_DRAFT

    @property
    def ok(self):
        return not self.problems


def _base_hash(entry):
    for line in (entry.comment or "").splitlines():
        if line.startswith(BASE_MARK):
            return line[len(BASE_MARK) :].strip()
    return None


def import_catalogue(catalogue, language, dry_run=False, force=False, user=None):
    """Apply a translated catalogue. Returns an ImportReport; with dry_run nothing changes.
    A user who may not publish a page (a translator) sends its translation to Publisher review;
    without a user (commands, the demo) translations are published."""
    report = ImportReport()
    if language not in LANGUAGES_BY_CODE or language == SOURCE_LANGUAGE:
        report.problems.append(("", f"{language!r} is not one of the site's translated languages."))
        return report
    changes = defaultdict(dict)  # obj ref -> {(field, path): text}
    objects = {}
    for entry in catalogue:
        if entry.obsolete:
            continue
        context = entry.msgctxt or ""
        ref, _, rest = context.partition("|")
        field_name, _, path = rest.partition("|")
        obj = objects.get(ref) or find_object(ref)
        if obj is None:
            report.problems.append((context, "Not found in the site: it may have been deleted or moved."))
            continue
        objects[ref] = obj
        current = {(piece.field, piece.path): piece for piece in segments(obj, language)}
        piece = current.get((field_name, path))
        if piece is None:
            report.problems.append((context, "This text is no longer in the site."))
            continue
        if piece.source != entry.msgid:
            report.problems.append(
                (context, "The English has changed since the export: send it for translation again.")
            )
            continue
        if not entry.msgstr.strip() or "fuzzy" in entry.flags:
            report.untranslated += 1
            continue
        if entry.msgstr == piece.translation:
            report.unchanged += 1
            continue
        base = _base_hash(entry)
        if piece.translation and not force and base is not None and base != text_hash(piece.translation):
            report.problems.append(
                (context, "The translation was changed in the site after the export: not overwritten (use --force).")
            )
            continue
        changes[ref][(field_name, path)] = entry.msgstr
        report.applied.append(context)
    if dry_run or not changes:
        return report
    # A page and its rows (sessions, phone lines) change together, in one revision.
    by_owner = defaultdict(list)
    for ref in changes:
        obj = objects[ref]
        page = obj if isinstance(obj, Page) else page_of(obj)
        by_owner[("page", page.pk) if page else ("object", ref)].append((ref, page))
    with transaction.atomic():
        for owned in by_owner.values():
            page = owned[0][1]
            items = [(ref, objects[ref], changes[ref]) for ref, _page in owned]
            results, outcome = _apply(page, items, language, user)
            for ref, problems in results.items():
                if outcome:
                    report.outcomes[ref] = outcome
                for field_name, problem in problems:
                    report.problems.append((f"{ref}|{field_name}", problem))
                    skipped = f"{ref}|{field_name}|"
                    report.applied = [context for context in report.applied if not context.startswith(skipped)]
    return report


PUBLISHED, IN_REVIEW, IN_DRAFT = "published", "in review", "in draft"


def _apply(page, items, language, user=None):
    """Write the translations of one page and its rows, or of one other object (`page` None).
    A page, or a row of a page such as a session's note, changes through a page revision, so
    the next publish keeps it: published at once by commands and publishers, sent to
    Publisher review for anyone else, added to a draft that is waiting. `items` are
    (ref, object, {(field, path): text}). Returns ({ref: problems}, outcome)."""
    page_object = latest_version(page) if page is not None else None
    results, targets = {}, []
    for ref, obj, texts in items:
        if page_object is None:
            target = obj
        else:
            target = page_object if obj.pk == page.pk and isinstance(obj, Page) else child_in(page_object, obj)
        if target is None:
            results[ref] = [("", "This text is no longer in the site.")]
            continue
        results[ref] = _write(target, language, texts)
        targets.append(target)
    if not targets:
        return results, None
    if page_object is None:
        for target in targets:
            target.save()
        outcome = PUBLISHED
    else:
        outcome = _save_page(page, page_object, user)
    for target in targets:
        remember(target, language)
    return results, outcome


def _write(target, language, texts):
    """Set one object's translated fields in memory; returns problems (fields not saved)."""
    streams = defaultdict(dict)
    for (field_name, path), text in texts.items():
        if isinstance(type(target)._meta.get_field(field_name), StreamField):
            streams[field_name][path] = text
        else:
            setattr(target, build_localized_fieldname(field_name, language), text)
    skipped = []
    for field_name, new_texts in streams.items():
        merged = {**stream_texts(target, field_name, language), **new_texts}
        raw = translated_stream(target, field_name, merged)
        if raw is None:
            # A half-translated body would mix languages: English, with its notice, is clearer.
            skipped.append((field_name, "Every part must be translated before it is used: not saved yet."))
            continue
        setattr(target, build_localized_fieldname(field_name, language), raw)
    return skipped


def _save_page(page, page_object, user):
    draft_waiting = page.has_unpublished_changes
    revision = page_object.save_revision(user=user)
    state = page.current_workflow_state
    if state is not None and state.status == state.STATUS_IN_PROGRESS:
        # Under review already: the publisher approves the revision with the translation in it.
        task_state = state.current_task_state
        task_state.revision = revision
        task_state.save(update_fields=["revision"])
        return IN_REVIEW
    if draft_waiting:
        return IN_DRAFT  # someone's draft is waiting: the translation goes live with it
    if user is None or page.permissions_for_user(user).can_publish():
        revision.publish(user=user)
        return PUBLISHED
    workflow = page.get_workflow()
    if workflow is None:
        return IN_DRAFT
    workflow.start(page, user)
    return IN_REVIEW


def page_key(obj):
    """The parental key tying a row to its page (a service's session, a hub's opening hours), or None."""
    return next(
        (
            model_field
            for model_field in obj._meta.get_fields()
            if isinstance(model_field, ParentalKey) and issubclass(model_field.related_model, Page)
        ),
        None,
    )


def page_of(obj):
    key = page_key(obj)
    parent = getattr(obj, key.name) if key else None
    return parent.specific if parent else None


def child_in(page_object, obj):
    """obj as it stands in page_object (the live page or a draft), held in memory so that
    saving a revision of page_object includes the change."""
    relation = getattr(page_object, page_key(obj).remote_field.get_accessor_name())
    rows = list(relation.all())
    relation.set(rows)
    return next((row for row in rows if row.pk == obj.pk), None)


def remember(obj, language):
    """Record what each current translation of obj was made from (see TranslationRecord).
    Runs on every publish and snippet save, so it reads the object's records in one query."""
    pieces = [piece for piece in segments(obj, language) if piece.translation]
    if not pieces:
        return
    records = {
        (record.field, record.path): record
        for record in TranslationRecord.objects.filter(ref=pieces[0].ref, language=language)
    }
    new = []
    for piece in pieces:
        translation_hash = text_hash(piece.translation)
        record = records.get((piece.field, piece.path))
        if record is None:
            new.append(
                TranslationRecord(
                    ref=piece.ref,
                    field=piece.field,
                    path=piece.path,
                    language=language,
                    source_hash=text_hash(piece.source),
                    translation_hash=translation_hash,
                )
            )
        elif record.translation_hash != translation_hash:
            record.source_hash = text_hash(piece.source)
            record.translation_hash = translation_hash
            record.save(update_fields=["source_hash", "translation_hash", "updated_at"])
    TranslationRecord.objects.bulk_create(new, ignore_conflicts=True)
