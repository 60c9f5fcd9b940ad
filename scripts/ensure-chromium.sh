#!/usr/bin/env bash
# Makes sure Debian's Chromium (and fonts for every community language) is here for the
# browser tests. Prints "ready" or "skip"; fails instead of skipping when CI=true.
set -uo pipefail
log() { echo "$@" >&2; }
give_up() {
  if [ "${CI:-}" = "true" ]; then log "Chromium is required in CI: $1"; exit 1; fi
  log "Skipping the browser tests: $1"; echo "skip"; exit 0
}

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
# Fonts for Gurmukhi, Urdu and Arabic, so screenshots of those pages show real text.
fonts=$(fc-list 2>/dev/null || true)
if [ -x "$CHROMIUM" ] && grep -q "Nastaliq" <<<"$fonts"; then echo "ready"; exit 0; fi
if [ "$(id -u)" -ne 0 ]; then
  [ -x "$CHROMIUM" ] && { echo "ready"; exit 0; }
  give_up "Chromium is not installed and installing it needs root (apt-get install chromium)."
fi
log "Installing Chromium and fonts from Debian's packages…"
(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  chromium fonts-noto-core fonts-noto-ui-core >/dev/null) >&2 || give_up "apt-get could not install chromium."
[ -x "$CHROMIUM" ] || give_up "chromium is still missing after installing."
echo "ready"
