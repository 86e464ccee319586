#!/usr/bin/env bash
# Prints the Java classpath of the Temporal test server, resolving it through Maven once.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../.data/temporal/classpath.txt"
mkdir -p "$(dirname "$out")"
if [ ! -s "$out" ] || [ "$here/pom.xml" -nt "$out" ]; then
  mvn -q -B -f "$here/pom.xml" dependency:build-classpath -Dmdep.outputFile="$out" >&2
fi
cat "$out"
