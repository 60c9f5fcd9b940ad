"""Fixtures shared by every test: a clean language and a built demo site when asked for."""

import pytest
from django.core.management import call_command
from django.utils import translation

from familyinfo.models import HomePage


@pytest.fixture(autouse=True)
def english_by_default():
    """A test that switches language must not leak it into the next test."""
    translation.activate("en")
    yield
    translation.activate("en")


@pytest.fixture
def demo_site(db):
    """The demo content, exactly as `make run` shows it (without the search index)."""
    call_command("load_demo", skip_index=True, verbosity=0)
    return HomePage.objects.get()


@pytest.fixture
def indexed_demo_site(demo_site):
    call_command("update_index", verbosity=0)
    return demo_site
