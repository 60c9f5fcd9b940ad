"""Sending content to translators and taking it back, without losing anyone's work."""

import polib
import pytest
from django.core.management import call_command
from django.db.models import Count

from directory.models import Need, ServicePage
from pages.models import ContentPage
from translations.coverage import COMPLETE, MISSING, OUTDATED, coverage
from translations.exchange import export_catalogue, import_catalogue

pytestmark = pytest.mark.django_db


def untranslated(obj, language="pl"):
    """The object with no translation in one language (the demo translates many things)."""
    from modeltranslation.translator import translator

    from translations.models import TranslationRecord
    from translations.segments import object_ref

    for name in translator.get_options_for_model(type(obj)).get_field_names():
        setattr(obj, f"{name}_{language}", None)
    obj.save()
    TranslationRecord.objects.filter(ref=object_ref(obj), language=language).delete()
    return type(obj).objects.get(pk=obj.pk)


def translate_all(catalogue, prefix="PL "):
    for entry in catalogue:
        entry.msgstr = prefix + entry.msgid
    return catalogue


def state_of(obj, language="pl"):
    [row] = [row for row in coverage(language) if row.obj.pk == obj.pk and type(row.obj) is type(obj)]
    return row.languages[language]


def test_round_trip_fills_every_field_and_block(demo_site):
    service = untranslated(ServicePage.objects.get(slug="family-mediation"))
    page = untranslated(ContentPage.objects.get(slug="contact"))  # a StreamField body with a contact card
    catalogue = export_catalogue("pl", objects=[service, page])
    assert {entry.msgctxt.split("|")[1] for entry in catalogue} >= {"title", "summary", "description", "body"}
    assert state_of(service).state == MISSING
    report = import_catalogue(translate_all(catalogue), "pl")
    assert report.ok and len(report.applied) == len(catalogue)
    service.refresh_from_db()
    assert service.title_pl == "PL Family mediation"
    page = ContentPage.objects.get(pk=page.pk)
    blocks = list(page.body_pl.raw_data)
    assert len(blocks) == len(list(page.body_en.raw_data))
    card = next(block for block in blocks if block["type"] == "contact_card")["value"]
    assert card["name"].startswith("PL ") and not card["phone"].startswith("PL ")  # numbers stay numbers
    assert state_of(service).state == COMPLETE
    assert state_of(page).state == COMPLETE
    # A second import of the same file changes nothing.
    again = import_catalogue(catalogue, "pl")
    assert again.unchanged == len(catalogue) and not again.applied


def test_dry_run_reports_and_changes_nothing(demo_site):
    need = untranslated(Need.objects.get(slug="money"))
    catalogue = translate_all(export_catalogue("pl", objects=[need]))
    report = import_catalogue(catalogue, "pl", dry_run=True)
    assert len(report.applied) == 2
    need.refresh_from_db()
    assert not need.name_pl


def test_english_changed_since_export_is_not_applied(demo_site):
    need = untranslated(Need.objects.get(slug="money"))
    catalogue = translate_all(export_catalogue("pl", objects=[need]))
    need.name_en = "Money and debt worries"
    need.save()
    report = import_catalogue(catalogue, "pl")
    assert any("English has changed" in message for _, message in report.problems)
    need.refresh_from_db()
    assert not need.name_pl
    assert need.description_pl  # the rest of the file still applies


def test_newer_edit_in_the_site_is_never_silently_overwritten(demo_site):
    need = untranslated(Need.objects.get(slug="money"))
    catalogue = translate_all(export_catalogue("pl", objects=[need]))
    need.name_pl = "Kłopoty z pieniędzmi"  # an editor's own translation, after the export
    need.save()
    report = import_catalogue(catalogue, "pl")
    assert any("changed in the site after the export" in message for _, message in report.problems)
    need.refresh_from_db()
    assert need.name_pl == "Kłopoty z pieniędzmi"
    forced = import_catalogue(catalogue, "pl", force=True)
    assert forced.ok
    need.refresh_from_db()
    assert need.name_pl == "PL Money worries"


