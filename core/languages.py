"""The languages the site is published in.

This is the one list to change to add a language: settings, the language switcher,
`<html lang dir>` and the URL prefixes all read it. See the README for the steps that follow
(migrate, sync_page_translation_fields, a new message catalogue).
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str
    english_name: str
    # How the language names itself, in its own script, for the language switcher.
    native_name: str
    rtl: bool = False

    @property
    def direction(self):
        return "rtl" if self.rtl else "ltr"


SOURCE_LANGUAGE = "en"

SITE_LANGUAGES = (
    Language("en", "English", "English"),
    Language("pa", "Punjabi", "ਪੰਜਾਬੀ"),
    Language("pl", "Polish", "Polski"),
    Language("ro", "Romanian", "Română"),
    Language("ur", "Urdu", "اردو", rtl=True),
    Language("ar", "Arabic", "العربية", rtl=True),
)

LANGUAGES_BY_CODE = {language.code: language for language in SITE_LANGUAGES}


def get_language_info(code):
    """The Language for a code such as "pl" or "pl-pl"; English when unknown."""
    base_code = (code or SOURCE_LANGUAGE).split("-")[0].lower()
    return LANGUAGES_BY_CODE.get(base_code, LANGUAGES_BY_CODE[SOURCE_LANGUAGE])
