// Vitest reporter: writes this project's totals to $FIXPOINT_TEST_RESULTS/<package>.<tier>.json,
// as the workspace's Jest reporter does, so tools/test.sh prints one aggregate line. The Vitest
// suites are all unit tests (no stack); a config may name another tier:
// reporters: [['../tools/test/vitest-summary-reporter.mjs', { tier: 'browser' }]].
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export default class SummaryReporter {
  constructor(options = {}) {
    this.tier = options.tier ?? 'unit';
  }

  onTestRunEnd(testModules, unhandledErrors) {
    const dir = process.env.FIXPOINT_TEST_RESULTS;
    if (!dir) return;
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    for (const testModule of testModules) {
      // A file that failed to load has no tests but must still count as a failure.
      if (testModule.state() === 'failed' && testModule.children.size === 0) failed += 1;
      for (const test of testModule.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failed += 1;
        else skipped += 1;
      }
    }
    const { name } = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8'));
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, `${name.replace(/[^\w.-]+/g, '_')}.${this.tier}.json`),
      JSON.stringify({ project: name, tier: this.tier, passed, failed, skipped }),
    );
  }
}
