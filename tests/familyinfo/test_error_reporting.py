"""Error reports (Sentry, only when SENTRY_DSN is set) never carry personal data."""

import json
import os
import subprocess
import sys
from pathlib import Path

from familyinfo.error_reporting import scrub_event

ROOT = Path(__file__).resolve().parents[2]

# What a family typed into a referral, and what identifies them or a desk worker.
PERSONAL = [
    "Zofia Kowalska-Łęcka",
    "07700 900123",
    "zofia@example.org",
    "12 Example Road",
    "WV10 9SG",
    "my son has tantrums",
    "sessionid-abc123",
    "csrftoken-def456",
    "203.0.113.7",
    "desk.worker",
    "q=domestic",
]


def realistic_event():
    """An event as sentry-sdk builds it for an error while a referral was being sent, with
    every optional part filled in."""
    return {
        "event_id": "0f1e2d3c4b5a69788796a5b4c3d2e1f0",
        "timestamp": "2026-03-01T10:00:00Z",
        "level": "error",
        "platform": "python",
        "logger": "django.request",
        "server_name": "app-1",
        "environment": "production",
        "transaction": "/refer/check/",
        "sdk": {"name": "sentry.python.django", "version": "2"},
        "message": "Internal Server Error: /refer/check/ from Zofia Kowalska-Łęcka",
        "logentry": {
            "message": "Internal Server Error: %s",
            "params": ["/refer/check/", "Zofia Kowalska-Łęcka"],
            "formatted": "Internal Server Error: /refer/check/ Zofia Kowalska-Łęcka",
        },
        "exception": {
            "values": [
                {
                    "type": "IntegrityError",
                    "module": "django.db.utils",
                    "value": 'duplicate key: (email)=(zofia@example.org), phone "07700 900123"',
                    "mechanism": {"type": "django", "handled": False, "data": {"phone": "07700 900123"}},
                    "stacktrace": {
                        "frames": [
                            {
                                "filename": "referrals/submission.py",
                                "module": "referrals.submission",
                                "function": "submit",
                                "lineno": 97,
                                "in_app": True,
                                "context_line": "referral = Referral.objects.create(**fields)",
                                "vars": {
                                    "fields": {
                                        "full_name": "Zofia Kowalska-Łęcka",
                                        "phone": "07700 900123",
                                        "address": "12 Example Road, Wolverhampton",
                                        "postcode": "WV10 9SG",
                                        "situation": "my son has tantrums every day",
                                    }
                                },
                            }
                        ]
                    },
                }
            ]
        },
        "request": {
            "method": "POST",
            "url": "https://families.example.org/refer/check/?q=domestic",
            "query_string": "q=domestic",
            "data": {"full_name": "Zofia Kowalska-Łęcka", "email": "zofia@example.org", "postcode": "WV10 9SG"},
            "cookies": {"sessionid": "sessionid-abc123", "csrftoken": "csrftoken-def456"},
            "headers": {"Cookie": "sessionid=sessionid-abc123", "X-Forwarded-For": "203.0.113.7"},
            "env": {"REMOTE_ADDR": "203.0.113.7"},
        },
        "user": {"id": 7, "username": "desk.worker", "ip_address": "203.0.113.7", "email": "desk@example.org"},
        "breadcrumbs": {
            "values": [
                {
                    "category": "query",
                    "message": "INSERT INTO referrals_referral",
                    "data": {"params": ["zofia@example.org"]},
                }
            ]
        },
        "extra": {"sys.argv": ["gunicorn"], "answers": {"phone": "07700 900123"}},
        "tags": {"url": "https://families.example.org/refer/check/?q=domestic"},
        "contexts": {
            "runtime": {"name": "CPython", "version": "3.11.7"},
            "trace": {"trace_id": "a" * 32, "span_id": "b" * 16, "data": {"postcode": "WV10 9SG"}},
            "response": {"status_code": 500, "data": "Zofia Kowalska-Łęcka"},
        },
    }


