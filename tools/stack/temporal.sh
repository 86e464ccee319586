# Temporal on 127.0.0.1:$TEMPORAL_PORT: the Temporal CLI's dev server (Temporal server 1.29.1),
# durable: workflows and their timers live in a SQLite file under .data/temporal, so a restart
# of the server loses no running session. Sourced by up.sh and ctl.sh.
#
# The CLI is not in apt or npm: it is built once from the Go module proxy and cached OUTSIDE the
# clone, keyed by version, so fresh clones (CI) on the same machine reuse it. Workflow tests that
# skip time use the Java test server instead (tools/temporal/test-server.sh).
TEMPORAL_CLI_VERSION="v1.5.1"
TEMPORAL_CLI_DIR="${FIXPOINT_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/fixpoint}/temporal-cli/$TEMPORAL_CLI_VERSION"
TEMPORAL_CLI="$TEMPORAL_CLI_DIR/temporal"
# The dev server opens an HTTP API and a metrics endpoint too: pinned next to the gRPC port.
TEMPORAL_HTTP_PORT="${FIXPOINT_TEMPORAL_HTTP_PORT:-$((TEMPORAL_PORT + 1))}"
TEMPORAL_METRICS_PORT="${FIXPOINT_TEMPORAL_METRICS_PORT:-$((TEMPORAL_PORT + 2))}"

# ensure_temporal_cli: builds the CLI into the cache when it is missing (once per machine).
ensure_temporal_cli() {
  [ -x "$TEMPORAL_CLI" ] && return 0
  command -v go >/dev/null || fail temporal "Go is needed once to build the Temporal CLI ($TEMPORAL_CLI_VERSION); install Go >= 1.24"
  mkdir -p "$TEMPORAL_CLI_DIR"
  # One build at a time per machine (two clones may start their stacks together).
  exec 9>"$TEMPORAL_CLI_DIR.lock"
  flock 9
  if [ ! -x "$TEMPORAL_CLI" ]; then
    say temporal "building the Temporal CLI $TEMPORAL_CLI_VERSION from the Go module proxy (once per machine, about 5 minutes on 2 cores; log: $LOGS/temporal-build.log)..."
    local partial="$TEMPORAL_CLI_DIR/.partial"
    rm -rf "$partial"
    GOBIN="$partial" GOFLAGS=-mod=mod go install "github.com/temporalio/cli/cmd/temporal@$TEMPORAL_CLI_VERSION" \
      >"$LOGS/temporal-build.log" 2>&1 || {
      flock -u 9
      fail temporal "go install of the Temporal CLI failed (see $LOGS/temporal-build.log)"
    }
    mv "$partial/temporal" "$TEMPORAL_CLI"
    rm -rf "$partial"
    say temporal "built $TEMPORAL_CLI"
  fi
  flock -u 9
}

# prepare_time_skipping_server: the workflow tests' Java test server (time skipping) needs a
# JRE, Maven and its classpath; resolved here once so those tests start fast.
prepare_time_skipping_server() {
  command -v java >/dev/null || {
    say temporal "installing a JRE from apt (time-skipping test server)..."
    apt_install default-jre-headless || fail temporal "apt-get install default-jre-headless failed (see $LOGS/apt.log)"
  }
  command -v mvn >/dev/null || {
    say temporal "installing maven from apt (time-skipping test server)..."
    apt_install maven || fail temporal "apt-get install maven failed (see $LOGS/apt.log)"
  }
  "$ROOT/tools/temporal/classpath.sh" >/dev/null 2>"$LOGS/temporal-maven.log" ||
    fail temporal "could not resolve io.temporal:temporal-test-server from Maven (see $LOGS/temporal-maven.log)"
}

temporal_ready() {
  "$TEMPORAL_CLI" operator namespace describe --namespace default --address "127.0.0.1:$TEMPORAL_PORT" >/dev/null 2>&1
}

start_temporal() {
  local pidfile="$DATA/temporal/temporal.pid"
  if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
    say temporal "already running on 127.0.0.1:$TEMPORAL_PORT"
    return
  fi
  local port owner
  # Two up.sh started at once (helpers, a bench beside the tests) can leave the pidfile naming
  # the loser while our server, on our data, holds the port: adopt it instead of failing.
  owner=$(port_owner "$TEMPORAL_PORT")
  if [ -n "$owner" ] && tr '\0' ' ' <"/proc/${owner%%/*}/cmdline" 2>/dev/null |
    grep -qF -- "--db-filename $DATA/temporal/temporal.db"; then
    echo "${owner%%/*}" >"$pidfile"
    say temporal "already running on 127.0.0.1:$TEMPORAL_PORT"
    return
  fi
  for port in "$TEMPORAL_PORT" "$TEMPORAL_HTTP_PORT" "$TEMPORAL_METRICS_PORT"; do
    owner=$(port_owner "$port")
    [ -n "$owner" ] && fail temporal "port $port is taken by $owner; stop it or set FIXPOINT_TEMPORAL_PORT"
  done
  ensure_temporal_cli
  mkdir -p "$DATA/temporal"
  nohup "$TEMPORAL_CLI" server start-dev --headless --ip 127.0.0.1 \
    --port "$TEMPORAL_PORT" --http-port "$TEMPORAL_HTTP_PORT" --metrics-port "$TEMPORAL_METRICS_PORT" \
    --db-filename "$DATA/temporal/temporal.db" --namespace default --log-level warn \
    >>"$LOGS/temporal.log" 2>&1 &
  echo $! >"$pidfile"
  wait_for temporal 60 temporal_ready ||
    fail temporal "did not answer on 127.0.0.1:$TEMPORAL_PORT within 60 s (see $LOGS/temporal.log)"
  say temporal "started on 127.0.0.1:$TEMPORAL_PORT (Temporal CLI $TEMPORAL_CLI_VERSION dev server, data in ${DATA#"$ROOT/"}/temporal)"
}

stop_temporal() {
  local pidfile="$DATA/temporal/temporal.pid"
  [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null || return 0
  local pid
  pid=$(cat "$pidfile")
  kill "$pid"
  # Wait for it to exit: the next start opens the same SQLite file.
  wait_for temporal 20 bash -c "! kill -0 $pid" || kill -9 "$pid" 2>/dev/null
  rm -f "$pidfile"
  say temporal stopped
}
