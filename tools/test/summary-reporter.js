// Jest reporter: writes this project's totals, one file per test tier, to
// $FIXPOINT_TEST_RESULTS/<package>.<tier>.json so tools/test.sh can print one aggregate line for
// the whole workspace (tools/test/aggregate-results.js). The tier is the Jest project's
// displayName (tools/test/jest-tiers.js).
const { mkdirSync, readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const tierOf = (displayName) => displayName?.name ?? 'all';

class SummaryReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
  }

  onRunComplete(contexts, results) {
    const dir = process.env.FIXPOINT_TEST_RESULTS;
    if (!dir) return;
    const { name } = JSON.parse(readFileSync(join(this.rootDir, 'package.json'), 'utf8'));
    // Every tier that ran gets a file, even with no test in it.
    const byTier = new Map();
    for (const context of contexts) {
      byTier.set(tierOf(context.config.displayName), { passed: 0, failed: 0, skipped: 0 });
    }
    // A file that could not even load has no displayName: it belongs to the tier that ran, when
    // one did (always, under npm test); with several, it still counts, under "all".
    const only = byTier.size === 1 ? [...byTier.keys()][0] : undefined;
    for (const file of results.testResults) {
      const tier = file.displayName ? tierOf(file.displayName) : (only ?? 'all');
      const totals = byTier.get(tier) ?? { passed: 0, failed: 0, skipped: 0 };
      totals.passed += file.numPassingTests;
      // A file that could not run (a syntax error, a failing beforeAll hook's crash) has no
      // failing test but is a failure.
      totals.failed += file.numFailingTests + (file.testExecError ? 1 : 0);
      totals.skipped += file.numPendingTests + file.numTodoTests;
      byTier.set(tier, totals);
    }
    mkdirSync(dir, { recursive: true });
    for (const [tier, totals] of byTier) {
      writeFileSync(
        join(dir, `${name.replace(/[^\w.-]+/g, '_')}.${tier}.json`),
        JSON.stringify({ project: name, tier, ...totals }),
      );
    }
  }
}

module.exports = SummaryReporter;
