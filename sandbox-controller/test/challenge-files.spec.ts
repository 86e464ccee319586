import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ChallengeFiles } from '../src/challenges/challenge-files';
import type { RunResult } from '../src/result';
import { VALIDATION_CHECKS } from '../src/validate/validate-challenge';
import type { ChallengeValidationReport } from '../src/validate/validate-challenge-files';
import { FIXTURES, startHarness, TOKEN, type Harness } from './support/harness';

/**
 * Challenges sent inline as a folder (challengeFiles), as platform-api does for uploaded and
 * versioned challenges: runs by POST /v1/runs and validation by POST /v1/validations, through
 * the real server and sandbox, with the small node fixture fx-node-range.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

/** A folder as the flat map an upload sends (read here, independently of the loader). */
function folderFiles(dir: string, rel = ''): ChallengeFiles {
  const out: ChallengeFiles = {};
  for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const p = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) Object.assign(out, folderFiles(dir, p));
    else out[p] = fs.readFileSync(path.join(dir, p), 'utf8');
  }
  return out;
}

const SLUG = 'fx-node-range';
const folder = () => folderFiles(path.join(FIXTURES, SLUG));
const fixedRange = () => folder()['solution/src/range.js'];
const verdict = (r: RunResult) => ({
  status: r.status,
  tests: r.tests.map((t) => [t.name, t.status]).sort(),
});
const validate = async (challengeFiles: unknown) => {
  const r = await h.postTo('/v1/validations', { challengeFiles });
  expect(r.status).toBe(200);
  return r.body as unknown as ChallengeValidationReport;
};
const expectProblem = (
  r: { status: number; body: Record<string, unknown> },
  status: number,
  code: string,
) => {
  expect({ status: r.status, code: r.body.code }).toEqual({ status, code });
  expect(r.body.type).toBe(`https://fixpoint.dev/problems/${code}`);
  expect(typeof r.body.detail).toBe('string');
};

describe('POST /v1/runs with challengeFiles', () => {
  it('gives the same result as the slug, for the starter and for the solution', async () => {
    const solverFix = { 'src/range.js': fixedRange() };
    const [bySlug, inline, fixedBySlug, fixedInline] = await Promise.all([
      h.run({ challenge: SLUG, suite: 'all' }),
      h.run({ challengeFiles: folder(), suite: 'all' }),
      h.run({ challenge: SLUG, suite: 'all', files: solverFix }),
      h.run({ challengeFiles: folder(), suite: 'all', files: solverFix }),
    ]);
    expect(verdict(bySlug).status).toBe('fail');
    expect(verdict(inline)).toEqual(verdict(bySlug));
    expect(Object.keys(inline).sort()).toEqual(Object.keys(bySlug).sort());
    expect(verdict(fixedBySlug).status).toBe('pass');
    expect(verdict(fixedInline)).toEqual(verdict(fixedBySlug));
    expect(Object.keys(fixedInline).sort()).toEqual(Object.keys(fixedBySlug).sort());
  });

  it('runs the tests it was sent: an edited hidden test changes the verdict', async () => {
    const files = folder();
    const hidden = 'tests/hidden/test/range.hidden.test.js';
    // The starter stops before `to`: a hidden test that expects that passes on the starter.
    files[hidden] = files[hidden].replace('[1, 2, 3]', '[1, 2]');
    const [bySlug, inline] = await Promise.all([
      h.run({ challenge: SLUG, suite: 'hidden' }),
      h.run({ challengeFiles: files, suite: 'hidden' }),
    ]);
    expect(bySlug.status).toBe('fail');
    expect(inline.status).toBe('pass');
    expect(inline.tests.map((t) => t.status)).toEqual(['pass', 'pass']);
  });

  it('keeps the solver to the editable paths of the folder sent', async () => {
    const r = await h.post({ challengeFiles: folder(), files: { 'package.json': '{}' } });
    expectProblem(r, 422, 'path-not-editable');
  });

  it('refuses a bad folder with 422 invalid-challenge-files naming the file and field', async () => {
    const noRuntime = folder();
    noRuntime['challenge.yaml'] = noRuntime['challenge.yaml'].replace(/^runtime: node\n/m, '');
    const missingField = await h.post({ challengeFiles: noRuntime });
    expectProblem(missingField, 422, 'invalid-challenge-files');
    expect(missingField.body).toMatchObject({ file: 'challenge.yaml', field: 'runtime' });
    expect(missingField.body.detail).toMatch(/challenge\.yaml: runtime: /);

    const traversal = await h.post({ challengeFiles: { ...folder(), '../x': 'x' } });
    expectProblem(traversal, 422, 'invalid-challenge-files');
    expect(traversal.body).toMatchObject({
      file: '../x',
      errors: [{ file: '../x', message: 'File path "../x" has a ".." segment.' }],
    });

    const big = 'x'.repeat(256 * 1024 + 1);
    const oversized = await h.post({ challengeFiles: { ...folder(), 'starter/big.txt': big } });
    expectProblem(oversized, 422, 'invalid-challenge-files');
    expect(oversized.body).toMatchObject({ file: 'starter/big.txt' });
    expect(oversized.body.detail).toMatch(/starter\/big\.txt: is 262145 bytes/);
  });

  it('takes exactly one of challenge or challengeFiles', async () => {
    const both = await h.post({ challenge: SLUG, challengeFiles: folder() });
    expectProblem(both, 400, 'invalid-request');
    expect(both.body.detail).toMatch(/exactly one of challenge .* or challengeFiles/);
    expectProblem(await h.post({ suite: 'all' }), 400, 'invalid-request');
    expectProblem(await h.post({ challengeFiles: 'nope' }), 400, 'invalid-request');
  });
});

