"""Measure the service listing and search at scale: median and p95 latency, queries per page.

Usage (from the repository root, after `make run` or `make test` has installed everything):

    .venv/bin/python bench/bench_directory.py --services 10000 --requests 40
    DATABASE_URL=postgres://... .venv/bin/python bench/bench_directory.py --services 10000

It migrates the database it is given, loads the demo, tops it up to N services with
`generate_scale_data`, then requests each page in-process through Django's test client and
prints one line per page. Use a throwaway database: it adds thousands of generated services.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "familyinfo.settings.bench")

SCENARIOS = [
    ("listing, no filter", "/services/"),
    ("listing, need + age", "/services/?need=parenting&age=3"),
    ("filtered search", "/services/?q=parenting+course&need=parenting&age=3&free=1"),
    ("search + postcode + day", "/services/?q=family+support&postcode=WV10+9SG&day=monday"),
    ("postcode, nearest first", "/services/?postcode=WV14+0TP"),
    ("deep page", "/services/?page=50"),
    ("site search", "/search/?q=parenting"),
    ("api: services, 100 a page", "/api/openreferral/services?per_page=100"),
    ("api: search", "/api/openreferral/services?search=parenting&minimum_age=2"),
    ("api: near a postcode", "/api/openreferral/service_at_locations?postcode=WV10+9SG&proximity=2000"),
]


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--services", type=int, default=10000)
    parser.add_argument("--requests", type=int, default=40)
    parser.add_argument("--only", default="", help="Run only pages whose name contains this.")
    args = parser.parse_args()

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    from directory.models import ServicePage

    call_command("migrate", "--noinput", verbosity=0)
    call_command("load_demo", skip_index=True, verbosity=0)  # generate_scale_data indexes
    demo = ServicePage.objects.exclude(slug__startswith="generated-").count()
    call_command("generate_scale_data", services=max(0, args.services - demo), verbosity=0)
    total = ServicePage.objects.live().count()

    client = Client(HTTP_HOST="localhost")
    print(f"database: {connection.vendor}, live services: {total}, requests per page: {args.requests}")
    print(f"{'page':28} {'median ms':>10} {'p95 ms':>8} {'queries':>8}")
    for name, url in [scenario for scenario in SCENARIOS if args.only in scenario[0]]:
        for _ in range(3):  # warm caches (templates, search vocabulary)
            client.get(url)
        queries = []

        def count(execute, sql, params, many, context, log=queries):
            log.append(sql)
            return execute(sql, params, many, context)

        with connection.execute_wrapper(count):
            response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        timings = []
        for _ in range(args.requests):
            started = time.perf_counter()
            client.get(url)
            timings.append((time.perf_counter() - started) * 1000)
        print(f"{name:28} {statistics.median(timings):10.1f} {percentile(timings, 0.95):8.1f} {len(queries):8d}")


if __name__ == "__main__":
    main()
