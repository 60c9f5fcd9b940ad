"""Throughput of public pages under load, against a trivial 1 KB page through the same
middleware (the yardstick), on a real server over loopback.

Usage (from the repository root, after `make run` or `make test` has installed everything):

    .venv/bin/python bench/bench_load.py
    .venv/bin/python bench/bench_load.py --seconds 20 --connections 32
    DATABASE_URL=postgres://... .venv/bin/python bench/bench_load.py

It migrates the database it is given (default: a new SQLite file in a temporary folder) and
loads the demo with its search index; starts Redis for the shared cache when Debian's
`redis-server` is installed (otherwise each worker keeps its own cache in memory); starts
gunicorn with 2 workers and the bench settings (`bench/load_settings.py`: no debug, cached
templates, the yardstick at /bench/yardstick/); and measures each address with `wrk`
(installed from Debian's packages if missing and run as root). Every request asks for gzip,
as browsers do. Ratios are requests per second against the yardstick's, measured in the same
run; the targets are those of issue 14.
"""

import argparse
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["DJANGO_SETTINGS_MODULE"] = "bench.load_settings"

CACHED_TARGET = 0.5
SEARCH_TARGET = 0.05


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def ensure_wrk():
    if shutil.which("wrk"):
        return shutil.which("wrk")
    if os.geteuid() == 0 and shutil.which("apt-get"):
        print("Installing wrk from Debian's packages...", flush=True)
        subprocess.run(["apt-get", "install", "-y", "-q", "wrk"], check=False, stdout=subprocess.DEVNULL)
        if shutil.which("wrk"):
            return shutil.which("wrk")
        subprocess.run(["apt-get", "update", "-q"], check=False, stdout=subprocess.DEVNULL)
        subprocess.run(["apt-get", "install", "-y", "-q", "wrk"], check=False, stdout=subprocess.DEVNULL)
    if not shutil.which("wrk"):
        sys.exit("wrk is needed: apt-get install wrk")
    return shutil.which("wrk")


def wait_for(url, attempts=150):
    for _ in range(attempts):
        try:
            with urllib.request.urlopen(url, timeout=10):
                return
        except OSError:
            time.sleep(0.2)
    sys.exit(f"The server did not answer at {url}")


def fetch(url, headers):
    request = urllib.request.Request(url, headers=headers)
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.status, dict(response.headers)


def measure(wrk, url, headers, seconds, connections, threads):
    command = [wrk, f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency"]
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    output = subprocess.run([*command, url], capture_output=True, text=True, check=True).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    median = re.search(r"50%\s+([\d.]+)(us|ms|s)\b", output)
    scale = {"us": 0.001, "ms": 1, "s": 1000}
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return rate, float(median.group(1)) * scale[median.group(2)], int(errors.group(1)) if errors else 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=10, help="how long each address is loaded")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn worker processes")
    parser.add_argument("--only", default="", help="Measure only addresses whose name contains this.")
    args = parser.parse_args()

    wrk = ensure_wrk()
    scratch = tempfile.mkdtemp(prefix="familyinfo-load-")
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{scratch}/site.sqlite3")
    redis = None
    if shutil.which("redis-server") and not os.environ.get("REDIS_URL"):
        redis_port = free_port()
        redis = subprocess.Popen(
            ["redis-server", "--port", str(redis_port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
        )
        os.environ["REDIS_URL"] = f"redis://127.0.0.1:{redis_port}/0"

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from directory.models import ServicePage
    from directory.views import SHORTLIST_COOKIE
    from hubs.models import HubPage

    print("Loading the demo (migrate, load_demo with its search index)...", flush=True)
    call_command("migrate", "--noinput", verbosity=0)
    call_command("load_demo", verbosity=0)
    service = ServicePage.objects.live().get(slug="stay-and-play")
    hub = HubPage.objects.live().get(slug="eastfield")
    vendor = connection.vendor
    connection.close()

    shortlist = {"Cookie": f"{SHORTLIST_COOKIE}={int(time.time())}:{service.pk}"}
    pages = [("home", "/"), ("listing", "/services/"), ("service", service.url), ("hub", hub.url)]
    pages += [("hub, Urdu", f"/ur{hub.url}"), ("what's on", "/whats-on/")]
    scenarios = [("yardstick (1 KB, every middleware)", "/bench/yardstick/", {}, None)]
    scenarios += [(f"{name}, cached", path, {}, CACHED_TARGET) for name, path in pages]
    # A family with a shortlist always gets pages built for them: the uncached case.
    scenarios += [(f"{name}, uncached", path, shortlist, None) for name, path in pages]
    scenarios += [
        ("site search", "/search/?q=parenting", {}, SEARCH_TARGET),
        ("listing search", "/services/?q=family+support&need=parenting", {}, SEARCH_TARGET),
        ("postcode, nearest first", "/services/?postcode=WV10+9SG", {}, SEARCH_TARGET),
        ("hub finder, postcode", "/hubs/?postcode=WV14+0TP", {}, SEARCH_TARGET),
    ]
    scenarios = [s for s in scenarios if not args.only or args.only in s[0] or s[0].startswith("yardstick")]

    port = free_port()
    server = subprocess.Popen(
        [
            str(ROOT / ".venv/bin/gunicorn"),
            "familyinfo.wsgi",
            f"--bind=127.0.0.1:{port}",
            f"--workers={args.workers}",
            "--log-level=warning",
            "--access-logfile=/dev/null",
        ],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "bench.load_settings"},
    )
    base = f"http://127.0.0.1:{port}"
    results = []
    try:
        wait_for(f"{base}/bench/yardstick/")
        for name, path, headers, target in scenarios:
            headers = {"Accept-Encoding": "gzip", **headers}
            for _ in range(2 * args.workers):  # warm each worker (templates, caches)
                status, response_headers = fetch(base + path, headers)
                assert status == 200, (path, status)
            cache_state = response_headers.get("X-Page-Cache", "-")
            rate, median, errors = measure(wrk, base + path, headers, args.seconds, args.connections, args.threads)
            results.append((name, path, rate, median, errors, cache_state, target))
            print(f"  {name}: {rate:.0f} requests/s", flush=True)
    finally:
        server.terminate()
        server.wait(timeout=30)
        if redis:
            redis.terminate()
            redis.wait(timeout=10)

    yardstick = results[0][2]
    cache = "Redis" if os.environ.get("REDIS_URL") else "local memory (each worker its own)"
    print()
    print(f"database: {vendor}, cache: {cache}, gunicorn {args.workers} sync workers")
    print(f"wrk: {args.threads} threads, {args.connections} connections, {args.seconds} s per address, gzip asked")
    print()
    print(f"| {'address':38} | {'requests/s':>10} | {'median ms':>9} | {'x yardstick':>11} | page cache | target |")
    print(f"| {'-' * 38} | {'-' * 9}: | {'-' * 8}: | {'-' * 10}: | --- | --- |")
    failed = False
    for name, _path, rate, median, errors, cache_state, target in results:
        ratio = rate / yardstick
        verdict = ""
        if target is not None:
            met = ratio >= target
            failed |= not met
            verdict = f"{'met' if met else 'MISSED'} (>= {target:.0%})"
        note = f" ({errors} errors)" if errors else ""
        print(f"| {name + note:38} | {rate:10.0f} | {median:9.2f} | {ratio:11.1%} | {cache_state} | {verdict} |")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
