#!/usr/bin/env bash
# Stops what tools/start.sh and tools/stack/up.sh started. Data in .data/ stays.
set -uo pipefail
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/postgres.sh"
source "$(dirname "$0")/redis.sh"
source "$(dirname "$0")/temporal.sh"

for pidfile in "$DATA"/run/*.pid; do
  [ -f "$pidfile" ] || continue
  pid=$(cat "$pidfile")
  name=$(basename "$pidfile" .pid)
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid"
    # supervisord (npm start) stops its services first; let it finish before the stack goes.
    wait_for "$name" 60 bash -c "! kill -0 $pid"
    say "$name" stopped
  fi
  rm -f "$pidfile"
done
stop_temporal
stop_redis
stop_postgres
