#!/usr/bin/env bash
# Make sure a program from a Debian package is present for the tests that use it:
#   ensure-package.sh PROGRAM PACKAGE WHAT
# e.g. Chromium for the browser tests (Playwright drives /usr/bin/chromium; no browser download)
# and nginx for the scale-out test (the balancer docker-compose.yml runs).
set -euo pipefail
program=$1 package=$2 what=$3
if [ -x "$program" ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "installing $package (Debian package) for $what"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$package" >/dev/null
elif [ "${CI:-}" = "true" ]; then
  echo "$package is missing and cannot be installed (not root / no apt-get)" >&2
  exit 1
else
  echo "$package is missing: $what will be skipped (apt-get install $package)"
fi
