#!/bin/sh
# Runs a manage.py command the way production runs it: from the site's folder, with the
# environment of /etc/familyinfo/env (the same file the systemd units read), and never two runs
# of the same command at once (a run that finds the previous one still going does nothing).
# Used by deploy/cron.d/familyinfo; handy by hand too: sudo -u familyinfo deploy/manage.sh migrate
set -eu
cd "$(dirname "$0")/.."
ENV_FILE="${FAMILYINFO_ENV_FILE:-/etc/familyinfo/env}"
set -a
# shellcheck disable=SC1090
. "$ENV_FILE"
set +a
export DJANGO_SETTINGS_MODULE="${DJANGO_SETTINGS_MODULE:-familyinfo.settings.production}"
exec flock --nonblock --conflict-exit-code 0 "${TMPDIR:-/tmp}/familyinfo-$1.lock" .venv/bin/python manage.py "$@"
