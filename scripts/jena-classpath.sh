#!/usr/bin/env bash
# Prints the Java class path that runs Debian's Apache Jena 4.5 (libapache-jena-java) command classes
# (riotcmd.riot, tdb2.tdbloader, tdb2.tdbquery, …), after building the fix its package needs.
#
# Debian's jena-core.jar holds the relocated Xerces classes under `xerces/` but their message files under
# `org/apache/jena/ext/xerces/`, so every command dies with ExceptionInInitializerError
# (XSSimpleTypeDecl.applyFacets1) when a class looks its messages up. The fix copies those .properties
# files out of the installed jena-core.jar to where the classes look for them, in a folder of the cache
# directory given as $1 (default: node_modules/.cache/newsgraph-jena), which goes on the class path.
# Nothing is downloaded and nothing is vendored: the files come from the installed package.
set -euo pipefail
JAVA_DIR=${JENA_JAVA_DIR:-/usr/share/java}
CACHE=${1:-"$(cd "$(dirname "$0")/.." && pwd)/node_modules/.cache/newsgraph-jena"}
CORE="$JAVA_DIR/jena-core.jar"
[ -f "$CORE" ] || { echo "jena-classpath: $CORE is missing (install libapache-jena-java: bash .ci/install-graph-stores.sh)" >&2; exit 1; }
FIX="$CACHE/xerces-messages"
STAMP="$FIX/.built-from"
if [ ! -f "$STAMP" ] || [ "$(cat "$STAMP")" != "$(stat -c '%s %Y' "$CORE")" ]; then
  rm -rf "$FIX" "$FIX.tmp"
  mkdir -p "$FIX.tmp/src"
  unzip -q "$CORE" 'org/apache/jena/ext/xerces/*.properties' -d "$FIX.tmp/src"
  (cd "$FIX.tmp/src/org/apache/jena/ext" && find xerces -name '*.properties' -exec install -D -m 644 {} "$FIX.tmp/{}" \;)
  rm -rf "$FIX.tmp/src"
  stat -c '%s %Y' "$CORE" > "$FIX.tmp/.built-from"
  mv "$FIX.tmp" "$FIX"
fi
JARS=(jena-arq jena-base jena-cmds jena-core jena-dboe-base jena-dboe-index jena-dboe-storage jena-dboe-trans-data
  jena-dboe-transaction jena-iri jena-rdfconnection jena-shacl jena-shex jena-tdb jena-tdb2
  commons-cli commons-codec commons-compress commons-csv commons-io commons-lang3 dexx.collection gson guava
  httpclient httpcore jackson-core jackson-databind jackson-annotations jsonld-java jakarta.json-api protobuf
  thrift titanium-json-ld slf4j-api slf4j-nop)
CP="$FIX"
for jar in "${JARS[@]}"; do
  [ -f "$JAVA_DIR/$jar.jar" ] && CP="$CP:$JAVA_DIR/$jar.jar"
done
echo "$CP"
