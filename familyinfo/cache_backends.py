"""The shared cache (Redis) as a help to the site, never a condition for serving it.

Everything the site keeps in the cache can be rebuilt or done without: the page cache and
content caches are rebuilt from the database, and rate limits let families through. So while
Redis cannot be reached, `ResilientRedisCache` answers every call as a cache miss instead of
raising (which would turn every page, the self-referral form included, into a 500):

- reads find nothing (`get` gives the default, `get_many` nothing, `has_key` False);
- writes keep nothing (`set`, `add`, `touch`, `delete` give False; `set_many` lists every key
  as not stored);
- `incr` and `decr` raise ValueError, as for a key that is not there.

After a failure it waits `RETRY_SECONDS` before trying Redis again, so that a server that
hangs costs one family's request a short timeout, not every cache call of every request. An
outage is logged once per process when it starts and once when Redis answers again, naming
no key and no value. Only the redis client's connection and timeout errors are tolerated;
anything else (a wrong setting, a value that cannot be stored) still raises.

`/healthz` calls `ping()`, which goes past all of this, so load balancers and operators
still see the outage.
"""

import functools
import logging
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

UNREACHABLE = (RedisConnectionError, RedisTimeoutError)
RETRY_SECONDS = 5

# When each Redis server (by its address list) last failed, in this process; absent while
# it answers. Shared by the cache objects of every thread.
_down_since = {}


def _miss(value):
    return lambda: value


def _not_there():
    raise ValueError("The cache is unreachable, so the key is not there.")


class ResilientRedisCache(RedisCache):
    """Django's Redis cache, answering as a cache miss while Redis cannot be reached."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._server_key = tuple(self._servers)

    def _resting(self):
        since = _down_since.get(self._server_key)
        return since is not None and time.monotonic() - since < RETRY_SECONDS

    def _went_down(self, error):
        if self._server_key not in _down_since:
            # The class of the error only: its message could one day carry a key.
            logger.warning(
                "The shared cache (Redis) is unreachable (%s): pages are built without it and rate limits "
                "are not applied until it answers again.",
                type(error).__name__,
            )
        _down_since[self._server_key] = time.monotonic()

    def _answered(self):
        if _down_since.pop(self._server_key, None) is not None:
            logger.warning("The shared cache (Redis) answers again.")

    def _attempt(self, call, miss):
        if self._resting():
            return miss()
        try:
            result = call()
        except UNREACHABLE as error:
            self._went_down(error)
            return miss()
        self._answered()
        return result

    def ping(self):
        """Ask Redis directly, past the tolerance: raises while it cannot be reached."""
        try:
            self._cache.get_client(write=True).ping()
        except UNREACHABLE as error:
            self._went_down(error)
            raise
        self._answered()
        return True

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._attempt(functools.partial(super().add, key, value, timeout, version), _miss(False))

    def get(self, key, default=None, version=None):
        return self._attempt(functools.partial(super().get, key, default, version), _miss(default))

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._attempt(functools.partial(super().set, key, value, timeout, version), _miss(False))

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._attempt(functools.partial(super().touch, key, timeout, version), _miss(False))

    def delete(self, key, version=None):
        return self._attempt(functools.partial(super().delete, key, version), _miss(False))

    def get_many(self, keys, version=None):
        return self._attempt(functools.partial(super().get_many, keys, version), dict)

    def has_key(self, key, version=None):
        return self._attempt(functools.partial(super().has_key, key, version), _miss(False))

    def incr(self, key, delta=1, version=None):
        return self._attempt(functools.partial(super().incr, key, delta, version), _not_there)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._attempt(functools.partial(super().set_many, data, timeout, version), lambda: list(data))

    def delete_many(self, keys, version=None):
        return self._attempt(functools.partial(super().delete_many, keys, version), _miss(None))

    def clear(self):
        return self._attempt(super().clear, _miss(False))
