"""Searches that found nothing are kept short and not for long: families sometimes type their
situation into the search box, so only the first words are kept, and a search nobody has made
for UNMET_SEARCH_RETENTION_DAYS is deleted by `manage.py forget_unmet_searches`."""

import datetime
import io

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from directory.models import UnmetSearch
from familyinfo.schedule import JOBS

pytestmark = pytest.mark.django_db
NOTHING = "qwxyzzy"


def test_only_the_first_words_of_a_long_search_are_kept(client, indexed_demo_site):
    typed = f"{NOTHING} " + " ".join(["plghtrw"] * 20) + " zxcvbn 07700900123"
    client.get("/search/", {"q": typed})
    client.get("/services/", {"q": typed})
    kept = UnmetSearch.objects.get()
    assert kept.count == 2
    assert len(kept.query) <= 80 and kept.query.startswith(f"{NOTHING} plghtrw")
    assert typed.startswith(kept.query + " ")  # cut between words
    assert "07700900123" not in kept.query


def age(query, days):
    UnmetSearch.objects.filter(query=query).update(last_seen=timezone.localdate() - datetime.timedelta(days=days))


def test_old_searches_are_deleted_after_the_retention_period(db, settings):
    for query in ("old one", "recent one", "on the day"):
        UnmetSearch.objects.create(query=query, language="en")
    age("old one", 91)
    age("recent one", 89)
    age("on the day", 90)
    call_command("forget_unmet_searches", stdout=io.StringIO())
    assert set(UnmetSearch.objects.values_list("query", flat=True)) == {"recent one", "on the day"}
    settings.UNMET_SEARCH_RETENTION_DAYS = 30
    call_command("forget_unmet_searches", stdout=io.StringIO())
    assert not UnmetSearch.objects.exists()
    with pytest.raises(CommandError):
        call_command("forget_unmet_searches", days=0)


def test_a_search_made_again_is_kept_from_its_last_time(client, indexed_demo_site):
    client.get("/search/", {"q": NOTHING})
    age(NOTHING, 200)
    client.get("/search/", {"q": NOTHING})
    call_command("forget_unmet_searches", stdout=io.StringIO())
    kept = UnmetSearch.objects.get()
    assert kept.count == 2 and kept.last_seen == timezone.localdate()


def test_the_deletion_is_scheduled():
    assert "forget_unmet_searches" in [job.command for job in JOBS]
