#!/usr/bin/env bash
# Make sure Debian's Chromium is present for the GraphiQL browser test.
# Playwright drives it with executable_path=/usr/bin/chromium; no browser download is needed.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "installing chromium (Debian package) for the browser test"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
elif [ "${CI:-}" = "true" ]; then
  echo "chromium is missing and cannot be installed (not root / no apt-get)" >&2
  exit 1
else
  echo "chromium is missing: the browser test will be skipped (apt-get install chromium)"
fi
