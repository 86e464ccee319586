# PostgreSQL on 127.0.0.1:$PG_PORT with data in .data/postgres. Sourced by up.sh.
start_postgres() {
  local bin
  bin=$(pg_bin)
  if [ -z "$bin" ]; then
    say postgres "installing postgresql from apt..."
    apt_install postgresql || fail postgres "apt-get install postgresql failed (see $LOGS/apt.log)"
    bin=$(pg_bin)
  fi
  local pgdata="$DATA/postgres"
  if run_as_pg "$bin/pg_ctl" -D "$pgdata" status >/dev/null 2>&1; then
    # Roles and grants may be newer than the running cluster: bring them up to date (idempotent).
    ensure_databases "$bin"
    say postgres "already running on 127.0.0.1:$PG_PORT"
    return
  fi
  local owner
  owner=$(port_owner "$PG_PORT")
  [ -n "$owner" ] && fail postgres "port $PG_PORT is taken by $owner; stop it or set FIXPOINT_PG_PORT"
  if [ ! -f "$pgdata/PG_VERSION" ]; then
    mkdir -p "$pgdata"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$pgdata"
    chmod 700 "$pgdata"
    # Trust on loopback only: a local development cluster, never reachable off this machine.
    run_as_pg "$bin/initdb" -D "$pgdata" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
      >"$LOGS/postgres-init.log" 2>&1 || fail postgres "initdb failed (see $LOGS/postgres-init.log)"
  fi
  touch "$LOGS/postgres.log"
  [ "$(id -u)" = 0 ] && chown postgres "$LOGS/postgres.log"
  run_as_pg "$bin/pg_ctl" -D "$pgdata" -l "$LOGS/postgres.log" -w -t 30 \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k /tmp -c max_connections=200 -c fsync=off" \
    start >/dev/null 2>&1 || fail postgres "did not start (see $LOGS/postgres.log)"
  wait_for postgres 30 "$bin/pg_isready" -h 127.0.0.1 -p "$PG_PORT" ||
    fail postgres "started but does not answer on 127.0.0.1:$PG_PORT"
  ensure_databases "$bin"
  say postgres "started on 127.0.0.1:$PG_PORT"
}

# The app's login role owns its databases; migrations create the rest (roles for RLS included).
ensure_databases() {
  local psql=("$1/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -qAt)
  "${psql[@]}" -c "select 1 from pg_roles where rolname='fixpoint'" | grep -q 1 ||
    "${psql[@]}" -c "create role fixpoint login password 'fixpoint'" >/dev/null
  # Tests create a database per suite, and drop it "with (force)": that ends the API role's
  # connections still closing, which a non-superuser may do only through pg_signal_backend.
  "${psql[@]}" -c "alter role fixpoint createdb createrole" >/dev/null
  "${psql[@]}" -c "grant pg_signal_backend to fixpoint" >/dev/null
  # The API's own login: a member of fixpoint_app (the role row-level security applies to),
  # owning nothing, never bypassing RLS. Migrations (as fixpoint) grant fixpoint_app its rights.
  "${psql[@]}" >/dev/null <<'SQL'
set client_min_messages = warning;
do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'fixpoint_app') then
    create role fixpoint_app nologin nobypassrls;
  end if;
  if not exists (select 1 from pg_roles where rolname = 'fixpoint_api') then
    create role fixpoint_api login password 'fixpoint_api' nobypassrls;
  end if;
end
$$;
grant fixpoint_app to fixpoint_api;
SQL
  local db
  for db in fixpoint fixpoint_test; do
    "${psql[@]}" -c "select 1 from pg_database where datname='$db'" | grep -q 1 ||
      "${psql[@]}" -c "create database $db owner fixpoint" >/dev/null
  done
}

stop_postgres() {
  local bin
  bin=$(pg_bin) || return 0
  [ -f "$DATA/postgres/postmaster.pid" ] || return 0
  run_as_pg "$bin/pg_ctl" -D "$DATA/postgres" -m fast -w stop >/dev/null 2>&1 && say postgres stopped
}
