#!/usr/bin/env bash
# Runs the Temporal test server: test-server.sh <port> [--enable-time-skipping].
# The same shape as the binary @temporalio/testing downloads, so tests can point
# `executable: { type: 'existing-path' }` at this script.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cp="$("$here/classpath.sh")"
exec java -Xms64m -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp "$cp" io.temporal.testserver.TestServer "$@"
