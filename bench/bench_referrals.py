"""Send N self-referrals at once to a real server on loopback, and count what was stored.

Usage (from the repository root, after `make run` or `make test` has installed everything):

    .venv/bin/python bench/bench_referrals.py --referrals 60 --concurrency 12
    DATABASE_URL=postgres://... .venv/bin/python bench/bench_referrals.py

It migrates the database it is given (default: a new SQLite file in a temporary folder),
loads the demo, starts gunicorn on a free loopback port, and runs N families through the
whole form at the same time. Each family presses "Send" twice at once, as a double click
does. Then it counts the referrals in the database: the goal is exactly N, one for each
reference the families were shown.
"""

import argparse
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "familyinfo.settings.bench")

STEPS = {
    "about-you": {"full_name": "Bench Family {n}", "relationship": "parent"},
    "contact": {"phone": "07700 900{n:03d}", "preferred": "call", "safe": ["call"]},
    "address": {"postcode": "WV10 9SG"},
    "children": {
        "child-TOTAL_FORMS": "1",
        "child-INITIAL_FORMS": "0",
        "child-MIN_NUM_FORMS": "1",
        "child-MAX_NUM_FORMS": "10",
        "child-0-name": "Child {n}",
        "child-0-born": "yes",
        "child-0-date_day": "1",
        "child-0-date_month": "6",
        "child-0-date_year": "2020",
        "child-0-send": "no",
    },
    "help": {"situation": "Benchmark referral {n}: help with routines."},
    "professionals": {"involved": "no"},
    "language": {"language": "en", "interpreter": "no"},
    "consent": {"consent": "yes"},
}


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fields(response):
    csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.text)
    state = re.search(r'name="state" value="([^"]+)"', response.text)
    return {"csrfmiddlewaretoken": csrf.group(1) if csrf else "", "state": state.group(1) if state else ""}


def family(base, number):
    """One family through the whole form; returns (reference, seconds for the final send)."""
    session = requests.Session()
    headers = {"Referer": base + "/refer/"}
    page = session.get(f"{base}/refer/about-you/")
    for step, answers in STEPS.items():
        data = {
            key: [v.format(n=number) for v in value] if isinstance(value, list) else value.format(n=number)
            for key, value in answers.items()
        }
        page = session.post(f"{base}/refer/{step}/", data={**data, **fields(page)}, headers=headers)
        page.raise_for_status()
    assert page.url.endswith("/refer/check/"), page.url
    final = fields(page)
    started = time.perf_counter()
    with ThreadPoolExecutor(2) as double_click:
        sends = list(
            double_click.map(lambda _: session.post(f"{base}/refer/check/", data=final, headers=headers), range(2))
        )
    seconds = time.perf_counter() - started
    for response in sends:
        response.raise_for_status()
    done = session.get(f"{base}/refer/sent/")
    reference = re.search(r'class="referral-reference"><bdi dir="ltr">([A-Z0-9-]+)<', done.text)
    return (reference.group(1) if reference else None), seconds


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--referrals", type=int, default=60)
    parser.add_argument("--concurrency", type=int, default=12)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn worker processes")
    parser.add_argument("--threads", type=int, default=4, help="threads per gunicorn worker")
    args = parser.parse_args()

    scratch = tempfile.mkdtemp(prefix="familyinfo-bench-")
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{scratch}/referrals.sqlite3")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from referrals.models import Notification, Referral

    call_command("migrate", "--noinput", verbosity=0)
    call_command("load_demo", skip_index=True, verbosity=0)
    before = Referral.objects.count()
    connection.close()

    port = free_port()
    env = {
        **os.environ,
        "REFERRAL_RATE_LIMIT_PER_HOUR": "1000000",
        "EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend",
    }
    server = subprocess.Popen(
        [
            str(ROOT / ".venv/bin/gunicorn"),
            "familyinfo.wsgi",
            f"--bind=127.0.0.1:{port}",
            f"--workers={args.workers}",
            f"--threads={args.threads}",
            "--log-level=warning",
        ],
        cwd=ROOT,
        env=env,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                requests.get(f"{base}/refer/", timeout=10)
                break
            except requests.RequestException:
                time.sleep(0.2)
        lock = threading.Lock()
        errors = []

        def run(number):
            try:
                return family(base, number)
            except Exception as error:  # noqa: BLE001 (count every failure, keep going)
                with lock:
                    errors.append(repr(error)[:200])
                return None, None

        started = time.perf_counter()
        with ThreadPoolExecutor(args.concurrency) as pool:
            results = list(pool.map(run, range(args.referrals)))
        elapsed = time.perf_counter() - started
    finally:
        server.terminate()
        server.wait(timeout=30)

    shown = [reference for reference, _ in results if reference]
    stored = Referral.objects.count() - before
    matched = Referral.objects.filter(reference__in=shown).count()
    sends = [seconds * 1000 for _, seconds in results if seconds is not None]
    print(f"database: {connection.vendor}, server: gunicorn {args.workers} workers x {args.threads} threads")
    print(f"families: {args.referrals}, at once: {args.concurrency}, each pressing Send twice")
    print(f"references shown: {len(shown)} ({len(set(shown))} different)")
    print(f"referrals stored: {stored}, matching a reference shown: {matched}, duplicates: {stored - len(set(shown))}")
    print(f"notifications queued: {Notification.objects.filter(referral__reference__in=shown).count()}")
    if sends:
        print(
            f"double send, median {statistics.median(sends):.0f} ms, slowest {max(sends):.0f} ms; total {elapsed:.1f} s"
        )
    if errors:
        print(f"errors: {len(errors)}, first: {errors[0]}")
    ok = stored == args.referrals == matched == len(set(shown)) and not errors
    print("result: every referral stored once" if ok else "result: FAILED")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
