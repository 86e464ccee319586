#!/usr/bin/env bash
# npm start: installs what is missing, starts the local stack and every service, prints the
# URLs, and keeps running; Ctrl-C stops the services (`npm run stop` also stops the stack).
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/lib/node-modules.sh
source tools/stack/lib.sh
ensure_node_modules

bash tools/stack/up.sh
[ -f tools/sandbox/prepare.sh ] && bash tools/sandbox/prepare.sh

echo "Building..."
npx nx run-many -t build --outputStyle=static >"$LOGS/build.log" 2>&1 || {
  tail -40 "$LOGS/build.log"
  echo "Build failed (full log: $LOGS/build.log)" >&2
  exit 1
}

RUN="$DATA/run"
mkdir -p "$RUN"
API_PORT="${API_PORT:-4000}"

# start_service NAME DIR CMD...: one process group per service, logs in .data/logs/NAME.log.
start_service() {
  local name="$1" dir="$2"
  shift 2
  local pidfile="$RUN/$name.pid"
  if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
    say "$name" "already running (pid $(cat "$pidfile"))"
    return
  fi
  (cd "$dir" && exec setsid "$@" >>"$LOGS/$name.log" 2>&1) &
  echo $! >"$pidfile"
}

stop_services() {
  for pidfile in "$RUN"/*.pid; do
    [ -f "$pidfile" ] || continue
    kill -TERM -- "-$(cat "$pidfile")" 2>/dev/null || true
    rm -f "$pidfile"
  done
  echo "Services stopped; the stack keeps running (npm run stop stops it)."
}

echo "Services (logs in .data/logs/):"
start_service platform-api platform-api env API_PORT="$API_PORT" \
  WEB_URL="http://127.0.0.1:${WEB_PORT:-5173}" PORTAL_URL="http://127.0.0.1:${PORTAL_PORT:-4200}" node dist/main.js
start_service workflows workflows env API_URL="http://127.0.0.1:$API_PORT" node dist/worker.js
start_service sandbox-controller sandbox-controller node dist/main.js
start_service learner-app learner-app env WEB_PORT="${WEB_PORT:-5173}" API_URL="http://127.0.0.1:$API_PORT" node scripts/serve.mjs
start_service tenant-portal tenant-portal env PORTAL_PORT="${PORTAL_PORT:-4200}" API_URL="http://127.0.0.1:$API_PORT" node scripts/serve.mjs
trap stop_services INT TERM

if ! wait_for platform-api 60 curl -fsS "http://127.0.0.1:$API_PORT/readyz"; then
  echo "platform-api is not ready after 60 s:" >&2
  curl -sS "http://127.0.0.1:$API_PORT/readyz" >&2 || tail -20 "$LOGS/platform-api.log" >&2
  stop_services
  exit 1
fi

cat <<MSG

Fixpoint is running:
  Learner app     http://127.0.0.1:${WEB_PORT:-5173}
  Company portal  http://127.0.0.1:${PORTAL_PORT:-4200}   (local mail lands in its Mailbox)
  GraphQL API     http://127.0.0.1:$API_PORT/graphql
  Health          http://127.0.0.1:$API_PORT/healthz   http://127.0.0.1:$API_PORT/readyz
  Metrics         http://127.0.0.1:$API_PORT/metrics
  PostgreSQL      postgresql://fixpoint:fixpoint@127.0.0.1:$PG_PORT/fixpoint
  Redis           redis://127.0.0.1:$REDIS_PORT
  Temporal        127.0.0.1:$TEMPORAL_PORT (namespace default)
  Sandbox         http://127.0.0.1:${SANDBOX_PORT:-4100}/v1/runtimes (internal, bearer token)
Logs: .data/logs/. Ctrl-C stops the services; npm run stop stops the stack too.
MSG
wait
