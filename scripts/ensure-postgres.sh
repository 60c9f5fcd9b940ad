#!/usr/bin/env bash
# Prints a DATABASE_URL for a PostgreSQL server the tests may use, starting a private one
# on a loopback port when needed. Prints "skip" when PostgreSQL cannot be had here, and
# fails instead when CI=true: CI must test both databases.
set -uo pipefail
log() { echo "$@" >&2; }

if [ -n "${TEST_POSTGRES_URL:-}" ]; then echo "$TEST_POSTGRES_URL"; exit 0; fi

PORT="${FAMILYINFO_PG_PORT:-54329}"
DIR="${TMPDIR:-/tmp}/familyinfo-postgres"
URL="postgres://familyinfo@127.0.0.1:${PORT}/familyinfo"

give_up() {
  if [ "${CI:-}" = "true" ]; then log "PostgreSQL is required in CI: $1"; exit 1; fi
  log "Skipping the PostgreSQL test run: $1"; echo "skip"; exit 0
}

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
BIN_DIR=$(find_bin)
if [ -z "$BIN_DIR" ]; then
  if [ "$(id -u)" -ne 0 ]; then give_up "PostgreSQL is not installed and installing it needs root."; fi
  log "Installing PostgreSQL from Debian's packages…"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) >&2 \
    || give_up "apt-get could not install postgresql."
  BIN_DIR=$(find_bin)
  [ -n "$BIN_DIR" ] || give_up "PostgreSQL's programs were not found after installing."
fi

# PostgreSQL will not run as root: run it as the postgres user when we are root.
as_owner() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

if "$BIN_DIR/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then echo "$URL"; exit 0; fi

mkdir -p "$DIR"
[ "$(id -u)" -eq 0 ] && chown postgres "$DIR"
if [ ! -f "$DIR/data/PG_VERSION" ]; then
  as_owner "$BIN_DIR/initdb" -D "$DIR/data" -U familyinfo --auth=trust -E UTF8 --locale=C.UTF-8 >&2 \
    || give_up "initdb failed."
fi
as_owner "$BIN_DIR/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -o \
  "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  start >&2 || { cat "$DIR/server.log" >&2; give_up "the server did not start."; }
"$BIN_DIR/createdb" -h 127.0.0.1 -p "$PORT" -U familyinfo familyinfo 2>/dev/null || true
echo "$URL"
