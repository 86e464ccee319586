#!/usr/bin/env bash
# npm test: starts the local stack if needed, then lints, builds and tests every project (each
# project's `test` target runs its tiers: test:unit, test:medium, test:browser), and ends with
# one line for the whole workspace: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
# The services refuse their public development secrets unless told, explicitly, that this is
# development (an unset NODE_ENV means production behaviour).
export NODE_ENV=development
source tools/lib/node-modules.sh
ensure_node_modules

bash tools/stack/up.sh || exit 1
# The browser tests (e2e) drive Debian's Chromium.
if [ ! -x /usr/bin/chromium ]; then
  (source tools/stack/lib.sh && { apt_install chromium || fail chromium "apt-get install chromium failed (see $LOGS/apt.log)"; }) || exit 1
fi
# The fault suite (faults/) runs its services under supervisord, as npm start does.
if ! command -v supervisord >/dev/null; then
  (source tools/stack/lib.sh && { apt_install supervisor || fail supervisor "apt-get install supervisor failed (see $LOGS/apt.log)"; }) || exit 1
fi
if [ -f tools/sandbox/prepare.sh ]; then
  bash tools/sandbox/prepare.sh || exit 1
fi

results=".data/test-results"
rm -rf "$results"
mkdir -p "$results"
export FIXPOINT_TEST_RESULTS="$PWD/$results"

checks_failed=0
echo
echo "== test wiring"
# Every spec file in exactly one tier, and the end-of-run arithmetic below, checked first.
node tools/test/check-tiers.mjs || checks_failed=$((checks_failed + 1))
node --test --test-reporter=dot tools/test/aggregate-results.test.js || checks_failed=$((checks_failed + 1))

echo
echo "== lint"
npx nx run-many -t lint --outputStyle=static || checks_failed=$((checks_failed + 1))

echo
echo "== build and test"
# Projects run one at a time (nx.json "parallel": 1): the machine has two cores and several
# suites start real servers. A failing project does not stop the others.
npx nx run-many -t test --outputStyle=static --nxBail=false
status=$?

# Which project and tier should have reported: one that did not crashed or never ran.
expected=".data/test-expected-tiers"
for tier in unit medium browser; do
  npx nx show projects --withTarget "test:$tier" | sed "s/\$/ $tier/"
done >"$expected"
node tools/test/aggregate-results.js "$results" "$expected" "$checks_failed" "$status"
