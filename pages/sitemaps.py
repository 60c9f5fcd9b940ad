"""sitemap.xml with every page in every language, each listing its other languages."""

from django.utils import translation
from wagtail.contrib.sitemaps import Sitemap

from core.languages import SITE_LANGUAGES, SOURCE_LANGUAGE


class MultilingualSitemap(Sitemap):
    """Wagtail's sitemap, one entry per page per language, with hreflang alternates."""

    def _urls(self, page, protocol, domain):
        urls = []
        for item in self.paginator.page(page).object_list.iterator():
            versions = {}
            for language in SITE_LANGUAGES:
                with translation.override(language.code):
                    versions[language.code] = self.request.build_absolute_uri(item.get_url(self.request))
            if not versions[SOURCE_LANGUAGE]:
                continue
            links = [{"lang_code": code, "location": url} for code, url in versions.items()]
            links.append({"lang_code": "x-default", "location": versions[SOURCE_LANGUAGE]})
            for url in versions.values():
                urls.append({"location": url, "lastmod": self.lastmod(item), "alternates": links, "item": item})
        return urls
