# Redis on 127.0.0.1:$REDIS_PORT with data in .data/redis. Sourced by up.sh.
start_redis() {
  if ! command -v redis-server >/dev/null; then
    say redis "installing redis-server from apt..."
    apt_install redis-server || fail redis "apt-get install redis-server failed (see $LOGS/apt.log)"
  fi
  local pidfile="$DATA/redis/redis.pid"
  if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
    say redis "already running on 127.0.0.1:$REDIS_PORT"
    return
  fi
  local owner
  owner=$(port_owner "$REDIS_PORT")
  [ -n "$owner" ] && fail redis "port $REDIS_PORT is taken by $owner; stop it or set FIXPOINT_REDIS_PORT"
  mkdir -p "$DATA/redis"
  redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --dir "$DATA/redis" --daemonize yes \
    --pidfile "$pidfile" --logfile "$LOGS/redis.log" --save "" --appendonly no \
    >/dev/null 2>&1 || fail redis "did not start (see $LOGS/redis.log)"
  wait_for redis 15 redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping ||
    fail redis "started but does not answer PING on 127.0.0.1:$REDIS_PORT (see $LOGS/redis.log)"
  say redis "started on 127.0.0.1:$REDIS_PORT"
}

stop_redis() {
  local pidfile="$DATA/redis/redis.pid"
  [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null || return 0
  redis-cli -h 127.0.0.1 -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || kill "$(cat "$pidfile")"
  say redis stopped
}
