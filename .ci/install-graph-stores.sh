#!/usr/bin/env bash
# Debian's OpenLink Virtuoso 7.2 and Apache Jena 4.5 (plus a Java runtime) for the graph-store tests
# (test/stores/). Idempotent: installs only what is missing. Under CI a missing store fails those tests.
set -euo pipefail
missing=()
command -v virtuoso-t >/dev/null 2>&1 && command -v isql-vt >/dev/null 2>&1 || missing+=(virtuoso-opensource)
[ -f /usr/share/java/jena-core.jar ] || missing+=(libapache-jena-java)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
command -v unzip >/dev/null 2>&1 || missing+=(unzip)  # scripts/jena-classpath.sh
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-graph-stores: virtuoso, jena and java are already installed"
  exit 0
fi
bash "$(dirname "$0")/apt-install.sh" "${missing[@]}"
command -v virtuoso-t >/dev/null && command -v isql-vt >/dev/null && [ -f /usr/share/java/jena-core.jar ] && command -v java >/dev/null && command -v unzip >/dev/null
echo "install-graph-stores: installed ${missing[*]}"
