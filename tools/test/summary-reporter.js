// Jest reporter: writes this project's totals to $FIXPOINT_TEST_RESULTS/<package>.json so
// tools/test.sh can print one aggregate line for the whole workspace.
const { mkdirSync, readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

class SummaryReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
  }

  onRunComplete(_contexts, results) {
    const dir = process.env.FIXPOINT_TEST_RESULTS;
    if (!dir) return;
    const { name } = JSON.parse(readFileSync(join(this.rootDir, 'package.json'), 'utf8'));
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, `${name.replace(/[^\w.-]+/g, '_')}.json`),
      JSON.stringify({
        project: name,
        passed: results.numPassedTests,
        failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
        skipped: results.numPendingTests + results.numTodoTests,
      }),
    );
  }
}

module.exports = SummaryReporter;
