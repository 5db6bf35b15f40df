#!/bin/sh
# The browser tests drive Debian's Chromium with playwright-core (no browser download). Installs it when
# it is missing; needs root and Debian's package mirror (as CI has).
set -e
if command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" != "0" ]; then
  echo "chromium is missing: install Debian's chromium (sudo apt-get install chromium) to run the browser tests" >&2
  exit 1
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
