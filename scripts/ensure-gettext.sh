#!/usr/bin/env bash
# GNU gettext's xgettext, for the test that checks every interface string is in the
# catalogues. Installing the site needs none of it (catalogues compile with polib).
# Prints "ready" or "skip"; fails instead of skipping when CI=true.
set -uo pipefail
if command -v xgettext >/dev/null && command -v msgmerge >/dev/null; then echo "ready"; exit 0; fi
give_up() {
  if [ "${CI:-}" = "true" ]; then echo "gettext is required in CI: $1" >&2; exit 1; fi
  echo "The catalogue freshness test will be skipped: $1" >&2; echo "skip"; exit 0
}
[ "$(id -u)" -eq 0 ] || give_up "installing gettext needs root (apt-get install gettext)."
(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends gettext >/dev/null) >&2 \
  || give_up "apt-get could not install gettext."
echo "ready"
