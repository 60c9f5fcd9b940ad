"""The repository keeps the shape the README describes: dependencies run one way, and the
apps stand on their own."""

import subprocess
import sys
import tomllib
from pathlib import Path

from django.conf import settings

ROOT = Path(__file__).resolve().parent.parent


def project_apps():
    """The project's own apps, as the site runs them (not a list copied from the README)."""
    apps = [app for app in settings.INSTALLED_APPS if (ROOT / app / "__init__.py").is_file()]
    assert apps, "no app of the project found in INSTALLED_APPS"
    return apps


def test_the_import_contracts_hold():
    # Fails when an import runs against the direction the README draws (the kernel importing
    # an app, hubs importing directory, anything but the URLs importing referrals).
    lint_imports = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run(
        [str(lint_imports), "--no-cache", "--no-logo"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, f"lint-imports failed:\n{result.stdout}\n{result.stderr}"
    assert "0 broken" in result.stdout, result.stdout


def test_every_app_is_under_the_import_contracts():
    # An app left out of root_packages escapes every contract: its imports are never checked.
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]
    missing = set(project_apps()) - set(config["root_packages"])
    assert not missing, f"apps the import contracts do not check: {sorted(missing)}"


def test_site_folder_is_not_a_python_package():
    # The standard library owns the name `site`; a package here would shadow it.
    assert not (ROOT / "site" / "__init__.py").exists()


def test_nothing_reads_the_shared_folder_at_run_time():
    # ../shared holds the team's notes beside the repository; a deployed site has no such folder.
    for app in project_apps():
        for path in (ROOT / app).rglob("*.py"):
            assert "../shared" not in path.read_text(), path
