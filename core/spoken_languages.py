"""The languages help is offered in across the city, to seed the spoken language list.

Wolverhampton's largest community languages (Census 2021), British Sign Language and English.
Editors add more in the admin.
"""

SPOKEN_LANGUAGES = [
    ("en", "English", "English"),
    ("pa", "Punjabi", "ਪੰਜਾਬੀ"),
    ("pl", "Polish", "Polski"),
    ("ro", "Romanian", "Română"),
    ("ur", "Urdu", "اردو"),
    ("ar", "Arabic", "العربية"),
    ("bsl", "British Sign Language", "British Sign Language"),
    ("gu", "Gujarati", "ગુજરાતી"),
    ("hi", "Hindi", "हिन्दी"),
    ("bn", "Bengali", "বাংলা"),
    ("ku", "Kurdish", "Kurdî"),
    ("ti", "Tigrinya", "ትግርኛ"),
    ("so", "Somali", "Soomaali"),
    ("pt", "Portuguese", "Português"),
    ("sk", "Slovak", "Slovenčina"),
    ("lt", "Lithuanian", "Lietuvių"),
    ("fa", "Persian (Farsi)", "فارسی"),
    ("uk", "Ukrainian", "Українська"),
]


# Each language's name in the site's other languages, so a family reads every language name in
# the language of the page ("polski" on a Polish page, "پولش" on an Urdu one). Written for
# native-speaker review; editors can change them in the admin.
TRANSLATED_NAMES = {
    "en": {"pa": "ਅੰਗਰੇਜ਼ੀ", "pl": "angielski", "ro": "engleză", "ur": "انگریزی", "ar": "الإنجليزية"},
    "pa": {"pa": "ਪੰਜਾਬੀ", "pl": "pendżabski", "ro": "punjabi", "ur": "پنجابی", "ar": "البنجابية"},
    "pl": {"pa": "ਪੋਲਿਸ਼", "pl": "polski", "ro": "poloneză", "ur": "پولش", "ar": "البولندية"},
    "ro": {"pa": "ਰੋਮਾਨੀਅਨ", "pl": "rumuński", "ro": "română", "ur": "رومانیائی", "ar": "الرومانية"},
    "ur": {"pa": "ਉਰਦੂ", "pl": "urdu", "ro": "urdu", "ur": "اردو", "ar": "الأردية"},
    "ar": {"pa": "ਅਰਬੀ", "pl": "arabski", "ro": "arabă", "ur": "عربی", "ar": "العربية"},
    "bsl": {
        "pa": "ਬ੍ਰਿਟਿਸ਼ ਸੰਕੇਤ ਭਾਸ਼ਾ",
        "pl": "brytyjski język migowy",
        "ro": "limba semnelor britanică",
        "ur": "برطانوی اشاروں کی زبان",
        "ar": "لغة الإشارة البريطانية",
    },
    "gu": {"pa": "ਗੁਜਰਾਤੀ", "pl": "gudżarati", "ro": "gujarati", "ur": "گجراتی", "ar": "الغوجاراتية"},
    "hi": {"pa": "ਹਿੰਦੀ", "pl": "hindi", "ro": "hindi", "ur": "ہندی", "ar": "الهندية"},
    "bn": {"pa": "ਬੰਗਾਲੀ", "pl": "bengalski", "ro": "bengaleză", "ur": "بنگالی", "ar": "البنغالية"},
    "ku": {"pa": "ਕੁਰਦੀ", "pl": "kurdyjski", "ro": "kurdă", "ur": "کردی", "ar": "الكردية"},
    "ti": {"pa": "ਤਿਗਰੀਨੀਆ", "pl": "tigrinia", "ro": "tigrina", "ur": "تگرینیا", "ar": "التيغرينية"},
    "so": {"pa": "ਸੋਮਾਲੀ", "pl": "somalijski", "ro": "somaleză", "ur": "صومالی", "ar": "الصومالية"},
    "pt": {"pa": "ਪੁਰਤਗਾਲੀ", "pl": "portugalski", "ro": "portugheză", "ur": "پرتگالی", "ar": "البرتغالية"},
    "sk": {"pa": "ਸਲੋਵਾਕ", "pl": "słowacki", "ro": "slovacă", "ur": "سلوواک", "ar": "السلوفاكية"},
    "lt": {"pa": "ਲਿਥੁਆਨੀਅਨ", "pl": "litewski", "ro": "lituaniană", "ur": "لتھووینیائی", "ar": "الليتوانية"},
    "fa": {
        "pa": "ਫ਼ਾਰਸੀ",
        "pl": "perski (farsi)",
        "ro": "persană (farsi)",
        "ur": "فارسی",
        "ar": "الفارسية",
    },
    "uk": {"pa": "ਯੂਕਰੇਨੀ", "pl": "ukraiński", "ro": "ucraineană", "ur": "یوکرینی", "ar": "الأوكرانية"},
}


def ensure_spoken_languages(SpokenLanguage):  # noqa: N803 - a model class, historical or current
    """Create the seed languages that are missing, and give every one its name in the site's
    languages where an editor has not already written one."""
    for order, (code, name, native_name) in enumerate(SPOKEN_LANGUAGES):
        language, _created = SpokenLanguage.objects.get_or_create(
            code=code, defaults={"name": name, "name_en": name, "native_name": native_name, "sort_order": order * 10}
        )
        missing = {
            f"name_{site_language}": translated
            for site_language, translated in TRANSLATED_NAMES.get(code, {}).items()
            if not getattr(language, f"name_{site_language}", None)
        }
        if missing:
            SpokenLanguage.objects.filter(pk=language.pk).update(**missing)
