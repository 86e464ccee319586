#!/usr/bin/env bash
# Prepares everything the sandbox controller needs on this host, once: the system packages
# (bubblewrap, GoogleTest, g++, gcc + libseccomp-dev for the seccomp filter), the compiled
# seccomp filter (<repo>/.data/sandbox/filter-<hash>.bpf), the user-namespace helper
# (<repo>/.data/sandbox/fixpoint-userns-<hash>), and a warm cache per runtime under .data/runtimes/ that runs
# mount read-only, so a run never downloads or rebuilds what does not change.
#
# Idempotent: each step records a stamp (a hash of its inputs) and is skipped when nothing
# changed. Each runtime is prepared independently: one that fails is reported and the others
# still get prepared; the script exits non-zero when any step failed.
#
# Usage: bash tools/sandbox/prepare.sh [runtime...]   (default: all of node python go java rust cpp)
# Env:   SANDBOX_DATA_DIR (default <repo>/.data/runtimes)
set -uo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DATA="${SANDBOX_DATA_DIR:-$REPO/.data/runtimes}"
RUNTIMES_SRC="$REPO/sandbox-controller/runtimes"
JUNIT_VERSION="1.14.1"
FAILED=()

log() { printf '[prepare] %s\n' "$*"; }
fail() { printf '[prepare] FAILED: %s\n' "$*" >&2; FAILED+=("$1"); }
stamp_of() { cat "$@" 2>/dev/null | sha256sum | cut -d' ' -f1; }
# json_str: a JSON string literal for $1 (paths and versions only, no control characters).
json_str() { printf '"%s"' "$(printf '%s' "$1" | sed 's/\\/\\\\/g; s/"/\\"/g')"; }

