"""What every public page's header and footer need: languages, direction, quick exit."""

from django.utils import translation

from core.language_urls import alternates
from core.languages import SOURCE_LANGUAGE, get_language_info


def site_chrome(request):
    language = get_language_info(translation.get_language())
    versions = alternates(request)
    return {
        "current_language": language,
        "language_versions": versions,
        "default_language_path": next(v["path"] for v in versions if v["language"].code == SOURCE_LANGUAGE),
    }