def test_half_translated_body_is_not_used(demo_site):
    page = untranslated(ContentPage.objects.get(slug="how-early-help-works"))
    catalogue = export_catalogue("pl", objects=[page])
    for entry in catalogue:
        if "|body|" not in entry.msgctxt or entry.msgctxt.endswith("|body|0"):
            entry.msgstr = "PL " + entry.msgid
    import_catalogue(catalogue, "pl")
    page = ContentPage.objects.get(pk=page.pk)
    assert page.title_pl.startswith("PL ")
    assert not page.body_pl  # falls back to English with a notice, never a mixture


def test_english_edit_after_translation_shows_as_outdated(demo_site):
    need = untranslated(Need.objects.get(slug="housing"))
    import_catalogue(translate_all(export_catalogue("pl", objects=[need])), "pl")
    assert state_of(need).state == COMPLETE
    need.refresh_from_db()
    need.description_en = "Somewhere to live, eviction, repairs and home conditions"
    need.save()
    status = state_of(need)
    assert status.state == OUTDATED and status.outdated == ["description"]
    need.description_pl = "Mieszkanie, eksmisja, naprawy i warunki w domu"  # the translator catches up
    need.save()
    assert state_of(need).state == COMPLETE


def test_unknown_or_bad_entries_are_reported(demo_site):
    catalogue = polib.POFile()
    catalogue.append(polib.POEntry(msgctxt="page:/home/gone/|title", msgid="Gone", msgstr="X"))
    catalogue.append(polib.POEntry(msgctxt="nonsense", msgid="x", msgstr="y"))
    report = import_catalogue(catalogue, "pl")
    assert len(report.problems) == 2
    assert not import_catalogue(catalogue, "xx").ok


def test_commands_export_and_import(demo_site, tmp_path):
    untranslated(Need.objects.get(slug="money"))
    path = tmp_path / "pl.po"
    call_command("export_translations", "pl", "--only-missing", "-o", str(path), verbosity=0)
    catalogue = polib.pofile(str(path))
    assert {entry.msgctxt for entry in catalogue} == {
        "directory.need:slug=money|name",
        "directory.need:slug=money|description",
    }  # the rest of the demo is translated
    entry = next(entry for entry in catalogue if entry.msgctxt == "directory.need:slug=money|name")
    entry.msgstr = "Kłopoty finansowe"
    catalogue.save()
    call_command("import_translations", str(path), "--dry-run", verbosity=0)
    assert not Need.objects.get(slug="money").name_pl
    call_command("import_translations", str(path), verbosity=0)
    assert Need.objects.get(slug="money").name_pl == "Kłopoty finansowe"


def test_rows_of_a_page_are_named_by_their_place_not_their_number(demo_site):
    """A session's or phone line's translation finds its row in any copy of the site: rows are
    named by their page and position, which stay the same when the demo is loaded again."""
    from directory.models import ServicePhone
    from translations.segments import find_object, object_ref

    shared = ServicePhone.objects.values("number").annotate(uses=Count("pk")).filter(uses__gt=1).first()
    assert shared, "the demo shares the desk's number between services"
    phones = list(ServicePhone.objects.filter(number=shared["number"]))
    refs = [object_ref(phone) for phone in phones]
    assert len(set(refs)) == len(phones)
    assert all(ref.startswith("directory.servicephone:page@page:/home/services/") for ref in refs)
    assert [find_object(ref) for ref in refs] == phones


def test_a_page_and_its_rows_are_translated_in_one_revision(demo_site):
    service = ServicePage.objects.get(slug="family-mediation")
    rows = [service, *service.phones.all(), *service.contacts.all()]
    for row in rows:
        untranslated(row)
    service = ServicePage.objects.get(pk=service.pk)
    revisions = service.revisions.count()
    report = import_catalogue(translate_all(export_catalogue("pl", objects=rows)), "pl")
    assert report.ok and report.applied
    assert service.revisions.count() == revisions + 1
    assert all(phone.note_pl.startswith("PL ") for phone in service.phones.exclude(note_en=""))
    assert all(contact.name_pl.startswith("PL ") for contact in service.contacts.exclude(name_en=""))
