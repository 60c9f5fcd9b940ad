"""Settings for bench/bench_load.py: the bench settings (production behaviour without HTTPS),
the shared cache in Redis when the script started one, and the yardstick's address."""

import os

from familyinfo.settings.bench import *  # noqa: F401,F403

ROOT_URLCONF = "bench.load_urls"
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": "familyinfo-bench",
        }
    }
