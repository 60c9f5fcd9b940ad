"""The three versions of the feedback form every installation starts with
(feedback/questions.json), in every site language: questions about what a session or service did
for the family ("capture the impact of interventions") in words parents and children use. A
version is made only when it is missing: once it exists, its questions are the FIS team's."""

import json
from pathlib import Path

from django.utils import translation
from modeltranslation.utils import build_localized_fieldname

from core.languages import SOURCE_LANGUAGE

QUESTIONS = Path(__file__).resolve().parent / "questions.json"


def versions():
    return json.loads(QUESTIONS.read_text(encoding="utf-8"))


def translated(name, texts):
    """Model fields for one translated text: the plain field (English) and each language's."""
    fields = {name: texts[SOURCE_LANGUAGE]}
    fields.update({build_localized_fieldname(name, language): text for language, text in texts.items()})
    return fields


def ensure_feedback_versions(FeedbackVersion, FeedbackQuestion):  # noqa: N803 - model classes
    with translation.override(SOURCE_LANGUAGE):
        for entry in versions():
            if not FeedbackVersion.objects.filter(slug=entry["slug"]).exists():
                make_version(FeedbackVersion, FeedbackQuestion, entry)


def make_version(FeedbackVersion, FeedbackQuestion, entry):  # noqa: N803 - model classes
    version = FeedbackVersion(
        slug=entry["slug"], **translated("title", entry["title"]), **translated("intro", entry["intro"])
    )
    for order, spec in enumerate(entry["questions"]):
        fields = {"kind": spec["kind"], "required": spec.get("required", False), "sort_order": order}
        for name in ("text", "hint", "options"):
            if name in spec:
                fields.update(translated(name, spec[name]))
        version.questions.add(FeedbackQuestion(**fields))
    version.save()
