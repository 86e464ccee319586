#!/usr/bin/env bash
# Generates the Prisma client, then compiles.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/generate.sh
# The shared contracts are imported at run time: build them first (npm scripts and benches call
# this directly, not through Nx, so a fresh clone needs it here).
npm run build -w @fixpoint/contracts --silent
rm -rf dist
tsc -p tsconfig.build.json
