#!/usr/bin/env bash
# Make sure Debian's nginx is present for the scale-out test (tests/e2e/test_scaling.py): the
# same balancer, with the same configuration (deploy/nginx.conf), as docker-compose.yml runs.
set -euo pipefail
if [ -x /usr/sbin/nginx ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "installing nginx (Debian package) for the scale-out test"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nginx-light >/dev/null \
    || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nginx >/dev/null
  # The package starts a default server on port 80: the test runs its own, so stop that one.
  if [ -f /run/nginx.pid ]; then /usr/sbin/nginx -s quit || true; fi
elif [ "${CI:-}" = "true" ]; then
  echo "nginx is missing and cannot be installed (not root / no apt-get)" >&2
  exit 1
else
  echo "nginx is missing: the scale-out test will be skipped (apt-get install nginx)"
fi
