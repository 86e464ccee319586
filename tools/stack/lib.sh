# Shared helpers for the local stack scripts. Sourced, not run.
# Everything lives under <repo>/.data (git-ignored); every service listens on loopback only.
# FIXPOINT_DATA_DIR and the FIXPOINT_*_PORT variables give a second, private stack (the fault
# suite restarts its servers without disturbing the shared one).

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DATA="${FIXPOINT_DATA_DIR:-$ROOT/.data}"
LOGS="$DATA/logs"

PG_PORT="${FIXPOINT_PG_PORT:-55432}"
REDIS_PORT="${FIXPOINT_REDIS_PORT:-56379}"
TEMPORAL_PORT="${FIXPOINT_TEMPORAL_PORT:-57233}"
TEMPORAL_TEST_SERVER_VERSION="1.31.0"

mkdir -p "$LOGS"

say() { printf '  %-10s %s\n' "$1" "$2"; }
fail() {
  printf '\n  %-10s FAILED: %s\n' "$1" "$2" >&2
  exit 1
}

# as_root_or_sudo CMD...: apt needs root; say so instead of failing obscurely.
apt_install() {
  local pkgs=("$@")
  if [ "$(id -u)" != 0 ] && ! command -v sudo >/dev/null; then
    return 1
  fi
  local sudo=""
  [ "$(id -u)" != 0 ] && sudo="sudo"
  # Refresh the package lists once per machine boot-ish; a stale list finds nothing.
  if [ ! -f /var/lib/apt/lists/lock ] || [ -z "$(find /var/lib/apt/lists -maxdepth 1 -name '*Packages*' -mmin -1440 2>/dev/null | head -1)" ]; then
    $sudo apt-get update -qq >>"$LOGS/apt.log" 2>&1 || true
  fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${pkgs[@]}" >>"$LOGS/apt.log" 2>&1
}

# port_owner PORT: prints "pid/command" of whatever listens on 127.0.0.1:PORT, or nothing.
port_owner() {
  ss -Hltnp "sport = :$1" 2>/dev/null | grep -o 'users:((.*))' | head -1 | sed -E 's/users:\(\("([^"]+)",pid=([0-9]+).*/\2\/\1/' || true
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# wait_for NAME SECONDS CHECK...: polls CHECK until it succeeds.
wait_for() {
  local name="$1" seconds="$2"
  shift 2
  local deadline=$((SECONDS + seconds))
  until "$@" >/dev/null 2>&1; do
    [ $SECONDS -ge $deadline ] && return 1
    sleep 0.2
  done
}

pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -n "$dir" ] && echo "$dir"
}

# run_as_pg CMD...: PostgreSQL refuses to run as root; under root use the postgres user.
run_as_pg() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}
