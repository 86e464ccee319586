#!/usr/bin/env bash
# npm test: starts the local stack if needed, then lints, builds and tests every project, and
# ends with one line for the whole workspace: "N passed, N failed".
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

lint_failed=0
echo
echo "== lint"
npx nx run-many -t lint --outputStyle=static || lint_failed=1

echo
echo "== build and test"
# Projects run one at a time (nx.json "parallel": 1): the machine has two cores and several
# suites start real servers. A failing project does not stop the others.
npx nx run-many -t test --outputStyle=static --nxBail=false
status=$?

node -e '
  const fs = require("node:fs");
  const dir = process.argv[1];
  let passed = 0, failed = 0, skipped = 0;
  for (const f of fs.readdirSync(dir)) {
    const r = JSON.parse(fs.readFileSync(`${dir}/${f}`, "utf8"));
    console.log(`  ${r.project}: ${r.passed} passed, ${r.failed} failed`);
    passed += r.passed; failed += r.failed; skipped += r.skipped;
  }
  // A lint failure, or a project that crashed before reporting, is a failure too.
  failed += Number(process.argv[2]);
  if (Number(process.argv[3]) !== 0 && failed === 0) failed = 1;
  console.log(`${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : ""));
  process.exit(failed === 0 ? 0 : 1);
' "$results" "$lint_failed" "$status"
