"""A real browser: Debian's headless Chromium driven by Playwright, with axe-core.

No browser is downloaded: Playwright launches the system Chromium (`CHROMIUM_PATH`,
default /usr/bin/chromium). Without it these tests skip, except in CI, where they fail.
"""

import json
import os
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
AXE_SCRIPT = ROOT / "node_modules" / "axe-core" / "axe.min.js"

EDITOR_PASSWORD = "a-long-correct-password"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_collection_modifyitems(items):
    for item in items:
        if Path(item.fspath).is_relative_to(Path(__file__).parent):
            item.add_marker(pytest.mark.browser)
            # The marker makes pytest-django create the test database (it only does for tests
            # that ask), and rolls back whatever a test's requests wrote to it.
            item.add_marker(pytest.mark.django_db)


def _unavailable(reason):
    if os.environ.get("CI") == "true":
        pytest.fail(f"Browser tests must run in CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def chromium():
    if not Path(CHROMIUM).exists():
        _unavailable(f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    if not AXE_SCRIPT.exists():
        _unavailable("axe-core is not installed (npm ci)")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in the test thread; the ORM calls the tests
    # make there are still synchronous and safe.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            yield browser
            browser.close()
    finally:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


@pytest.fixture
def browser_page(chromium):
    # The site's own CSP forbids inline scripts, so axe-core is injected with CSP bypassed.
    context = chromium.new_context(viewport={"width": 1024, "height": 800}, bypass_csp=True)
    # Nothing may leave this machine: any request to another host is answered locally.
    context.route(
        lambda url: not url.startswith(("http://localhost", "http://127.0.0.1")),
        lambda route: route.fulfill(status=200, content_type="text/html", body="<title>Elsewhere</title>"),
    )
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture(scope="session")
def site(django_db_setup, django_db_blocker):
    """The demo site (built once by django_db_setup), served on loopback for the whole run.

    Browser tests only read, or write things no other test counts, so one server and one
    database for all of them keeps the suite fast.
    """
    from django.contrib.staticfiles.handlers import StaticFilesHandler
    from django.db import connections
    from django.test.testcases import LiveServerThread

    django_db_blocker.unblock()
    # Made here, outside any test's transaction, so the server's threads can read it.
    from django.contrib.auth import get_user_model

    get_user_model().objects.create_superuser("editor", "editor@example.org", EDITOR_PASSWORD)
    from django.contrib.auth.models import Group

    for username, group in [
        ("desk", "Early help desk"),
        ("fis-editor", "FIS editors"),
        ("fis-publisher", "FIS publishers"),
        ("champion", "Parent champions"),
    ]:
        user = get_user_model().objects.create_user(username, f"{username}@example.org", EDITOR_PASSWORD)
        user.groups.add(Group.objects.get(name=group))
    shared = {}
    for connection in connections.all():
        if connection.vendor == "sqlite" and connection.is_in_memory_db():
            connection.inc_thread_sharing()
            shared[connection.alias] = connection
    server = LiveServerThread("localhost", StaticFilesHandler, connections_override=shared, port=0)
    server.daemon = True
    server.start()
    server.is_ready.wait()
    if server.error:
        raise server.error
    yield SimpleNamespace(url=f"http://localhost:{server.port}")
    server.terminate()
    for connection in shared.values():
        connection.dec_thread_sharing()
    django_db_blocker.restore()


def axe_violations(page, tags=("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice")):
    page.add_script_tag(path=str(AXE_SCRIPT))
    result = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})", list(tags)
    )
    return [
        {"id": v["id"], "impact": v["impact"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in result["violations"]
    ]


def assert_accessible(page):
    violations = axe_violations(page)
    assert violations == [], f"axe-core found problems on {page.url}:\n{json.dumps(violations, indent=2)}"
