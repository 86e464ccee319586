#!/usr/bin/env bash
# Generates the Prisma client, then compiles.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/generate.sh
rm -rf dist
tsc -p tsconfig.build.json
