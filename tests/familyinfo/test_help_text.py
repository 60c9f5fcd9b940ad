"""The admin as the Families Information Service team uses it: in English, with help on every field.

The editors are council staff, not web specialists: each box in an edit form says what to put
there. These tests build the real edit forms, so a new field without help text fails here.
"""

import re
from pathlib import Path

import pytest
from django import forms
from django.apps import apps
from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from modeltranslation.fields import TranslationField
from wagtail import blocks, hooks
from wagtail.admin.panels import get_edit_handler
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.fields import StreamField
from wagtail.models import get_page_models
from wagtail.snippets.models import get_snippet_models

from core.languages import SITE_LANGUAGES, SOURCE_LANGUAGE
from directory.models import SearchSynonym
from tests.factories import member_of

ROOT = Path(__file__).resolve().parents[2]

# The apps whose models editors fill in. Referrals are read and actioned, never typed into an
# edit form, so they are left out.
EDITED_APPS = {"core", "pages", "directory", "hubs", "childcare", "feedback"}

# Wagtail's own page fields, in the Promote and Settings tabs, that carry no help text of their
# own. The scheduling panel explains go-live and expiry dates beside the fields, and the
# comment notification switch is a plain yes/no. Every other Wagtail field the editors see (title,
# slug, SEO title, search description, "show in menus") already has Wagtail's help text.
WAGTAIL_BUILT_IN_FIELDS = {"go_live_at", "expire_at", "comment_notifications"}

# Wagtail's own inline forms: the comments on a page.
WAGTAIL_BUILT_IN_FORMSETS = {"comments"}


def edited(models):
    return sorted((model for model in models if model._meta.app_label in EDITED_APPS), key=lambda m: m._meta.label)


PAGE_MODELS = edited(get_page_models())
SNIPPET_MODELS = edited(get_snippet_models())
SETTING_MODELS = edited(settings_registry)


def admin_viewsets():
    """Other admin screens with an edit form, such as ticking off parent champion interest."""
    for hook in hooks.get_hooks("register_admin_viewset"):
        viewset = hook()
        if isinstance(viewset, ModelViewSet) and viewset.model._meta.app_label in EDITED_APPS:
            yield viewset


VIEWSETS = sorted(admin_viewsets(), key=lambda viewset: viewset.model._meta.label)


def source_name(model, name):
    """`summary_pl` → `summary`: modeltranslation copies one field's help text to every language."""
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:  # a form-only field, such as Wagtail's comment_notifications
        return name
    return field.translated_field.name if isinstance(field, TranslationField) else name


def fields_without_help(model, form_class, prefix=""):
    """`Model.field` for every field in the form, and in its inline forms, with no help text."""
    missing = set()
    for name, field in form_class.base_fields.items():
        name = source_name(model, name)
        if name not in WAGTAIL_BUILT_IN_FIELDS and not str(field.help_text or "").strip():
            missing.add(f"{prefix}{model.__name__}.{name}")
    for relation, formset in getattr(form_class, "formsets", {}).items():
        if relation not in WAGTAIL_BUILT_IN_FORMSETS:
            child_model = formset.form._meta.model
            missing |= fields_without_help(child_model, formset.form, prefix=f"{prefix}{model.__name__}.{relation} → ")
    return missing


def leaf_blocks(block, path):
    """The blocks an editor types into or chooses with, inside streams, structures and lists."""
    if isinstance(block, blocks.ListBlock):
        yield from leaf_blocks(block.child_block, path)
    elif isinstance(block, (blocks.StreamBlock, blocks.StructBlock)):
        for name, child in block.child_blocks.items():
            yield from leaf_blocks(child, f"{path}.{name}")
    else:
        yield path, block


def blocks_without_help(model):
    missing = set()
    for field in model._meta.get_fields():
        if isinstance(field, StreamField) and not isinstance(field, TranslationField):
            for path, block in leaf_blocks(field.stream_block, f"{model.__name__}.{field.name}"):
                help_text = block.field.help_text if isinstance(block, blocks.FieldBlock) else ""
                if not str(help_text or "").strip():
                    missing.add(f"{path} ({type(block).__name__})")
    return missing


