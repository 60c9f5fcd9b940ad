"""Behind the reverse proxy: each visitor is known by their own address, not the proxy's,
and a visitor cannot choose the address they are known by."""

import pytest
from django.contrib.auth import get_user_model
from django.test import RequestFactory

from core.client_address import client_address
from tests.factories import member_of

PROXY = "10.0.0.2"
OUTER_PROXY = "10.0.0.1"


def request_from(remote_addr, forwarded_for=None):
    extra = {"REMOTE_ADDR": remote_addr}
    if forwarded_for is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded_for
    return RequestFactory().get("/", **extra)


def test_without_trusted_proxies_the_forwarded_header_is_never_read(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_address(request_from("203.0.113.7", "198.51.100.1")) == "203.0.113.7"


def test_behind_one_proxy_the_address_it_saw_counts_and_what_the_visitor_sent_does_not(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    # The proxy appended the address it was connected from; the rest came from the visitor.
    assert client_address(request_from(PROXY, "198.51.100.23")) == "198.51.100.23"
    assert client_address(request_from(PROXY, "1.2.3.4, 198.51.100.23")) == "198.51.100.23"
    assert client_address(request_from(PROXY, "2001:db8::1")) == "2001:db8::1"


def test_behind_two_proxies_the_outer_proxy_decides(settings):
    settings.TRUSTED_PROXY_COUNT = 2
    assert client_address(request_from(PROXY, f"1.2.3.4, 198.51.100.23, {OUTER_PROXY}")) == "198.51.100.23"
    # A request that did not pass the outer proxy cannot be placed: it counts as the proxy's.
    assert client_address(request_from(PROXY, "198.51.100.23")) == PROXY
    assert client_address(request_from(PROXY)) == PROXY


@pytest.mark.django_db
def test_someone_failing_logins_for_a_desk_workers_name_elsewhere_does_not_lock_them_out(client, settings):
    """Axes locks by username and client address together: the desk worker's own address
    has no failures, while the guesser's address is stopped after the limit."""
    settings.TRUSTED_PROXY_COUNT = 1
    desk_worker = member_of("Early help desk", "desk.worker")
    desk_worker.set_password("a-long-correct-password")
    desk_worker.save()
    guesser = {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": "203.0.113.66"}
    desk = {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": "198.51.100.10"}
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        client.post("/admin/login/", {"username": "desk.worker", "password": f"guess-{attempt}"}, **guesser)

    right = {"username": "desk.worker", "password": "a-long-correct-password"}
    assert client.post("/admin/login/", right, **guesser).status_code == 429

    signed_in = client.post("/admin/login/", right, **desk)
    assert signed_in.status_code == 302
    assert client.get("/admin/", **desk).status_code == 200


@pytest.mark.django_db
def test_a_forged_forwarded_header_does_not_escape_a_lock_out_without_a_trusted_proxy(client, settings):
    settings.TRUSTED_PROXY_COUNT = 0
    get_user_model().objects.create_user("desk.worker", "desk@example.org", "a-long-correct-password")
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        client.post(
            "/admin/login/",
            {"username": "desk.worker", "password": f"guess-{attempt}"},
            REMOTE_ADDR="203.0.113.66",
            HTTP_X_FORWARDED_FOR=f"198.51.100.{attempt}",
        )
    response = client.post(
        "/admin/login/",
        {"username": "desk.worker", "password": "a-long-correct-password"},
        REMOTE_ADDR="203.0.113.66",
        HTTP_X_FORWARDED_FOR="198.51.100.200",
    )
    assert response.status_code == 429
