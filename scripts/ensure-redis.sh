#!/usr/bin/env bash
# Prints a REDIS_URL for a private Redis server the tests may use, starting one on a free
# loopback port when needed (the tests empty it: never point this at a Redis holding data).
# Prints "skip" when Redis cannot be had here, and fails instead when CI=true: CI must test
# the shared cache.
set -uo pipefail
log() { echo "$@" >&2; }

if [ -n "${TEST_REDIS_URL:-}" ]; then echo "$TEST_REDIS_URL"; exit 0; fi

FIRST_PORT="${FAMILYINFO_REDIS_PORT:-63790}"
DIR="${TMPDIR:-/tmp}/familyinfo-redis"

give_up() {
  if [ "${CI:-}" = "true" ]; then log "Redis is required in CI: $1"; exit 1; fi
  log "Skipping the Redis test run: $1"; echo "skip"; exit 0
}

if ! command -v redis-server >/dev/null || ! command -v redis-cli >/dev/null; then
  if [ "$(id -u)" -ne 0 ]; then give_up "Redis is not installed and installing it needs root."; fi
  log "Installing Redis from Debian's packages…"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null) >&2 \
    || give_up "apt-get could not install redis-server."
  command -v redis-server >/dev/null || give_up "redis-server was not found after installing."
fi

answers() { [ "$(redis-cli -h 127.0.0.1 -p "$1" ping 2>/dev/null)" = "PONG" ]; }
in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

mkdir -p "$DIR"
for port in $(seq "$FIRST_PORT" $((FIRST_PORT + 20))); do
  # Ours from an earlier run: use it again.
  if [ -f "$DIR/redis-$port.pid" ] && answers "$port"; then echo "redis://127.0.0.1:$port/0"; exit 0; fi
  in_use "$port" && continue
  # Memory only: nothing the tests put in it is worth keeping.
  redis-server --port "$port" --bind 127.0.0.1 --daemonize yes --dir "$DIR" \
    --pidfile "$DIR/redis-$port.pid" --logfile "$DIR/redis-$port.log" --save "" --appendonly no >&2 \
    || give_up "the server did not start."
  for _ in $(seq 50); do
    if answers "$port"; then echo "redis://127.0.0.1:$port/0"; exit 0; fi
    sleep 0.1
  done
  cat "$DIR/redis-$port.log" >&2
  give_up "the server did not answer."
done
give_up "no free port from $FIRST_PORT."
