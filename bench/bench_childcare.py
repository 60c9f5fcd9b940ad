"""Measure the childcare finder at scale: the provider search alone, and the whole page.

Usage (from the repository root, after `make run` or `make test` has installed everything):

    .venv/bin/python bench/bench_childcare.py --providers 2000 --requests 60
    DATABASE_URL=postgres://... .venv/bin/python bench/bench_childcare.py --providers 2000

It migrates the database it is given (default: a new SQLite file in a temporary folder), loads
the demo (64 providers), and tops it up to N providers with generated ones (bulk inserts, a
fixed seed, placed at real postcodes all over the city as an editor's save would place them;
childminders at the middle of their district). Each case is then timed twice:

- "search": what the finder asks of the database, through the finder's own code
  (`ProviderFilters.from_request`, `find_providers`, the count and the page of twenty shown,
  with their vacancies);
- "page": the whole page, requested in-process through Django's test client with production
  behaviour (`familyinfo.settings.bench`: no debug, cached templates).

Each is warmed three times, then timed N times; "queries" is the number of database queries
for one page. Use a throwaway database: it adds thousands of made-up providers.
"""

import argparse
import csv
import datetime
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "familyinfo.settings.bench")

# A postcode in Low Hill, in the north-east of the city, so nearest first has to sort them all.
POSTCODE = "postcode=WV10+9DG"
SCENARIOS = [
    ("no filter, by name", "page=1"),
    ("postcode, nearest first", POSTCODE),
    ("postcode + funded 2s", f"{POSTCODE}&funded_two=1"),
    ("postcode + age", f"{POSTCODE}&age=two"),
    ("postcode + vacancies", f"{POSTCODE}&vacancies=1"),
    ("postcode + vacancies for 2s", f"{POSTCODE}&vacancies=1&age=two"),
    ("postcode + type", f"{POSTCODE}&type=childminder"),
    ("postcode + two types", f"{POSTCODE}&type=day_nursery&type=pre_school"),
    ("postcode + pick-ups", f"{POSTCODE}&pickups=1"),
    ("postcode + every filter", f"{POSTCODE}&funded_two=1&age=two&vacancies=1&type=childminder&pickups=1"),
    ("district postcode", "postcode=WV14"),
    ("funded 2s, no postcode", "funded_two=1"),
    ("postcode, deep page", f"{POSTCODE}&page=80"),
]
GENERATED_URN = "EY8{:05d}"  # a made-up range, apart from the demo's EY9xxxxx
TYPES = [("childminder", 45), ("day_nursery", 25), ("pre_school", 15), ("school_nursery", 15)]


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def generate_providers(count, start, rng):
    """`count` made-up providers, numbered from `start`, with vacancies; bulk inserted."""
    from django.utils import timezone

    from childcare.models import ChildcareProvider, ProviderVacancy
    from childcare.models.providers import AGE_GROUP_MONTHS, AgeGroup, OfstedOutcome, OpeningDays
    from hubs import postcodes
    from hubs.models import Ward

    localities = dict(Ward.objects.values_list("code", "locality_id"))
    with (postcodes.DATA_DIR / "postcodes.csv").open(newline="") as handle:
        city = [row["postcode"] for row in csv.DictReader(handle) if row["ward_code"] in localities]
    types, weights = zip(*TYPES, strict=True)
    today = timezone.localdate()
    providers, free = [], []
    for number in range(start, start + count):
        provider_type = rng.choices(types, weights)[0]
        postcode = rng.choice(city)
        childminder = provider_type == "childminder"
        place = postcodes.lookup(postcode.split(" ")[0] if childminder else postcode)
        youngest = 36 if provider_type == "school_nursery" and rng.random() < 0.6 else rng.choice([0, 3, 6, 24])
        oldest = rng.choice([4, 5, 8, 11]) if childminder else rng.choice([4, 4, 5])
        providers.append(
            ChildcareProvider(
                urn=GENERATED_URN.format(number),
                provider_type=provider_type,
                name=f"Generated {provider_type.replace('_', ' ')} {number}",
                address_line_1="" if childminder else f"{number} Generated Road",
                town="Wolverhampton",
                postcode="" if childminder else postcode,
                postcode_district=place.label.split(" ")[0],
                latitude=place.latitude,
                longitude=place.longitude,
                locality_id=localities.get(place.ward_code),
                youngest_months=youngest,
                oldest_years=oldest,
                funded_two_year_olds=youngest < 36 and rng.random() < 0.75,
                funded_universal=True,
                funded_extended=rng.random() < 0.7,
                opening_days=OpeningDays.SCHOOL_DAYS if provider_type != "day_nursery" else OpeningDays.WEEKDAYS,
                all_year=provider_type in ("childminder", "day_nursery"),
                school_pickups="Local primary schools" if childminder and rng.random() < 0.6 else "",
                holiday_care=childminder and oldest > 5,
                inspection_outcome=rng.choice([OfstedOutcome.GOOD] * 6 + [OfstedOutcome.OUTSTANDING] * 2 + [""]),
                is_demo=True,
            )
        )
        ages = [group for group, (low, high) in AGE_GROUP_MONTHS.items() if youngest <= high and oldest * 12 >= low]
        free.append(
            [
                (group, rng.randint(0, 3), today - datetime.timedelta(days=rng.randint(0, 120)))
                for group in ages
                if rng.random() < 0.7
            ]
        )
    created = ChildcareProvider.objects.bulk_create(providers, batch_size=500)
    if any(provider.pk is None for provider in created):  # databases that do not return ids
        by_urn = dict(ChildcareProvider.objects.filter(urn__startswith="EY8").values_list("urn", "pk"))
        for provider in created:
            provider.pk = by_urn[provider.urn]
    ProviderVacancy.objects.bulk_create(
        [
            ProviderVacancy(provider_id=provider.pk, age_group=AgeGroup(group), places=places, confirmed_on=day)
            for provider, rows in zip(created, free, strict=True)
            for group, places, day in rows
        ],
        batch_size=1000,
    )


