#!/usr/bin/env bash
# Brings up the local stack (PostgreSQL, Redis, Temporal) on loopback, installing what is
# missing. Idempotent: what already runs is reused. Stop with `npm run stop`.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/postgres.sh"
source "$(dirname "$0")/redis.sh"
source "$(dirname "$0")/temporal.sh"

echo "Local stack (data in .data/, logs in .data/logs/):"
start_postgres
start_redis
start_temporal
prepare_time_skipping_server
