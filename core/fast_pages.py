"""Fewer database queries for every public page.

Wagtail finds the page at an address one step at a time (two queries for each part of the
address), asks for the view restrictions of the page and each of its ancestors, and looks up
the site on every request. Here:

- `QuickRouting` (on the site's root page) finds every page along the address, each as its
  own type, in one query, keeping Wagtail's rules: a routable page that
  serves the rest of the address itself (a hub's leaflet) is given it, as Wagtail would;
- `CachedViewRestrictions` skips the restriction queries while no page on the site has any
  (the answer is kept until content changes);
- `remember_site` keeps the site for a host name, with its root page, until content changes.
"""

import functools

from django.urls import Resolver404
from django.utils import translation
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, PageViewRestriction, Site, get_page_models

from core.page_cache import cached_content

SITE_APPS = {"pages", "directory", "hubs", "childcare"}


def _walks_into_children(model, page, rest):
    """Whether Wagtail's routing would go on to a child page (and not serve `rest` itself)."""
    if model is None or model.route is Page.route:
        return True
    if issubclass(model, RoutablePageMixin) and model.route is RoutablePageMixin.route:
        if not page.live:
            return True
        try:
            model.get_resolver().resolve("/" + "/".join(rest) + "/")
        except Resolver404:
            return True
        return False
    return False  # a page with its own routing decides for itself


@functools.cache
def _specific_joins():
    """select_related names from a plain page to each page type of the site's own (and what
    each type asks to load with it: `route_select_related`, such as a service's level)."""
    joins = []
    for model in get_page_models():
        if model._meta.app_label in SITE_APPS and model._meta.get_parent_list() == [Page]:
            name = model._meta.model_name
            joins += [name, *(f"{name}__{related}" for related in getattr(model, "route_select_related", ()))]
    return tuple(joins)


def _loaded_specific(page):
    """The page as its own type, when the routing query loaded it (or None)."""
    model = page.specific_class
    if model is None or model is Page:
        return page
    loaded = page._state.fields_cache.get(model._meta.model_name)
    if loaded is not None:
        loaded._cached_parent_obj = getattr(page, "_cached_parent_obj", None)
    return loaded


class QuickRouting:
    """For the site's root page: every page along an address in one query, whatever its depth.
    A whole address that is a page is remembered until content changes: the query loads
    every page type's columns in every language and cost more than the rest of a listing."""

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        address = "/".join(path_components)
        found = cached_content(
            f"route:{translation.get_language()}:{self.pk}:{address}",
            lambda: self._pages_along(path_components),
            request,
            # Only real pages: any address typed at random must not fill the cache.
            keep=lambda found: found[0] is not None and not found[2],
        )
        specific, trail, rest = found
        if specific is None:
            return super().route(request, path_components)
        # What the breadcrumbs show, already loaded (see site_tags.breadcrumb_trail).
        request._route_trail = (specific.pk, trail)
        return specific.route(request, rest)

    def _pages_along(self, path_components):
        """(the deepest page along the address as its own type, the pages above it, the
        rest of the address), or (None, [], path_components) when none is below this one."""
        prefixes = [self.url_path + "/".join(path_components[:n]) + "/" for n in range(1, len(path_components) + 1)]
        pages = Page.objects.filter(url_path__in=prefixes, depth__gt=self.depth).select_related(*_specific_joins())
        found = {page.url_path: page for page in pages}
        node, rest, trail = self, list(path_components), []
        while rest:
            child = found.get(f"{node.url_path}{rest[0]}/")
            if child is None or child.depth != node.depth + 1:
                break
            if node is not self and not _walks_into_children(node.specific_class, node, rest):
                break
            child._cached_parent_obj = node
            trail.append(node)
            node, rest = child, rest[1:]
        if node is self:
            return None, [], path_components
        specific = _loaded_specific(node) or node.specific
        specific._cached_parent_obj = node._cached_parent_obj
        return specific, trail, rest


def first_live(model):
    """The site's one live page of a type (the service listing, the hub finder), kept until
    content changes: many pages link to it."""
    return (
        cached_content(f"first-live:{model._meta.label_lower}", lambda: model.objects.live().first() or False) or None
    )


def any_view_restrictions():
    return cached_content("page-view-restrictions", lambda: PageViewRestriction.objects.exists())


def public(pages):
    """`pages.public()`, without its query for restricted sections while the site has none
    (the answer is kept until content changes)."""
    return pages.public() if any_view_restrictions() else pages


class CachedViewRestrictions:
    """For public page types: no restriction queries while the site has no restricted page."""

    def get_view_restrictions(self):
        if not any_view_restrictions():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


def remember_site(request):
    """Site.find_for_request, from the cache: the site and its root page as its own type."""
    if hasattr(request, "_wagtail_site"):
        return

    def find():
        site = Site._find_for_request(request)
        if site is not None:
            site.root_page = site.root_page.specific
        return site

    host = request._get_raw_host()
    request._wagtail_site = cached_content(f"site:{host}:{request.get_port()}", find, request)
