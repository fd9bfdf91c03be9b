#!/usr/bin/env bash
# Debian's chromium for the report's browser tests (test/report/report-browser.test.ts). Idempotent:
# installs only when /usr/bin/chromium is missing. Under CI a missing browser fails those tests.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  echo "install-browser: /usr/bin/chromium is already installed"
  exit 0
fi
bash "$(dirname "$0")/apt-install.sh" chromium
test -x /usr/bin/chromium
echo "install-browser: installed /usr/bin/chromium"
