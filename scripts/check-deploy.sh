#!/usr/bin/env bash
# `check --deploy` on the production settings, with the environment a deployment must give.
# Any warning fails: the production settings must need no exceptions.
set -euo pipefail
MANAGE="$*"
output=$(DJANGO_SETTINGS_MODULE=familyinfo.settings.production \
  SECRET_KEY="check-deploy-$(head -c 48 /dev/urandom | base64 | tr -d '\n/+=')" \
  ALLOWED_HOSTS=families.example.org \
  FIELD_ENCRYPTION_SALTS="check-deploy-salt" \
  DATABASE_URL="sqlite:///$(mktemp -d)/check.sqlite3" \
  REDIS_URL="redis://127.0.0.1:6379/0" \
  $MANAGE check --deploy --fail-level WARNING 2>&1) || { echo "$output"; exit 1; }
echo "$output"
