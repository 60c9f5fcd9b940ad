"""The security baseline: headers on every response, throttled admin login, no trackers."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model

pytestmark = pytest.mark.django_db


def test_public_pages_forbid_inline_scripts_and_framing(client, demo_site):
    response = client.get("/")
    policy = response["Content-Security-Policy"]
    script_src = next(part for part in policy.split(";") if part.strip().startswith("script-src"))
    assert "'unsafe-inline'" not in script_src and "'unsafe-eval'" not in script_src
    assert "frame-ancestors 'none'" in policy
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "camera=()" in response["Permissions-Policy"]


def test_public_pages_load_nothing_from_other_sites(client, demo_site):
    html = client.get("/").content.decode()
    for tag in ("<script", "<link"):
        for chunk in html.split(tag)[1:]:
            attrs = chunk.split(">")[0]
            if 'rel="alternate"' in attrs:
                continue
            assert "http://" not in attrs and "https://" not in attrs, attrs


def test_pages_have_no_inline_scripts(client, demo_site):
    scripts = BeautifulSoup(client.get("/").content, "html.parser").find_all("script")
    assert scripts
    for script in scripts:
        assert script.get("src"), script
        assert script.get_text().strip() == "", script


def test_admin_may_frame_its_own_previews(client, db):
    response = client.get("/admin/login/")
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert "frame-ancestors 'self'" in response["Content-Security-Policy"]


def test_admin_login_is_locked_after_repeated_failures(client, db, settings):
    get_user_model().objects.create_superuser("editor", "editor@example.org", "a-long-correct-password")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post("/admin/login/", {"username": "editor", "password": "wrong"})
    response = client.post("/admin/login/", {"username": "editor", "password": "a-long-correct-password"})
    assert response.status_code == 429
    assert b"Too many failed sign-in attempts" in response.content


def test_admin_login_works_with_the_right_password(client, db):
    get_user_model().objects.create_superuser("editor", "editor@example.org", "a-long-correct-password")
    response = client.post("/admin/login/", {"username": "editor", "password": "a-long-correct-password"})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_no_tracking_cookies_on_public_pages(client, demo_site):
    response = client.get("/what-is-early-help/")
    assert list(response.cookies) == []


def test_the_admin_sends_no_editors_email_address_to_gravatar(client, db):
    editor = get_user_model().objects.create_superuser("editor", "editor@example.org", "a-long-correct-password")
    client.force_login(editor)
    assert b"gravatar.com" not in client.get("/admin/").content
