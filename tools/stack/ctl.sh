#!/usr/bin/env bash
# One server of the local stack: `ctl.sh start|stop|restart postgres|redis|temporal`. The fault
# suite uses it (with FIXPOINT_DATA_DIR and FIXPOINT_*_PORT) to restart servers under load.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/postgres.sh"
source "$(dirname "$0")/redis.sh"
source "$(dirname "$0")/temporal.sh"

action="${1:-}" server="${2:-}"
case "$server" in
  postgres | redis | temporal) ;;
  *) fail ctl "usage: ctl.sh start|stop|restart postgres|redis|temporal (got '$server')" ;;
esac
case "$action" in
  start) "start_$server" ;;
  stop) "stop_$server" ;;
  restart) "stop_$server" && "start_$server" ;;
  *) fail ctl "usage: ctl.sh start|stop|restart postgres|redis|temporal (got '$action')" ;;
esac
