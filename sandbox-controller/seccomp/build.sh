#!/usr/bin/env bash
# Compiles filter.c and exports the sandbox's seccomp BPF program, once per version of the
# source: the output is <dir>/filter-<hash>.bpf, where <hash> covers filter.c, this script and
# the libseccomp version, so a changed filter is never confused with an old one. Prints the
# path of the program. Needs gcc and libseccomp-dev (tools/sandbox/prepare.sh installs them).
#
# Usage: bash sandbox-controller/seccomp/build.sh <output dir>
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:?usage: build.sh <output dir>}"
lib="$(dpkg-query -W -f='${Version}' libseccomp-dev 2>/dev/null || echo unknown)"
hash="$( { cat "$HERE/filter.c" "$HERE/build.sh"; echo "$lib"; } | sha256sum | cut -c1-16)"
bpf="$OUT/filter-$hash.bpf"
if [ ! -s "$bpf" ]; then
  mkdir -p "$OUT"
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  gcc -O2 -Wall -Werror -o "$tmp/seccomp-export" "$HERE/filter.c" -lseccomp
  "$tmp/seccomp-export" "$tmp/filter.bpf"
  mv "$tmp/filter.bpf" "$bpf"
fi
echo "$bpf"
