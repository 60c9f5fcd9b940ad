"""Settings come from the environment, and production refuses unsafe defaults."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

READ_SETTINGS = (
    "import django, json; django.setup(); from django.conf import settings as s; "
    "print(json.dumps({'engine': s.DATABASES['default']['ENGINE'], "
    "'search': s.WAGTAILSEARCH_BACKENDS['default']['BACKEND'], 'debug': s.DEBUG, "
    "'hsts': getattr(s, 'SECURE_HSTS_SECONDS', 0)}))"
)


def run_with(settings_module, **env):
    clean = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "ELASTICSEARCH_URL", "SECRET_KEY", "ALLOWED_HOSTS", "REDIS_URL", "SENTRY_DSN"}
    }
    clean.update(env, DJANGO_SETTINGS_MODULE=settings_module)
    return subprocess.run([sys.executable, "-c", READ_SETTINGS], cwd=ROOT, env=clean, capture_output=True, text=True)


def test_embedded_default_is_sqlite_and_database_search():
    result = run_with("familyinfo.settings.dev")
    assert result.returncode == 0, result.stderr
    assert '"engine": "django.db.backends.sqlite3"' in result.stdout
    assert '"search": "wagtail.search.backends.database"' in result.stdout


def test_database_url_and_elasticsearch_url_switch_to_the_production_services():
    result = run_with(
        "familyinfo.settings.dev",
        DATABASE_URL="postgres://user:pass@db.example.org:5432/families",
        ELASTICSEARCH_URL="https://search.example.org:9200",
    )
    assert result.returncode == 0, result.stderr
    assert '"engine": "django.db.backends.postgresql"' in result.stdout
    assert '"search": "wagtail.search.backends.elasticsearch9"' in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    result = run_with(
        "familyinfo.settings.production", ALLOWED_HOSTS="families.example.org", DATABASE_URL="sqlite:///x.sqlite3"
    )
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_is_https_only_and_not_debug():
    result = run_with(
        "familyinfo.settings.production",
        SECRET_KEY="x" * 60,
        FIELD_ENCRYPTION_SALTS="a-salt",
        ALLOWED_HOSTS="families.example.org",
        DATABASE_URL="sqlite:///x.sqlite3",
        REDIS_URL="redis://cache.example.org:6379/0",
    )
    assert result.returncode == 0, result.stderr
    assert '"debug": false' in result.stdout
    assert '"hsts": 31536000' in result.stdout


def test_production_passes_check_deploy_with_no_warnings():
    env = {key: value for key, value in os.environ.items() if key not in {"DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}}
    result = subprocess.run(
        ["bash", "scripts/check-deploy.sh", sys.executable, "manage.py"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_static_files_collect_with_hashed_compressed_names(tmp_path):
    env = {key: value for key, value in os.environ.items() if key not in {"DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}}
    env.update(
        DJANGO_SETTINGS_MODULE="familyinfo.settings.production",
        SECRET_KEY="x" * 60,
        ALLOWED_HOSTS="families.example.org",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        FIELD_ENCRYPTION_SALTS="a-salt",
        REDIS_URL="redis://cache.example.org:6379/0",
        STATIC_ROOT=str(tmp_path / "static"),
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput"], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    css = list((tmp_path / "static" / "dist" / "css").glob("site.*.css.gz"))
    assert css, "hashed, compressed CSS expected"


PRODUCTION = {
    "SECRET_KEY": "x" * 60,
    "FIELD_ENCRYPTION_SALTS": "a-salt",
    "ALLOWED_HOSTS": "families.example.org",
    "DATABASE_URL": "sqlite:///x.sqlite3",
    "REDIS_URL": "redis://cache.example.org:6379/0",
}
READ_PRODUCTION = (
    "import django, json; django.setup(); from django.conf import settings as s; "
    "print(json.dumps({'subdomains': s.SECURE_HSTS_INCLUDE_SUBDOMAINS, 'preload': s.SECURE_HSTS_PRELOAD, "
    "'cache': s.CACHES['default']['BACKEND'], 'cache_at': s.CACHES['default'].get('LOCATION'), "
    "'proxies': s.TRUSTED_PROXY_COUNT}))"
)


def production_settings(**env):
    clean = {key: value for key, value in os.environ.items() if not key.startswith(("SECURE_", "REDIS_", "TRUSTED_"))}
    clean.update(env, DJANGO_SETTINGS_MODULE="familyinfo.settings.production")
    result = subprocess.run(
        [sys.executable, "-c", READ_PRODUCTION], cwd=ROOT, env=clean, capture_output=True, text=True
    )
    return result


def test_hsts_leaves_the_councils_other_subdomains_alone_unless_asked():
    result = production_settings(**PRODUCTION)
    assert result.returncode == 0, result.stderr
    read = json.loads(result.stdout)
    assert read["subdomains"] is False and read["preload"] is False
    assert read["proxies"] == 0

    asked = production_settings(**PRODUCTION, SECURE_HSTS_INCLUDE_SUBDOMAINS="true", SECURE_HSTS_PRELOAD="true")
    assert json.loads(asked.stdout)["subdomains"] is True and json.loads(asked.stdout)["preload"] is True


def test_production_workers_share_a_redis_cache_and_refuse_to_start_without_one():
    result = production_settings(**PRODUCTION)
    read = json.loads(result.stdout)
    assert read["cache"] == "familyinfo.cache_backends.ResilientRedisCache"
    assert read["cache_at"] == "redis://cache.example.org:6379/0"

    without = production_settings(**{key: value for key, value in PRODUCTION.items() if key != "REDIS_URL"})
    assert without.returncode != 0
    assert "REDIS_URL must be set" in without.stderr
    # `make run` keeps the cache in its one process's memory.
    dev = subprocess.run(
        [sys.executable, "-c", READ_PRODUCTION],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "familyinfo.settings.dev"},
        capture_output=True,
        text=True,
    )
    assert json.loads(dev.stdout)["cache"] == "django.core.cache.backends.locmem.LocMemCache"
