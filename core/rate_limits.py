"""Hourly limits on what one connection may send (self-referrals, parent champion interest).

Counts live in the shared cache (Redis in production), so every application server sees
the same count. A connection is known by a salted hash of its client address (see
client_address.py), which is never stored. Only what was actually accepted is counted: a
form sent back with mistakes uses nothing up. If the cache cannot be reached the form is
accepted: a family's request matters more than stopping a robot.
"""

import hashlib
import logging

from django.conf import settings
from django.core.cache import cache

from core.client_address import client_address

logger = logging.getLogger(__name__)

WINDOW_SECONDS = 60 * 60


class HourlyLimit:
    def __init__(self, name, setting):
        self.name = name
        self.setting = setting

    def limit(self):
        return getattr(settings, self.setting)

    def key(self, request):
        digest = hashlib.sha256(f"{settings.SECRET_KEY}:{client_address(request)}".encode()).hexdigest()[:24]
        return f"rate:{self.name}:{digest}"

    def reached(self, request):
        """Whether this connection has already sent as many as it may this hour."""
        try:
            return (cache.get(self.key(request)) or 0) >= self.limit()
        except Exception:  # noqa: BLE001 - an unreachable cache must never refuse a family
            logger.warning("Rate limit %s not checked: the cache is unreachable.", self.name)
            return False

    def count(self, request):
        """Count one accepted request; the hour starts with the first."""
        key = self.key(request)
        try:
            try:
                cache.add(key, 0, WINDOW_SECONDS)
                cache.incr(key)
            except ValueError:
                # It expired between add() and incr(): this one starts a new hour.
                cache.set(key, 1, WINDOW_SECONDS)
        except Exception:  # noqa: BLE001
            logger.warning("Rate limit %s not counted: the cache is unreachable.", self.name)


referrals = HourlyLimit("referrals", "REFERRAL_RATE_LIMIT_PER_HOUR")
champion_interest = HourlyLimit("champion-interest", "CHAMPION_INTEREST_RATE_LIMIT_PER_HOUR")
