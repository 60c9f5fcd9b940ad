"""Top-three hit rate of the service search in each language, from parents' own words.

Usage (from the repository root, after `make run` or `make test` has installed everything):

    .venv/bin/python bench/bench_search_languages.py            # a new SQLite database
    .venv/bin/python bench/bench_search_languages.py --misses   # and what each miss found
    DATABASE_URL=postgres://... .venv/bin/python bench/bench_search_languages.py
    ELASTICSEARCH_URL=http://localhost:9200 .venv/bin/python bench/bench_search_languages.py

It migrates the database it is given (default: a new SQLite file in a temporary folder), loads
the demo, builds the search index of the backend the settings choose (Wagtail's database
backend, or Elasticsearch when ELASTICSEARCH_URL is set), and asks every question of
`tests/translations/search_questions.json` through the service listing, as a parent would.
"""

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "familyinfo.settings.bench")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--misses", action="store_true", help="Print each question missed and what it found.")
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL"):
        folder = tempfile.mkdtemp(prefix="familyinfo-search-")
        os.environ["DATABASE_URL"] = f"sqlite:///{folder}/bench.sqlite3"

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from wagtail.search.backends import get_search_backend

    from tests.search_quality import hit_rates

    call_command("migrate", "--noinput", verbosity=0)
    call_command("load_demo", verbosity=0)
    backend = type(get_search_backend()).__name__
    results = hit_rates(Client(HTTP_HOST="localhost"))
    english = results["en"][0] / results["en"][1]
    print(f"database: {connection.vendor}, search backend: {backend}")
    print(f"{'language':10} {'hits':>5} {'asked':>6} {'top 3':>7} {'vs English':>11}")
    for language, (hits, asked, misses) in results.items():
        rate = hits / asked
        print(f"{language:10} {hits:5d} {asked:6d} {rate:7.0%} {(rate - english) * 100:+10.0f}")
        if args.misses:
            for question, found in misses:
                print(f"    missed: {question!r} -> {', '.join(found) or 'nothing'}")


if __name__ == "__main__":
    main()
