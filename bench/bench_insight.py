"""Measure the Insight area at scale: each section's figures alone, and the whole page and CSV.

Usage (from the repository root, after `make run` or `make test` has installed everything):

    .venv/bin/python bench/bench_insight.py --referrals 20000 --requests 20
    DATABASE_URL=postgres://... .venv/bin/python bench/bench_insight.py --referrals 20000

It migrates the database it is given (default: a new SQLite file in a temporary folder), loads
the demo with its year of figures (about 1,400 anonymised referrals, counts of searches, views
and checks), and tops the referrals up to N with generated ones received over the last 12
months (bulk inserts, a fixed seed, references B and eight digits, plain columns only, a status
change each once the desk has acted). Each case is then timed:

- "section": one section's tables for the period, through its own code (`Section.tables`);
- "page": the whole Admin > Insight page, or its CSV, in-process through Django's test client
  as an insight officer, with the bench settings (no debug, cached templates).

Each is warmed twice, then timed N times; "queries" is the number of database queries for one.
Use a throwaway database: it adds thousands of made-up referrals.
"""

import argparse
import datetime
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "familyinfo.settings.bench")

PERIODS = [("this quarter", "period=this-quarter"), ("12 months", "period=12-months")]
NEEDS = ["parenting", "behaviour", "money", "housing", "domestic-abuse", "mental-health", "send", "youth-violence"]


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def generate_referrals(count, rng):
    """`count` made-up referrals over the last 12 months, with their status changes."""
    from django.utils import timezone

    from core.models import SpokenLanguage
    from hubs.models import Locality
    from referrals.models import CLOSED_STATUSES, Referral, Source, Status, StatusChange

    now = timezone.now()
    localities = list(Locality.objects.values_list("pk", flat=True))
    languages = list(SpokenLanguage.objects.values_list("pk", flat=True))
    statuses = [Status.SIGNPOSTED, Status.CLOSED_NFA, Status.ALLOCATED, Status.STEPPED_UP, Status.SCREENING]
    referrals, changes = [], []
    for number in range(count):
        received = now - datetime.timedelta(days=rng.uniform(0, 365))
        acted = received + datetime.timedelta(days=rng.lognormvariate(1, 0.7))
        status = rng.choice(statuses) if acted < now else Status.NEW
        referral = Referral(
            reference=f"B{number:08d}",
            submission_key=uuid.UUID(int=rng.getrandbits(128)),
            received_at=received,
            form_language=rng.choice(["en"] * 8 + ["pa", "pl", "ur", "ar"]),
            source=rng.choice([Source.FAMILY, Source.PROFESSIONAL, Source.PROFESSIONAL, Source.PARENT_CHAMPION]),
            status=status,
            status_changed_at=acted if status != Status.NEW else received,
            closed_at=acted if status in CLOSED_STATUSES else None,
            locality_id=rng.choice(localities),
            spoken_language_id=rng.choice(languages),
            interpreter_needed=rng.random() < 0.1,
            need_codes=sorted(set(rng.sample(NEEDS, rng.choice([1, 1, 2, 3])))),
            anonymised_at=now,
        )
        referrals.append(referral)
        if status != Status.NEW:
            changes.append((referral, acted, status))
    Referral.objects.bulk_create(referrals, batch_size=1000)
    StatusChange.objects.bulk_create(
        [
            StatusChange(referral=referral, changed_at=acted, from_status=Status.NEW, to_status=status)
            for referral, acted, status in changes
        ],
        batch_size=1000,
    )


def timed(run, requests):
    from django.db import connection

    for _ in range(2):
        run()
    queries = []

    def count(execute, sql, params, many, context, log=queries):
        log.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        run()
    timings = []
    for _ in range(requests):
        started = time.perf_counter()
        run()
        timings.append((time.perf_counter() - started) * 1000)
    return len(queries), timings


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--referrals", type=int, default=20000)
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()

    scratch = tempfile.mkdtemp(prefix="familyinfo-insight-")
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{scratch}/insight.sqlite3")
    import django

    django.setup()
    from django.contrib.auth.models import Group, User
    from django.core.management import call_command
    from django.db import connection, transaction
    from django.http import QueryDict
    from django.test import Client
    from wagtail import hooks

    from core.insight import HOOK
    from core.insight_period import InsightFilterForm
    from core.insight_views import localities
    from hubs.models import Locality
    from referrals.models import Referral

    call_command("migrate", "--noinput", verbosity=0)
    call_command("load_demo", skip_index=True, verbosity=0)  # the area does not use the search index
    wanted = args.referrals - Referral.objects.count()
    if wanted > 0:
        with transaction.atomic():
            generate_referrals(wanted, random.Random(args.seed))
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
    officer, _created = User.objects.get_or_create(username="bench-insight")
    officer.groups.add(Group.objects.get(name="Insight officers"))
    client = Client(HTTP_HOST="localhost")
    client.force_login(officer)
    bilston = Locality.objects.get(name="Bilston").pk
    sections = [hook() for hook in hooks.get_hooks(HOOK)]

    print(f"database: {connection.vendor}, referrals: {Referral.objects.count()}, requests per case: {args.requests}")
    print(f"{'case':48} {'median ms':>10} {'p95 ms':>8} {'queries':>8}")
    cases = []
    for period, query in PERIODS:
        for area, extra in [("every area", ""), ("Bilston", f"&locality={bilston}")]:
            form = InsightFilterForm(QueryDict(query + extra), localities())
            assert form.is_valid(), form.errors
            filters = form.filters()
            for section in sections:
                cases.append((f"{section.slug}, {period}, {area}", lambda s=section, f=filters: s.tables(f)))
            url = f"/admin/insight/?{query}{extra}"
            cases.append((f"whole page, {period}, {area}", lambda u=url: client.get(u)))
            cases.append((f"CSV, {period}, {area}", lambda u=url: client.get(u + "&format=csv")))
    for name, run in cases:
        queries, timings = timed(run, args.requests)
        print(f"{name:48} {statistics.median(timings):10.1f} {percentile(timings, 0.95):8.1f} {queries:8d}")


if __name__ == "__main__":
    main()
