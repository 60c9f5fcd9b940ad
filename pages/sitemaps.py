"""sitemap.xml with every page in every language, each listing its other languages, and the
childcare providers' pages, which live below the finder rather than in the page tree."""

from django.utils import translation
from wagtail.contrib.sitemaps import Sitemap

from childcare.finder_views import provider_subpath
from childcare.models import ChildcareIndexPage, ChildcareProvider
from core.languages import SITE_LANGUAGES, SOURCE_LANGUAGE


class MultilingualSitemap(Sitemap):
    """Wagtail's sitemap, one entry per page per language, with hreflang alternates."""

    def path_of(self, item):
        """The item's address in the active language."""
        return item.get_url(self.request)

    def _urls(self, page, protocol, domain):
        urls = []
        for item in self.paginator.page(page).object_list.iterator():
            versions = {}
            for language in SITE_LANGUAGES:
                with translation.override(language.code):
                    path = self.path_of(item)
                if path:
                    versions[language.code] = self.request.build_absolute_uri(path)
            if SOURCE_LANGUAGE not in versions:
                continue
            links = [{"lang_code": code, "location": url} for code, url in versions.items()]
            links.append({"lang_code": "x-default", "location": versions[SOURCE_LANGUAGE]})
            for url in versions.values():
                urls.append({"location": url, "lastmod": self.lastmod(item), "alternates": links, "item": item})
        return urls


class ProviderSitemap(MultilingualSitemap):
    """Every listed childcare provider's page, in every language."""

    def items(self):
        self.finder = ChildcareIndexPage.objects.live().public().first()
        if self.finder is None:
            return ChildcareProvider.objects.none()
        return ChildcareProvider.objects.listed().order_by("pk")

    def lastmod(self, item):
        return item.updated_at

    def path_of(self, item):
        finder_url = self.finder.get_url(self.request)
        return finder_url + provider_subpath(self.finder, item) if finder_url else None
