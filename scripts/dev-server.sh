#!/usr/bin/env bash
# Serves the site for `make run`, with an admin account that lives only as long as this run,
# puts scheduled pages live (and takes expired ones down) every minute, as cron would, and runs
# the notification worker, so the desk's emails, and every other email the site queues (a
# password reset, a page sent for review), appear in this terminal (the console backend).
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${PORT:-8000}"
MANAGE=(.venv/bin/python manage.py)

"${MANAGE[@]}" dev_admin create --port "$PORT"
(while sleep 60; do "${MANAGE[@]}" publish_scheduled >/dev/null || true; done) &
scheduler=$!
"${MANAGE[@]}" send_referral_notifications --loop --interval 5 &
worker=$!
trap 'kill "$scheduler" "$worker" 2>/dev/null; "${MANAGE[@]}" dev_admin remove' EXIT
"${MANAGE[@]}" runserver "127.0.0.1:${PORT}"