describe('POST /v1/validations', () => {
  const CHECKS = VALIDATION_CHECKS;

  it('a valid folder: valid, all checks passed, with its metadata', async () => {
    const report = await validate(folder());
    expect(report).toMatchObject({
      valid: true,
      errors: [],
      challenge: {
        slug: SLUG,
        title: 'Fixture fx-node-range',
        language: 'javascript',
        runtime: 'node',
        difficulty: 1,
        editable: ['src/**', '!**/*.test.*', '!**/*.spec.*'],
      },
      failToPass: ['range > includes both ends'],
      testIds: JSON.parse(folder()['tests.json']),
      wrongFixes: [],
    });
    expect(report.checks.map((c) => [c.name, c.passed])).toEqual(CHECKS.map((n) => [n, true]));
    for (const c of report.checks) expect(c.detail).toEqual(expect.any(String));
  });

  it('a starter that already passes: invalid, FAIL_TO_PASS failed', async () => {
    const files = folder();
    files['starter/src/range.js'] = fixedRange();
    const report = await validate(files);
    expect(report.valid).toBe(false);
    expect(report.errors).toEqual([]);
    const byName = Object.fromEntries(report.checks.map((c) => [c.name, c]));
    expect(byName[CHECKS[0]]).toMatchObject({
      passed: false,
      detail: expect.stringMatching(/starter should fail a hidden test, got pass/),
    });
    expect(byName[CHECKS[1]].passed).toBe(true);
    expect(byName[CHECKS[2]].passed).toBe(true);
  });

  it('an upload without tests.json: valid, and the report gives the test names it saw', async () => {
    const { 'tests.json': ids, ...upload } = folder();
    const report = await validate(upload);
    expect(report.valid).toBe(true);
    expect(report.testIds).toEqual(JSON.parse(ids));
  });

  it('a tests.json that names another set: invalid, naming the missing and extra tests', async () => {
    const files = folder();
    const ids = JSON.parse(files['tests.json']) as { visible: string[]; hidden: string[] };
    const renamed = ids.hidden[0];
    ids.hidden[0] = `${renamed} (renamed)`;
    files['tests.json'] = JSON.stringify({ ...ids, hidden: ids.hidden.sort() });
    const report = await validate(files);
    expect(report.valid).toBe(false);
    const check = report.checks.find((c) => c.name === CHECKS[3]);
    expect(check).toMatchObject({ passed: false });
    expect(check!.detail).toContain(`missing ${renamed} (renamed)`);
    expect(check!.detail).toContain(`extra ${renamed}`);
  });

  it('wrong fixes: one the hidden tests catch passes the check, one they miss fails it', async () => {
    const files = folder();
    files['challenge.yaml'] +=
      'wrongFixes:\n' +
      '  - name: off-by-two\n    why: Stops two before the end.\n' +
      '  - name: the-fix-itself\n    why: Not wrong at all, so nothing can catch it.\n';
    const starter = files['starter/src/range.js'];
    files['wrong-fixes/off-by-two/src/range.js'] = starter.replace(/i < to/, 'i < to - 1');
    files['wrong-fixes/the-fix-itself/src/range.js'] = fixedRange();
    expect(files['wrong-fixes/off-by-two/src/range.js']).not.toBe(starter);
    const report = await validate(files);
    expect(report.valid).toBe(false);
    expect(report.wrongFixes).toEqual([
      { name: 'off-by-two', caught: true, detail: expect.stringMatching(/^fails /) },
      {
        name: 'the-fix-itself',
        caught: false,
        detail: expect.stringMatching(/^passes every hidden test/),
      },
    ]);
    expect(report.checks.find((c) => c.name === CHECKS[4])).toMatchObject({
      passed: false,
      detail: expect.stringContaining('wrong fix the-fix-itself: passes every hidden test'),
    });
  });

  it('format errors: invalid, naming file and field, and nothing is run', async () => {
    const runs = jest.spyOn(h.app.service, 'runChallenge');
    try {
      const malformed = folder();
      malformed['challenge.yaml'] += 'limits: [\n';
      const noEditable = folder();
      noEditable['challenge.yaml'] = noEditable['challenge.yaml'].replace(/^editable: .*\n/m, '');
      const big = 'x'.repeat(256 * 1024 + 1);
      const cases: [unknown, object[]][] = [
        [
          malformed,
          [{ file: 'challenge.yaml', message: expect.stringMatching(/^is not valid YAML/) }],
        ],
        [noEditable, [{ file: 'challenge.yaml', field: 'editable', message: expect.any(String) }]],
        [
          { ...folder(), '../x': 'x' },
          [{ file: '../x', message: expect.stringMatching(/"\.\."/) }],
        ],
        [
          { ...folder(), 'starter/big.txt': big },
          [{ file: 'starter/big.txt', message: 'is 262145 bytes; a file may be at most 262144' }],
        ],
        [{}, [{ file: 'challenge.yaml', message: expect.stringMatching(/^is missing/) }]],
      ];
      for (const [files, errors] of cases) {
        const report = await validate(files);
        expect(report).toMatchObject({ valid: false, checks: [], errors });
        expect(report.errors).toHaveLength(errors.length);
        expect(report.challenge).toBeUndefined();
      }
      expect(runs).not.toHaveBeenCalled();
    } finally {
      runs.mockRestore();
    }
  });

  it('refuses a body without challengeFiles with 400', async () => {
    expectProblem(await h.postTo('/v1/validations', { challenge: SLUG }), 400, 'invalid-request');
  });
});

describe('authentication', () => {
  it('both routes need the bearer token', async () => {
    for (const route of ['/v1/runs', '/v1/validations']) {
      for (const headers of [{ authorization: '' }, { authorization: `Bearer ${TOKEN}x` }]) {
        const r = await h.postTo(route, { challengeFiles: folder() }, headers);
        expectProblem(r, 401, 'unauthorized');
      }
    }
  });
});
