"""Every translatable piece of content, as segments a translator can work on.

A segment is one piece of English text and where it lives: an object (a page by its path, a
term by its slug, anything else by its number), a field, and for StreamFields the position
of the block inside it. The same addresses are used to export, import and report coverage,
so they must stay stable: pages and terms keep theirs across databases, which is what lets
the demo's translations be loaded into a fresh site.
"""

import copy
import hashlib
from dataclasses import dataclass

from django.apps import apps
from modelcluster.fields import ParentalKey
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.models import Page

from core.languages import SOURCE_LANGUAGE

NATURAL_KEYS = ("slug", "code", "number")
# Struct block children that hold contact details, not words.
NOT_WORDS = {"phone", "email", "website", "search_terms"}


def text_hash(text):
    return hashlib.sha1((text or "").encode("utf-8")).hexdigest()[:12]


@dataclass(frozen=True)
class Segment:
    ref: str  # the object, e.g. "page:/home/services/family-mediation/" or "directory.need:slug=money"
    field: str
    path: str  # inside a StreamField, e.g. "2.sections.0.heading"; "" for a whole field
    source: str  # the English text now
    translation: str  # the text in the target language now ("" when missing)

    @property
    def context(self):
        return "|".join(part for part in (self.ref, self.field, self.path) if part)


def translatable_models():
    """Concrete models with translated fields, most specific first (pages by their own type)."""
    models = [model for model in translator.get_registered_models(abstract=False) if model is not Page]
    return models


def object_ref(obj):
    if isinstance(obj, Page):
        return f"page:{obj.url_path}"
    label = obj._meta.label_lower
    key = parental_key(obj)
    if key is not None:
        # A row of a page or snippet (a session, a phone line): its place among its parent's
        # rows, since its number changes whenever the page is copied or loaded again.
        parent = getattr(obj, key.name)
        position = list(_siblings(type(obj), key, parent).values_list("pk", flat=True)).index(obj.pk)
        return f"{label}:{key.name}@{object_ref(parent)}#{position}"
    names = {field.name for field in obj._meta.concrete_fields}
    for name in NATURAL_KEYS:
        if name in names and getattr(obj, name) not in (None, ""):
            return f"{label}:{name}={getattr(obj, name)}"
    return f"{label}:pk={obj.pk}"


def parental_key(obj):
    return next((field for field in obj._meta.concrete_fields if isinstance(field, ParentalKey)), None)


def _siblings(model, key, parent):
    order = ("sort_order", "pk") if any(field.name == "sort_order" for field in model._meta.fields) else ("pk",)
    return model._default_manager.filter(**{key.name: parent}).order_by(*order)


def find_object(ref):
    """The object a reference names, or None."""
    kind, _, key = ref.partition(":")
    if kind == "page":
        page = Page.objects.filter(url_path=key).first()
        return page.specific if page else None
    try:
        model = apps.get_model(kind)
    except (LookupError, ValueError):
        return None
    if model not in translatable_models():
        return None  # a reference names translatable content, never users or referrals
    if "@" in key:
        return _find_row(model, key)
    name, _, value = key.partition("=")
    if name not in NATURAL_KEYS + ("pk",):
        return None
    try:
        return model._default_manager.filter(**{name: value}).first()
    except (ValueError, TypeError):
        return None


def _find_row(model, key):
    """A page's or snippet's row from "<parental key>@<parent's ref>#<position>"."""
    name, _, rest = key.partition("@")
    parent_ref, _, position = rest.rpartition("#")
    field = next((field for field in model._meta.concrete_fields if field.name == name), None)
    parent = find_object(parent_ref) if isinstance(field, ParentalKey) else None
    if parent is None or not position.isdigit():
        return None
    index = int(position)
    return next(iter(_siblings(model, field, parent)[index : index + 1]), None)


def translated_fields(model):
    return sorted(translator.get_options_for_model(model).get_field_names())


def objects_to_translate(model):
    if issubclass(model, Page):
        return model.objects.filter(depth__gt=1).exact_type(model).order_by("path")
    return model._default_manager.order_by("pk")


def _stream_texts(block, value, path):
    """(path, text) for every piece of words in a StreamField's stored (raw) data."""
    if isinstance(block, blocks.StreamBlock):
        for index, child in enumerate(value or []):
            child_block = block.child_blocks.get(child.get("type"))
            if child_block is not None:
                yield from _stream_texts(child_block, child.get("value"), f"{path}{index}.")
    elif isinstance(block, blocks.ListBlock):
        for index, item in enumerate(value or []):
            item_value = item.get("value") if isinstance(item, dict) and "value" in item else item
            yield from _stream_texts(block.child_block, item_value, f"{path}{index}.")
    elif isinstance(block, blocks.StructBlock):
        for name, child_block in block.child_blocks.items():
            if name not in NOT_WORDS and isinstance(value, dict):
                yield from _stream_texts(child_block, value.get(name), f"{path}{name}.")
    elif isinstance(block, blocks.CharBlock | blocks.TextBlock | blocks.RichTextBlock):
        if isinstance(value, str) and value.strip():
            yield path.rstrip("."), value


def stream_texts(obj, field_name, language):
    field = obj._meta.get_field(field_name)
    value = getattr(obj, build_localized_fieldname(field_name, language))
    raw = list(value.raw_data) if value else []
    return dict(_stream_texts(field.stream_block, raw, ""))


def segments(obj, language):
    """The English text of one object, piece by piece, with its current translation."""
    ref = object_ref(obj)
    for name in translated_fields(type(obj)):
        if isinstance(obj._meta.get_field(name), StreamField):
            source = stream_texts(obj, name, SOURCE_LANGUAGE)
            translated = stream_texts(obj, name, language)
            for path, text in source.items():
                yield Segment(ref, name, path, text, translated.get(path, ""))
        else:
            source = getattr(obj, build_localized_fieldname(name, SOURCE_LANGUAGE)) or ""
            if isinstance(source, str) and source.strip():
                translation = getattr(obj, build_localized_fieldname(name, language)) or ""
                yield Segment(ref, name, "", source, translation)


def all_segments(language, models=None):
    for model in models or translatable_models():
        for obj in objects_to_translate(model):
            yield obj, list(segments(obj, language))


def _set_in_stream(raw, path, text):
    """Put text at a position in a StreamField's raw data (a copy of the English one)."""
    parts = path.split(".")
    node = raw
    for index, part in enumerate(parts):
        last = index == len(parts) - 1
        if isinstance(node, list):
            item = node[int(part)]
            if isinstance(item, dict) and "value" in item and ("type" in item or "id" in item):
                if last:
                    item["value"] = text
                    return
                node = item["value"]
            else:
                if last:
                    node[int(part)] = text
                    return
                node = item
        else:
            if last:
                node[part] = text
                return
            node = node[part]


def translated_stream(obj, field_name, texts):
    """The English StreamField of obj with every piece of words replaced by its translation;
    None unless every piece has one (a half-translated page would mix languages)."""
    source = stream_texts(obj, field_name, SOURCE_LANGUAGE)
    if not source or set(source) - set(texts):
        return None
    english = getattr(obj, build_localized_fieldname(field_name, SOURCE_LANGUAGE))
    raw = copy.deepcopy(list(english.raw_data))
    for path in source:
        _set_in_stream(raw, path, texts[path])
    return raw
