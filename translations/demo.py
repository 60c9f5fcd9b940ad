"""The demo's translations: the whole demo in every language, shipped as PO files.

`translations/demo/<language>.po` were made with `manage.py export_translations <language>
--demo` and translated; `load_demo` imports them with the same importer an agency's files
go through, so they pass the same checks. They cover every piece of published demo content:
pages, the rows of pages (sessions, phone lines, contacts, opening hours), snippets and the
terms pages show. The translations were written for the project, not by native speakers:
they are for native-speaker review before launch (see the README).
"""

from pathlib import Path

DEMO_DIR = Path(__file__).resolve().parent / "demo"


def demo_objects():
    """Everything the demo translates, in a stable order: every translatable object."""
    from translations.segments import objects_to_translate, translatable_models

    return [obj for model in translatable_models() for obj in objects_to_translate(model)]


def demo_file(language):
    return DEMO_DIR / f"{language}.po"


def load_demo_translations():
    """Import each language's demo file. Safe to repeat: what is already there is unchanged,
    and a translation an editor has changed since is never overwritten. Returns
    {language: ImportReport}."""
    import polib

    from core.languages import SITE_LANGUAGES, SOURCE_LANGUAGE
    from translations.exchange import import_catalogue

    reports = {}
    for language in SITE_LANGUAGES:
        path = demo_file(language.code)
        if language.code != SOURCE_LANGUAGE and path.exists():
            reports[language.code] = import_catalogue(polib.pofile(str(path)), language.code)
    return reports
