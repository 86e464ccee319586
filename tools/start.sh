#!/usr/bin/env bash
# npm start: installs what is missing, starts the local stack and every service under
# supervisord (Debian's `supervisor`), prints the URLs, and keeps running. A service that
# crashes is restarted (with backoff while it keeps failing; .data/logs/supervisord.log says
# when); Ctrl-C stops every service (`npm run stop` also stops the stack).
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/lib/node-modules.sh
source tools/stack/lib.sh
ensure_node_modules
export NODE_ENV=development

bash tools/stack/up.sh
[ -f tools/sandbox/prepare.sh ] && bash tools/sandbox/prepare.sh
command -v supervisord >/dev/null || {
  say supervisor "installing supervisor from apt..."
  apt_install supervisor || fail supervisor "apt-get install supervisor failed (see $LOGS/apt.log)"
}

echo "Building..."
npx nx run-many -t build --outputStyle=static >"$LOGS/build.log" 2>&1 || {
  tail -40 "$LOGS/build.log"
  echo "Build failed (full log: $LOGS/build.log)" >&2
  exit 1
}

RUN="$DATA/run"
mkdir -p "$RUN"
API_PORT="${API_PORT:-4000}"
if [ -f "$RUN/supervisord.pid" ] && kill -0 "$(cat "$RUN/supervisord.pid")" 2>/dev/null; then
  fail supervisor "npm start is already running (supervisord pid $(cat "$RUN/supervisord.pid")); see: supervisorctl -c $RUN/supervisord.conf status"
fi
bash tools/services/supervisor-config.sh >"$RUN/supervisord.conf"

echo "Services (supervised; logs in .data/logs/, restarts in .data/logs/supervisord.log):"
supervisord -c "$RUN/supervisord.conf" &
supervisor=$!
# Ctrl-C reaches supervisord too; TERM (npm run stop, a closed terminal) is passed on. Either
# way supervisord stops every service (SIGTERM, then SIGKILL after its stopwaitsecs) and exits.
stop() {
  echo "Stopping the services; the stack keeps running (npm run stop stops it)."
  kill -TERM "$supervisor" 2>/dev/null || true
  wait "$supervisor" || true
  exit 0
}
trap stop INT TERM

if ! wait_for platform-api 90 curl -fsS "http://127.0.0.1:$API_PORT/readyz"; then
  echo "platform-api is not ready after 90 s:" >&2
  curl -sS "http://127.0.0.1:$API_PORT/readyz" >&2 || tail -20 "$LOGS/platform-api.log" >&2
  stop
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
Services: supervisorctl -c .data/run/supervisord.conf status | restart <name>. Logs: .data/logs/.
Ctrl-C stops the services; npm run stop stops the stack too.
MSG
wait "$supervisor"
