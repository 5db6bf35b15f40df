#!/bin/sh
# The deployment tests use Debian's docker-compose (to validate docker-compose.yml) and Debian's PostgreSQL
# server (the external-server path: roles, setup step, extensions). Installs them with apt when missing
# (root and Debian's package mirror, as CI has). Never fails the run: a test whose tool cannot be had is
# skipped and says so.
missing=""
command -v docker-compose >/dev/null 2>&1 || missing="$missing docker-compose"
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing="$missing postgresql"
[ -z "$missing" ] && exit 0
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "missing:$missing (install Debian's packages:$missing); the tests that need them will be skipped" >&2
  exit 0
fi
{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null; } \
  || echo "could not install$missing with apt; the tests that need them will be skipped" >&2
exit 0
