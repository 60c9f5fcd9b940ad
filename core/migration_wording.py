"""Wording stays out of migrations: help text, labels and the names of choices are for
people, not for the database, and with seven language columns per translated field one
rewording of help text used to make a migration of hundreds of lines.

The autodetector of `makemigrations` and `migrate` (the commands in core/management/commands
replace Django's, keeping wagtail-modeltranslation's own changes) compares fields and models
without them: a change of wording makes no migration, a change of what is stored still does.
A new model or field carries its wording at the time it is made; later rewording is not
followed, and need not be, as nothing reads wording from migrations.
"""

from django.db import models
from django.db.migrations.autodetector import MigrationAutodetector

FIELD_WORDING = ("help_text", "verbose_name")
MODEL_WORDING = ("verbose_name", "verbose_name_plural")


class WordingBlindAutodetector(MigrationAutodetector):
    def __init__(self, from_state, to_state, questioner=None):
        for state in (from_state, to_state):
            for model_state in state.models.values():
                for key in MODEL_WORDING:
                    model_state.options.pop(key, None)
        super().__init__(from_state, to_state, questioner)

    def deep_deconstruct(self, obj):
        deconstructed = super().deep_deconstruct(obj)
        if isinstance(obj, models.Field):
            path, args, kwargs = deconstructed
            kwargs = {key: value for key, value in kwargs.items() if key not in FIELD_WORDING}
            if isinstance(kwargs.get("choices"), list):
                kwargs["choices"] = [stored_value(choice) for choice in kwargs["choices"]]
            return path, args, kwargs
        return deconstructed


def stored_value(choice):
    """A choice without its label; a group of choices as its values."""
    if isinstance(choice, (list, tuple)) and len(choice) == 2:
        value, label = choice
        if isinstance(label, (list, tuple)):
            return [stored_value(item) for item in label]
        return value
    return choice
