"""Fixtures shared by every test: a clean language and a built demo site when asked for."""

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.utils import translation

from pages.models import HomePage
from tests.pages.factories import build_site
from tests.search_backends import index_demo_site, indexed_clusters, search_backend  # noqa: F401 - two fixtures


@pytest.fixture(autouse=True)
def english_by_default():
    """A test that switches language must not leak it into the next test."""
    translation.activate("en")
    yield
    translation.activate("en")


@pytest.fixture(autouse=True)
def empty_cache():
    """Cached values (Wagtail's site root paths, the dashboard's counts) must not outlive the
    rows a test's rolled-back transaction made."""
    yield
    cache.clear()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Build the demo site once per test run; each test then runs in a transaction that is
    rolled back, so every test starts from the same demo site."""
    with django_db_blocker.unblock():
        # Without the Insight area's year of figures: tests count the referrals and searches they make.
        call_command("load_demo", verbosity=0, skip_statistics=True)


@pytest.fixture
def demo_site(db):
    """The demo content, exactly as `make run` shows it, with its search index."""
    return HomePage.objects.get()


@pytest.fixture
def empty_site(db):
    """A home page with nothing under it, in place of the demo: for tests that build exactly the
    pages they need (tests/*/factories.py)."""
    return build_site()


@pytest.fixture
def indexed_demo_site(demo_site, search_backend, indexed_clusters):  # noqa: F811 - the fixtures imported above
    """The demo site, indexed for and searched through each backend in turn: the index is the
    one `build_index` makes (tests/search_backends.py), not one left from an earlier step."""
    index_demo_site(search_backend, indexed_clusters)
    return demo_site
