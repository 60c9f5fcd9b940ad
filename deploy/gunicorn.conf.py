"""Gunicorn, the application server, as production runs it behind nginx (deploy/nginx/).

    gunicorn -c deploy/gunicorn.conf.py familyinfo.wsgi

Started by deploy/systemd/familyinfo.service. Each setting can be overridden from the
environment file with GUNICORN_* variables.
"""

import multiprocessing
import os

# nginx on the same machine is the only client: never listen on a public address.
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Sync workers: nginx buffers requests and responses, so a slow phone never holds a worker.
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
worker_class = "sync"
# Each worker loads the site itself, so `systemctl reload familyinfo` (HUP) picks up new code
# without dropping a request.
preload_app = False
# A request that takes longer than this is killed (nginx gives up at the same time).
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))
graceful_timeout = 30
keepalive = 5
# Replace each worker now and then, so a slow leak never builds up.
max_requests = 2000
max_requests_jitter = 200
# Only nginx may say a request came over HTTPS (X-Forwarded-Proto). The client's address is
# worked out by the site from X-Forwarded-For and TRUSTED_PROXY_COUNT, not by gunicorn.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
# nginx keeps the access log (deploy/nginx/familyinfo.conf, without query strings); errors to
# the journal.
accesslog = None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "warning")
# Temporary files of a request in memory, not on a disk that may be slow or full.
worker_tmp_dir = "/dev/shm"
