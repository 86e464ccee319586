#!/usr/bin/env bash
# Generates the Prisma client into src/generated (git-ignored), which build, lint and tests
# compile against. The Prisma CLI insists on a schema-engine path even for `generate`, which
# never runs it; the engine cannot be downloaded here, so any executable will do (migrations
# are our own SQL, applied by src/database/migrator.ts).
set -euo pipefail
cd "$(dirname "$0")/.."
PRISMA_SCHEMA_ENGINE_BINARY="${PRISMA_SCHEMA_ENGINE_BINARY:-/bin/true}" \
  prisma generate --schema prisma/schema.prisma >/dev/null
