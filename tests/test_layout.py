"""The repository keeps the layout the README describes."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_site_folder_is_not_a_python_package():
    # The standard library owns the name `site`; a package here would shadow it.
    assert not (ROOT / "site" / "__init__.py").exists()


def test_every_folder_of_the_layout_exists():
    for name in [
        "site/templates",
        "site/static",
        "site/src",
        "familyinfo",
        "directory",
        "hubs",
        "referrals",
        "translations",
        "tests",
    ]:
        assert (ROOT / name).is_dir(), name
    for name in ["manage.py", "pyproject.toml", "Makefile", "README.md", ".ci/run"]:
        assert (ROOT / name).is_file(), name


def test_readme_quick_start_is_the_two_commands():
    readme = (ROOT / "README.md").read_text()
    assert "make run" in readme and "make test" in readme
    for folder in [
        "`site/`",
        "`familyinfo/`",
        "`directory/`",
        "`hubs/`",
        "`referrals/`",
        "`translations/`",
        "`tests/`",
    ]:
        assert folder in readme, f"the README's architecture section should describe {folder}"


def test_nothing_reads_the_shared_folder_at_run_time():
    for app in ["familyinfo", "directory", "hubs", "referrals", "translations"]:
        for path in (ROOT / app).rglob("*.py"):
            assert "../shared" not in path.read_text(), path
