"""Rewording what editors read makes no migration; changing what is stored still does
(core/migration_wording.py)."""

import pytest
from django.core.management import call_command

from directory.models import SearchSynonym, ServicePage, ServicePhone


def unmade_migrations():
    """Whether `makemigrations --check` finds model changes with no migration."""
    try:
        call_command("makemigrations", "--check", "--dry-run", verbosity=0)
    except SystemExit as exit:
        return exit.code != 0
    return False


@pytest.mark.django_db
def test_the_models_have_their_migrations():
    assert not unmade_migrations()


@pytest.mark.django_db
def test_new_help_text_and_labels_make_no_migration(monkeypatch):
    # A translated field: its seven language columns copy the wording too.
    for name in ["summary", *(f"summary_{code}" for code in ("en", "pa", "pl", "ro", "ur", "ar"))]:
        field = ServicePage._meta.get_field(name)
        monkeypatch.setattr(field, "help_text", "Reworded for editors.")
        monkeypatch.setattr(field, "verbose_name", "reworded label")
    monkeypatch.setattr(SearchSynonym._meta, "verbose_name", "reworded model name")
    kind = ServicePhone._meta.get_field("kind")
    monkeypatch.setattr(kind, "choices", [(value, f"Reworded {value}") for value, _label in kind.choices])
    assert not unmade_migrations()


@pytest.mark.django_db
def test_a_change_to_what_is_stored_still_makes_a_migration(monkeypatch):
    monkeypatch.setattr(SearchSynonym._meta.get_field("term"), "max_length", 81)
    assert unmade_migrations()
