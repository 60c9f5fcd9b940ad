"""The address a request really came from, behind a known number of reverse proxies.

Behind a proxy every connection comes from the proxy, so counting by `REMOTE_ADDR` alone
puts every family in one rate-limit bucket and lets anyone lock a desk worker out of the
admin. Each proxy appends the address it was connected from to `X-Forwarded-For`; only the
entries the site's own proxies appended can be believed, as a visitor may send the header
with anything in it. `TRUSTED_PROXY_COUNT` says how many proxies stand in front of the
application server, and the client is the address the outermost of them saw.

With `TRUSTED_PROXY_COUNT = 0` (the default) the header is never read.
"""

from django.conf import settings
from ipware import get_client_ip

FORWARDED_HEADER = "HTTP_X_FORWARDED_FOR"


def client_address(request):
    """The client's address as text: what the outermost trusted proxy saw, or the
    connection's own address when there is no trusted proxy (or the chain is shorter than
    the proxies configured, as for a request that did not come through them)."""
    connected_from = request.META.get("REMOTE_ADDR", "") or ""
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies <= 0 or not request.META.get(FORWARDED_HEADER):
        return connected_from
    # The nearest proxy is REMOTE_ADDR and does not list itself; each further proxy is the
    # last-but-one entry its successor appended. So the header holds proxies - 1 proxies
    # after the client, and whatever the visitor sent comes before (and is ignored).
    address, _routable = get_client_ip(
        request,
        proxy_order="left-most",
        proxy_count=proxies - 1,
        request_header_order=[FORWARDED_HEADER],
        strict=False,
    )
    return address or connected_from