def test_a_report_of_a_failed_referral_keeps_where_it_failed_and_nothing_personal():
    sent = json.dumps(scrub_event(realistic_event(), {}), ensure_ascii=False)
    for personal in PERSONAL:
        assert personal not in sent, personal
    report = json.loads(sent)
    error = report["exception"]["values"][0]
    assert error["type"] == "IntegrityError"
    frame = error["stacktrace"]["frames"][0]
    assert (frame["function"], frame["lineno"], frame["filename"]) == ("submit", 97, "referrals/submission.py")
    assert "vars" not in frame
    assert report["request"] == {"method": "POST", "url": "https://families.example.org/refer/check/"}
    assert report["logentry"] == {"message": "Internal Server Error: %s"}
    assert "user" not in report and "breadcrumbs" not in report


def test_production_reports_errors_only_when_a_dsn_is_set_and_never_personal_data(tmp_path):
    """The production settings, a real sentry-sdk client and a real failing request with a
    referral's answers in it: what would be sent to Sentry holds none of them."""
    script = """
import json
import django
django.setup()
import sentry_sdk
from sentry_sdk.transport import Transport
from django.test import Client

events = []
class Keep(Transport):
    def capture_envelope(self, envelope):
        event = envelope.get_event()
        if event is not None:
            events.append(event)

from django.conf import settings
from django.test import override_settings
# No collected static files here: the error page links them unhashed.
plain = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
override_settings(STORAGES={**settings.STORAGES, "staticfiles": plain}).enable()

client = sentry_sdk.get_client()
options = client.options
client.transport = Keep(options)
answers = {
    "full_name": "Zofia Kowalska-Łęcka", "phone": "07700 900123", "email": "zofia@example.org",
    "address": "12 Example Road", "postcode": "WV10 9SG", "situation": "my son has tantrums",
}
browser = Client(raise_request_exception=False, HTTP_X_FORWARDED_FOR="203.0.113.7")
browser.cookies["sessionid"] = "sessionid-abc123"
# The database has no tables: the request fails, as a real one would with the database gone.
status = browser.post("/refer/about-you/?q=domestic", answers, secure=True).status_code
sentry_sdk.flush()
print(json.dumps({"status": status, "pii": options["send_default_pii"], "events": events}, default=str))
"""
    env = {key: value for key, value in os.environ.items() if key not in {"DJANGO_ALLOW_ASYNC_UNSAFE"}}
    env.update(
        DJANGO_SETTINGS_MODULE="familyinfo.settings.production",
        SECRET_KEY="x" * 60,
        ALLOWED_HOSTS="testserver",
        DATABASE_URL=f"sqlite:///{tmp_path / 'empty.sqlite3'}",
        FIELD_ENCRYPTION_SALTS="a-salt",
        REDIS_URL="redis://127.0.0.1:1/0",
        SENTRY_DSN="https://public@sentry.example.invalid/1",
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    output = json.loads(result.stdout.strip().splitlines()[-1])
    assert output["status"] == 500 and output["pii"] is False
    assert output["events"], "the failure was reported"
    sent = json.dumps(output["events"], ensure_ascii=False)
    for personal in PERSONAL:
        assert personal not in sent, personal
    assert "OperationalError" in sent


def test_without_a_dsn_nothing_is_reported(tmp_path):
    script = "import django; django.setup(); import sentry_sdk; print(sentry_sdk.get_client().is_active())"
    env = {key: value for key, value in os.environ.items() if key not in {"SENTRY_DSN", "DJANGO_ALLOW_ASYNC_UNSAFE"}}
    env.update(
        DJANGO_SETTINGS_MODULE="familyinfo.settings.production",
        SECRET_KEY="x" * 60,
        ALLOWED_HOSTS="testserver",
        DATABASE_URL=f"sqlite:///{tmp_path / 'empty.sqlite3'}",
        FIELD_ENCRYPTION_SALTS="a-salt",
        REDIS_URL="redis://127.0.0.1:1/0",
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
