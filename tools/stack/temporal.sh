# Temporal on 127.0.0.1:$TEMPORAL_PORT: the Java test server from Maven Central, a complete
# Temporal service in one JVM (state in memory). Sourced by up.sh.
start_temporal() {
  command -v java >/dev/null || {
    say temporal "installing a JRE from apt..."
    apt_install default-jre-headless || fail temporal "apt-get install default-jre-headless failed (see $LOGS/apt.log)"
  }
  command -v mvn >/dev/null || {
    say temporal "installing maven from apt..."
    apt_install maven || fail temporal "apt-get install maven failed (see $LOGS/apt.log)"
  }
  local pidfile="$DATA/temporal/temporal.pid"
  if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
    say temporal "already running on 127.0.0.1:$TEMPORAL_PORT"
    return
  fi
  local owner
  owner=$(port_owner "$TEMPORAL_PORT")
  [ -n "$owner" ] && fail temporal "port $TEMPORAL_PORT is taken by $owner; stop it or set FIXPOINT_TEMPORAL_PORT"
  mkdir -p "$DATA/temporal"
  "$ROOT/tools/temporal/classpath.sh" >/dev/null 2>"$LOGS/temporal-maven.log" ||
    fail temporal "could not resolve io.temporal:temporal-test-server from Maven (see $LOGS/temporal-maven.log)"
  nohup "$ROOT/tools/temporal/test-server.sh" "$TEMPORAL_PORT" >"$LOGS/temporal.log" 2>&1 &
  echo $! >"$pidfile"
  wait_for temporal 60 port_open "$TEMPORAL_PORT" ||
    fail temporal "did not open 127.0.0.1:$TEMPORAL_PORT within 60 s (see $LOGS/temporal.log)"
  say temporal "started on 127.0.0.1:$TEMPORAL_PORT (test server $TEMPORAL_TEST_SERVER_VERSION)"
}

stop_temporal() {
  local pidfile="$DATA/temporal/temporal.pid"
  [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null || return 0
  kill "$(cat "$pidfile")" && rm -f "$pidfile"
  say temporal stopped
}