# Writes <data>/<runtime>/ready.json, the file the controller reads to know a runtime is usable.
write_ready() {
  local runtime="$1" version="$2"; shift 2
  local body="{\"runtime\":$(json_str "$runtime"),\"version\":$(json_str "$version")"
  while [ $# -gt 1 ]; do body+=",$(json_str "$1"):$(json_str "$2")"; shift 2; done
  printf '%s}\n' "$body" > "$DATA/$runtime/ready.json.tmp" && mv "$DATA/$runtime/ready.json.tmp" "$DATA/$runtime/ready.json"
}

apt_packages() {
  local missing=()
  for pkg in bubblewrap libgtest-dev g++ gcc libseccomp-dev util-linux; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  if [ ${#missing[@]} -eq 0 ]; then log "apt: bubblewrap, libgtest-dev, g++, gcc, libseccomp-dev, util-linux present"; return 0; fi
  log "apt: installing ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then fail "apt (need root to install ${missing[*]})"; return 1; fi
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"; } \
    || { fail "apt (apt-get install ${missing[*]})"; return 1; }
}

prepare_node() {
  local dir="$DATA/node" node_bin
  node_bin="$(readlink -f "$REPO/node_modules/node/bin/node" 2>/dev/null)"
  [ -x "$node_bin" ] || { fail "node (Node 24 not found at node_modules/node/bin/node: run npm ci at the root)"; return 1; }
  mkdir -p "$dir"
  local stamp; stamp="$(stamp_of "$RUNTIMES_SRC/node/package.json" "$RUNTIMES_SRC/node/package-lock.json")"
  if [ "$(cat "$dir/.stamp" 2>/dev/null)" != "$stamp" ] || [ ! -d "$dir/node_modules" ]; then
    log "node: installing runtime packages into $dir"
    cp "$RUNTIMES_SRC/node/package.json" "$dir/package.json"
    if [ -f "$RUNTIMES_SRC/node/package-lock.json" ]; then
      cp "$RUNTIMES_SRC/node/package-lock.json" "$dir/package-lock.json"
      (cd "$dir" && npm ci --prefix "$dir" --ignore-scripts --no-audit --no-fund --loglevel=error) || { fail "node (npm ci in $dir)"; return 1; }
    else
      (cd "$dir" && npm install --prefix "$dir" --ignore-scripts --no-audit --no-fund --loglevel=error) || { fail "node (npm install in $dir)"; return 1; }
    fi
    echo "$stamp" > "$dir/.stamp"
  else
    log "node: runtime packages up to date"
  fi
  write_ready node "$("$node_bin" --version | sed 's/^v//')" nodeBin "$node_bin" modules "$dir/node_modules"
}

prepare_python() {
  local dir="$DATA/python" py
  py="$(command -v python3)" || { fail "python (python3 not found)"; return 1; }
  # The venv's interpreter is a link into the base installation, which is mounted read-only too.
  local base; base="$("$py" -c 'import sys; print(sys.base_prefix)')" || { fail "python (python3 does not start)"; return 1; }
  local stamp; stamp="$(stamp_of "$RUNTIMES_SRC/python/requirements.txt"; echo "$base")"
  if [ "$(cat "$dir/.stamp" 2>/dev/null)" != "$stamp" ] || [ ! -x "$dir/venv/bin/python" ]; then
    log "python: creating venv in $dir/venv"
    rm -rf "$dir/venv" && mkdir -p "$dir"
    "$base/bin/python3" -m venv "$dir/venv" || { fail "python (python3 -m venv)"; return 1; }
    "$dir/venv/bin/python" -m pip install -q --disable-pip-version-check -r "$RUNTIMES_SRC/python/requirements.txt" \
      || { fail "python (pip install -r requirements.txt)"; return 1; }
    echo "$stamp" > "$dir/.stamp"
  else
    log "python: venv up to date"
  fi
  local version; version="$("$dir/venv/bin/python" -c 'import sys, pytest; print(sys.version.split()[0] + " (pytest " + pytest.__version__ + ")")')" \
    || { fail "python (venv has no pytest)"; return 1; }
  local site; site="$("$dir/venv/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"
  write_ready python "$version" base "$base" sitePackages "$site"
}

prepare_go() {
  local dir="$DATA/go" goroot
  local go_bin; go_bin="$(command -v go || echo /usr/local/go/bin/go)"
  [ -x "$go_bin" ] || { fail "go (go not found; expected /usr/local/go)"; return 1; }
  goroot="$("$go_bin" env GOROOT)"
  local version; version="$("$go_bin" env GOVERSION)"
  local stamp; stamp="$(echo "$version $goroot v1")"
  if [ "$(cat "$dir/.stamp" 2>/dev/null)" != "$stamp" ]; then
    log "go: warming GOCACHE in $dir/cache (compiles the standard library once)"
    rm -rf "$dir" && mkdir -p "$dir/cache" "$dir/warm"
    # Same settings as a sandboxed run (see go.runner.ts), so the cache keys match.
    cat > "$dir/warm/go.mod" <<'GOMOD'
module warm

go 1.22
GOMOD
    cat > "$dir/warm/warm_test.go" <<'GOTEST'
package warm

import "testing"

func TestWarm(t *testing.T) {}
GOTEST
    (cd "$dir/warm" && env -i PATH="$goroot/bin:/usr/bin:/bin" HOME="$dir" GOCACHE="$dir/cache" GOROOT="$goroot" \
      GOPATH="$dir/gopath" GOTOOLCHAIN=local GOPROXY=off GOFLAGS=-mod=mod CGO_ENABLED=0 GOTELEMETRY=off \
      sh -c 'go build std && go vet std >/dev/null 2>&1; go test -json ./... >/dev/null') \
      || { fail "go (warming the cache)"; return 1; }
    rm -rf "$dir/gopath"
    echo "$stamp" > "$dir/.stamp"
  else
    log "go: cache up to date"
  fi
  write_ready go "${version#go}" goroot "$goroot" cache "$dir/cache"
}

prepare_java() {
  local dir="$DATA/java" jar java_home
  jar="$dir/junit-platform-console-standalone-$JUNIT_VERSION.jar"
  java_home="$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")" || { fail "java (javac not found)"; return 1; }
  if [ ! -f "$jar" ]; then
    log "java: fetching JUnit console launcher $JUNIT_VERSION with Maven"
    mkdir -p "$dir"
    mvn -q dependency:copy -Dartifact="org.junit.platform:junit-platform-console-standalone:$JUNIT_VERSION" \
      -DoutputDirectory="$dir" >/dev/null || { fail "java (mvn dependency:copy junit-platform-console-standalone)"; return 1; }
  else
    log "java: JUnit console launcher present"
  fi
  local version; version="$("$java_home/bin/java" -version 2>&1 | head -1 | sed -E 's/.*"([^"]+)".*/\1/')"
  # Debian's JDK links conf/ into /etc/java-<n>-openjdk, which the sandbox must mount too.
  local java_etc; java_etc="$(readlink -f "$java_home/conf/logging.properties" 2>/dev/null | sed -n 's#^\(/etc/[^/]*\)/.*#\1#p')"
  if [ -n "$java_etc" ]; then
    write_ready java "$version (JUnit $JUNIT_VERSION)" javaHome "$java_home" junitJar "$jar" javaEtc "$java_etc"
  else
    write_ready java "$version (JUnit $JUNIT_VERSION)" javaHome "$java_home" junitJar "$jar"
  fi
}

prepare_rust() {
  local dir="$DATA/rust" sysroot
  local rustc; rustc="$(command -v rustc)" || { fail "rust (rustc not found)"; return 1; }
  sysroot="$(readlink -f "$("$rustc" --print sysroot)")" || { fail "rust (rustc --print sysroot)"; return 1; }
  [ -x "$sysroot/bin/cargo" ] || { fail "rust (no cargo in $sysroot/bin)"; return 1; }
  mkdir -p "$dir/cargo-home"
  # A cargo home that never reaches the network; runs copy nothing from it but this config.
  printf '[net]\noffline = true\n[term]\ncolor = "never"\n' > "$dir/cargo-home/config.toml"
  local version; version="$("$sysroot/bin/rustc" --version | cut -d' ' -f2)"
  log "rust: toolchain $sysroot"
  write_ready rust "$version" sysroot "$sysroot" cargoHome "$dir/cargo-home"
}

prepare_cpp() {
  local dir="$DATA/cpp"
  [ -f /usr/lib/x86_64-linux-gnu/libgtest.a ] || [ -f /usr/lib/libgtest.a ] || { fail "cpp (libgtest-dev not installed)"; return 1; }
  command -v g++ >/dev/null || { fail "cpp (g++ not installed)"; return 1; }
  mkdir -p "$dir"
  local version; version="$(g++ -dumpfullversion) (GoogleTest $(dpkg-query -W -f='${Version}' libgtest-dev 2>/dev/null | cut -d- -f1))"
  log "cpp: g++ and GoogleTest present"
  write_ready cpp "$version"
}

# The sandbox's seccomp filter (sandbox-controller/seccomp/), built once per version of its
# source; the controller builds it too when it is missing, and refuses to run without it.
build_seccomp() {
  local out="${SANDBOX_SECCOMP_DIR:-$REPO/.data/sandbox}" bpf
  bpf="$(bash "$REPO/sandbox-controller/seccomp/build.sh" "$out")" || { fail "seccomp (sandbox-controller/seccomp/build.sh)"; return 1; }
  log "seccomp: filter at $bpf"
}

# The user-namespace helper (sandbox-controller/userns/): bwrap starts inside a user namespace
# that can make no other one. Built once per version of its source; the controller builds it
# too when it is missing (and, in production, refuses to run without it).
build_userns() {
  local out="${SANDBOX_SECCOMP_DIR:-$REPO/.data/sandbox}" bin
  bin="$(bash "$REPO/sandbox-controller/userns/build.sh" "$out")" || { fail "userns (sandbox-controller/userns/build.sh)"; return 1; }
  "$bin" /bin/true || { fail "userns (the helper does not run: no user namespaces on this kernel, or not root?)"; return 1; }
  log "userns: helper at $bin"
}

mkdir -p "$DATA"
apt_packages
build_seccomp
build_userns
command -v bwrap >/dev/null || fail "bubblewrap (bwrap not on PATH)"
command -v prlimit >/dev/null || fail "util-linux (prlimit not on PATH)"
SELECTED=("$@"); [ ${#SELECTED[@]} -gt 0 ] || SELECTED=(node python go java rust cpp)
for runtime in "${SELECTED[@]}"; do
  case "$runtime" in
    node|python|go|java|rust|cpp) "prepare_$runtime" ;;
    *) fail "$runtime (unknown runtime)" ;;
  esac
done

if [ ${#FAILED[@]} -gt 0 ]; then
  printf '[prepare] %d step(s) failed: %s\n' "${#FAILED[@]}" "${FAILED[*]}" >&2
  exit 1
fi
log "ready: $DATA"
