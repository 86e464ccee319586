// node --test tools/test/: the end-of-run arithmetic of `npm test`, on fake reporter files.
const assert = require('node:assert/strict');
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { test } = require('node:test');

const script = path.join(__dirname, 'aggregate-results.js');

/** Runs the aggregator as tools/test.sh does; returns its output and exit code. */
function runOn(results, expected, lintFailed = 0, nxStatus = 0) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fixpoint-aggregate-'));
  const resultsDir = path.join(dir, 'results');
  fs.mkdirSync(resultsDir);
  for (const r of results) {
    const file = `${r.project.replace(/[^\w.-]+/g, '_')}.${r.tier}.json`;
    fs.writeFileSync(path.join(resultsDir, file), JSON.stringify(r));
  }
  fs.writeFileSync(path.join(dir, 'expected'), expected.map((e) => e.join(' ')).join('\n') + '\n');
  try {
    const out = execFileSync(
      'node',
      [script, resultsDir, path.join(dir, 'expected'), String(lintFailed), String(nxStatus)],
      {
        encoding: 'utf8',
      },
    );
    return { out, code: 0 };
  } catch (error) {
    return { out: error.stdout, code: error.status };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const api = (tier, passed, failed = 0, skipped = 0) => ({
  project: '@fixpoint/platform-api',
  tier,
  passed,
  failed,
  skipped,
});
const app = (passed, failed = 0) => ({
  project: '@fixpoint/learner-app',
  tier: 'unit',
  passed,
  failed,
  skipped: 0,
});
const expected = [
  ['@fixpoint/platform-api', 'unit'],
  ['@fixpoint/platform-api', 'medium'],
  ['@fixpoint/learner-app', 'unit'],
];

test('sums each project over its tiers and the workspace over its projects', () => {
  const { out, code } = runOn([api('unit', 20), api('medium', 300), app(100)], expected);
  assert.equal(
    out,
    [
      '  @fixpoint/learner-app: 100 passed, 0 failed',
      '  @fixpoint/platform-api: 320 passed, 0 failed',
      '420 passed, 0 failed',
      '',
    ].join('\n'),
  );
  assert.equal(code, 0);
});

test('a failing test fails the run and says where', () => {
  const { out, code } = runOn([api('unit', 19, 1), api('medium', 300, 0, 2), app(100)], expected);
  assert.match(out, /^ {2}@fixpoint\/platform-api: 319 passed, 1 failed$/m);
  assert.match(out, /^419 passed, 1 failed, 2 skipped$/m);
  assert.equal(code, 1);
});

test('a tier that crashed before reporting is a failure of its project', () => {
  const { out, code } = runOn([api('unit', 20), app(100)], expected, 0, 1);
  assert.match(
    out,
    /^ {2}@fixpoint\/platform-api: 20 passed, 1 failed \(no result from medium: crashed or never ran\)$/m,
  );
  assert.match(out, /^120 passed, 1 failed$/m);
  assert.equal(code, 1);
});

test('a project none of whose tiers reported still gets its line', () => {
  const { out, code } = runOn([app(100)], expected, 0, 1);
  assert.match(out, /platform-api: 0 passed, 2 failed \(no result from unit, medium/);
  assert.equal(code, 1);
});

test('a failed lint, or Nx failing with every test passed, is a failure', () => {
  const all = [api('unit', 20), api('medium', 300), app(100)];
  assert.match(runOn(all, expected, 1, 0).out, /^420 passed, 1 failed$/m);
  const nxOnly = runOn(all, expected, 0, 1);
  assert.match(nxOnly.out, /^420 passed, 1 failed$/m);
  assert.equal(nxOnly.code, 1);
});
