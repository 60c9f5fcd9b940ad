"""The interface in five languages: every string translated, nothing fuzzy, nothing broken."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.conf import settings

from core.languages import SITE_LANGUAGES, SOURCE_LANGUAGE

ROOT = Path(settings.BASE_DIR)
LANGUAGES = [language.code for language in SITE_LANGUAGES if language.code != SOURCE_LANGUAGE]
PLACEHOLDER = re.compile(r"%\([a-zA-Z_]+\)[sd]|%[sd]|\{[a-zA-Z_0-9]*\}")
TAG = re.compile(r"</?([a-zA-Z0-9]+)")
SOURCE_DIRS = [
    "core",
    "familyinfo",
    "pages",
    "directory",
    "childcare",
    "hubs",
    "openreferral",
    "referrals",
    "translations",
    "feedback",
    "site",
]


def catalogue(language):
    return polib.pofile(str(ROOT / "locale" / language / "LC_MESSAGES" / "django.po"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_is_complete_with_no_fuzzy_entries(language):
    entries = [entry for entry in catalogue(language) if not entry.obsolete]
    assert len(entries) > 500
    untranslated = [entry.msgid for entry in entries if not entry.translated()]
    fuzzy = [entry.msgid for entry in entries if "fuzzy" in entry.flags]
    assert untranslated == [], f"{len(untranslated)} untranslated in {language}: {untranslated[:5]}"
    assert fuzzy == [], f"{len(fuzzy)} fuzzy in {language}: {fuzzy[:5]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_and_markup(language):
    problems = []
    for entry in catalogue(language):
        if entry.obsolete:
            continue
        translations = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
        source = entry.msgid_plural or entry.msgid
        for text in translations:
            if set(PLACEHOLDER.findall(text)) - set(PLACEHOLDER.findall(entry.msgid + source)):
                problems.append(("unknown placeholder", entry.msgid, text))
            named = {item for item in PLACEHOLDER.findall(source) if item.startswith("%(")}
            if named - set(PLACEHOLDER.findall(text)) and not entry.msgid_plural:
                problems.append(("lost placeholder", entry.msgid, text))
            if sorted(TAG.findall(text)) != sorted(TAG.findall(entry.msgid)):
                problems.append(("markup differs", entry.msgid, text))
    assert problems == []


def test_catalogues_hold_every_string_in_the_code(tmp_path):
    """Extract the strings afresh (as makemessages does) and look each one up."""
    if not shutil.which("xgettext"):
        pytest.skip("GNU gettext is not installed (scripts/ensure-gettext.sh installs it)")
    for name in SOURCE_DIRS:
        (tmp_path / name).symlink_to(ROOT / name)
    (tmp_path / "locale").mkdir()
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "manage.py"),
            "makemessages",
            "-l",
            "en",
            "--symlinks",
            "--no-location",
            "--ignore=site/static/*",
            "--ignore=*/node_modules/*",
        ],
        cwd=tmp_path,
        check=True,
        capture_output=True,
        env={"DJANGO_SETTINGS_MODULE": "familyinfo.settings.test", "PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)},
    )
    extracted = polib.pofile(str(tmp_path / "locale" / "en" / "LC_MESSAGES" / "django.po"))
    wanted = {(entry.msgctxt, entry.msgid) for entry in extracted}
    for language in LANGUAGES:
        held = {(entry.msgctxt, entry.msgid) for entry in catalogue(language) if not entry.obsolete}
        missing = sorted(msgid for _, msgid in wanted - held)
        assert missing == [], f"{len(missing)} strings missing from {language}: {missing[:5]}"
