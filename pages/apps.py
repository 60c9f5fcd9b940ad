from django.apps import AppConfig


class PagesConfig(AppConfig):
    """The site-wide pages: home, content pages, the menus, site search and the sitemap, and
    the admin's dashboard panels and editor guide."""

    name = "pages"
    verbose_name = "Site pages"
