#!/usr/bin/env bash
# Compiles enter.c (the user-namespace helper the local driver puts between its wrapper and
# bwrap) once per version of the source: the output is <dir>/fixpoint-userns-<hash>, where
# <hash> covers enter.c and this script. Prints the path of the binary. Needs gcc
# (tools/sandbox/prepare.sh installs it).
#
# Usage: bash sandbox-controller/userns/build.sh <output dir>
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:?usage: build.sh <output dir>}"
hash="$(cat "$HERE/enter.c" "$HERE/build.sh" | sha256sum | cut -c1-16)"
bin="$OUT/fixpoint-userns-$hash"
if [ ! -x "$bin" ]; then
  mkdir -p "$OUT"
  tmp="$(mktemp "$OUT/.fixpoint-userns.XXXXXX")"
  trap 'rm -f "$tmp"' EXIT
  gcc -O2 -Wall -Werror -o "$tmp" "$HERE/enter.c"
  chmod 0755 "$tmp"
  mv "$tmp" "$bin"
fi
echo "$bin"