def test_every_edit_form_of_the_project_is_checked():
    """Guards the discovery above: an app left out of EDITED_APPS would have its edit forms go
    unchecked, and a discovery that finds nothing proves nothing."""
    project = {config.label for config in apps.get_app_configs() if Path(config.path).parent == ROOT}
    registered = [*get_page_models(), *get_snippet_models(), *settings_registry]
    unchecked = {
        model._meta.label
        for model in registered
        if model._meta.app_label in project and model not in PAGE_MODELS + SNIPPET_MODELS + SETTING_MODELS
    }
    for hook in hooks.get_hooks("register_admin_viewset"):
        viewset = hook()
        if (
            isinstance(viewset, ModelViewSet)
            and viewset.model._meta.app_label in project
            and viewset.get_form_class(for_update=True).base_fields
            and viewset.model not in {checked.model for checked in VIEWSETS}
        ):
            unchecked.add(viewset.model._meta.label)
    assert not unchecked, f"edit forms no test checks for help text: {sorted(unchecked)}"
    assert PAGE_MODELS and SNIPPET_MODELS and SETTING_MODELS and VIEWSETS


@pytest.mark.parametrize("model", PAGE_MODELS, ids=lambda model: model.__name__)
def test_every_page_field_has_help_text(model):
    form_class = model.get_edit_handler().get_form_class()
    missing = fields_without_help(model, form_class)
    assert not missing, "Fields with no help text: " + ", ".join(sorted(missing))


@pytest.mark.parametrize("model", SNIPPET_MODELS + SETTING_MODELS, ids=lambda model: model.__name__)
def test_every_snippet_and_setting_field_has_help_text(model):
    form_class = get_edit_handler(model).get_form_class()
    missing = fields_without_help(model, form_class)
    assert not missing, "Fields with no help text: " + ", ".join(sorted(missing))


@pytest.mark.parametrize("viewset", VIEWSETS, ids=lambda viewset: viewset.model.__name__)
def test_every_field_in_other_admin_forms_has_help_text(viewset):
    missing = fields_without_help(viewset.model, viewset.get_form_class(for_update=True))
    assert not missing, "Fields with no help text: " + ", ".join(sorted(missing))


@pytest.mark.parametrize("model", PAGE_MODELS + SNIPPET_MODELS + SETTING_MODELS, ids=lambda model: model.__name__)
def test_every_block_editors_fill_in_has_help_text(model):
    missing = blocks_without_help(model)
    assert not missing, "Blocks with no help text: " + ", ".join(sorted(missing))


def test_the_check_catches_a_field_without_help_text():
    class Form(forms.Form):
        explained = forms.CharField(help_text="What to put here.")
        unexplained = forms.CharField()

    assert fields_without_help(SearchSynonym, Form) == {"SearchSynonym.unexplained"}


# The admin sits outside the language-prefixed addresses, so Django already serves it in English
# whatever the browser asks for or the language cookie says; Wagtail would then have followed an
# editor's own choice of admin language on their account page. WAGTAILADMIN_PERMITTED_LANGUAGES
# takes that choice away: the admin is English for everybody.
OTHER_LANGUAGES = [language.code for language in SITE_LANGUAGES if language.code != SOURCE_LANGUAGE]


@pytest.fixture
def editor(demo_site):
    return member_of("FIS editors", "editor")


def assert_admin_in_english(response):
    assert response.status_code == 200
    html = response.content.decode()
    assert re.search(r'<html lang="en" dir="ltr"', html), re.search(r"<html[^>]*>", html).group(0)
    assert "<title>Dashboard" in html


@pytest.mark.django_db
@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_the_admin_is_in_english_whatever_the_browser_asks_for(client, editor, language):
    client.force_login(editor)
    assert_admin_in_english(client.get("/admin/", HTTP_ACCEPT_LANGUAGE=language))


@pytest.mark.django_db
@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_the_admin_is_in_english_after_reading_the_site_in_another_language(client, editor, language):
    client.force_login(editor)
    assert client.get(f"/{language}/").status_code == 200
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language  # as an older version of the site set
    assert_admin_in_english(client.get("/admin/", HTTP_ACCEPT_LANGUAGE=language))


@pytest.mark.django_db
def test_editors_are_not_offered_another_admin_language(client, editor):
    client.force_login(editor)
    response = client.get("/admin/account/")
    assert response.status_code == 200
    assert 'name="locale-preferred_language"' not in response.content.decode()
