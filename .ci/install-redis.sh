#!/usr/bin/env bash
# Debian's redis-server for the queue-mode tests (test/queue/). Idempotent: installs only when
# redis-server is missing. Under CI a missing redis-server fails those tests, never skips them.
set -euo pipefail
if command -v redis-server >/dev/null 2>&1; then
  echo "install-redis: $(command -v redis-server) is already installed"
  exit 0
fi
bash "$(dirname "$0")/apt-install.sh" redis-server
command -v redis-server
echo "install-redis: installed redis-server"
