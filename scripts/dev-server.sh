#!/usr/bin/env bash
# Serves the site for `make run`, with an admin account that lives only as long as this run.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${PORT:-8000}"
MANAGE=(.venv/bin/python manage.py)

"${MANAGE[@]}" dev_admin create --port "$PORT"
trap '"${MANAGE[@]}" dev_admin remove' EXIT
"${MANAGE[@]}" runserver "127.0.0.1:${PORT}"
