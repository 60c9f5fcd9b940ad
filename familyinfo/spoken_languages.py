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


def ensure_spoken_languages(SpokenLanguage):  # noqa: N803 - a model class, historical or current
    for order, (code, name, native_name) in enumerate(SPOKEN_LANGUAGES):
        SpokenLanguage.objects.get_or_create(
            code=code, defaults={"name": name, "name_en": name, "native_name": native_name, "sort_order": order * 10}
        )