def time_search(query, requests):
    """The finder's database work for one page: read the filters, count, load twenty rows."""
    from django.http import QueryDict
    from django.test import RequestFactory

    from childcare.finder import ProviderFilters, find_providers
    from childcare.finder_views import PROVIDERS_PER_PAGE
    from core.pagination import paginate

    request = RequestFactory().get("/childcare/?" + query)

    def search():
        filters = ProviderFilters.from_request(QueryDict(query))
        page = paginate(request, find_providers(filters), PROVIDERS_PER_PAGE)
        return page.paginator.count, list(page.object_list)

    for _ in range(3):
        found, shown = search()
    timings = []
    for _ in range(requests):
        started = time.perf_counter()
        search()
        timings.append((time.perf_counter() - started) * 1000)
    return found, len(shown), timings


def time_page(client, url, requests):
    from django.db import connection

    for _ in range(3):  # warm caches (templates, the page found at the address)
        client.get(url)
    queries = []

    def count(execute, sql, params, many, context, log=queries):
        log.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    timings = []
    for _ in range(requests):
        started = time.perf_counter()
        client.get(url)
        timings.append((time.perf_counter() - started) * 1000)
    return len(queries), timings


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--providers", type=int, default=2000)
    parser.add_argument("--requests", type=int, default=60)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--only", default="", help="Run only cases whose name contains this.")
    args = parser.parse_args()

    scratch = tempfile.mkdtemp(prefix="familyinfo-childcare-")
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{scratch}/childcare.sqlite3")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection, transaction
    from django.test import Client

    from childcare.models import ChildcareProvider

    call_command("migrate", "--noinput", verbosity=0)
    call_command("load_demo", skip_index=True, verbosity=0)  # the finder does not use the search index
    generated = ChildcareProvider.objects.filter(urn__startswith="EY8").count()
    wanted = args.providers - ChildcareProvider.objects.count()
    if wanted > 0:
        with transaction.atomic():
            generate_providers(wanted, generated, random.Random(args.seed))
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
    total = ChildcareProvider.objects.listed().count()

    client = Client(HTTP_HOST="localhost")
    print(f"database: {connection.vendor}, listed providers: {total}, requests per case: {args.requests}")
    print(
        f"{'case':30} {'found':>6} {'search median':>14} {'p95 ms':>7} {'page median':>12} {'p95 ms':>7} {'queries':>8}"
    )
    for name, query in [scenario for scenario in SCENARIOS if args.only in scenario[0]]:
        found, _shown, search = time_search(query, args.requests)
        queries, page = time_page(client, f"/childcare/?{query}", args.requests)
        print(
            f"{name:30} {found:6d} {statistics.median(search):14.1f} {percentile(search, 0.95):7.1f} "
            f"{statistics.median(page):12.1f} {percentile(page, 0.95):7.1f} {queries:8d}"
        )


if __name__ == "__main__":
    main()
