import type { RunResult, TestResult } from '../result';
import { judgeWrongFix } from './wrong-fix-outcome';

const test = (name: string, status: TestResult['status'] = 'pass'): TestResult => ({
  name,
  status,
  message: status === 'pass' ? null : 'expected 2, got 3',
  output: null,
  durationMs: 1,
});
const run = (tests: TestResult[], more: Partial<RunResult> = {}): RunResult => ({
  status: tests.some((t) => t.status !== 'pass') ? 'fail' : 'pass',
  tests,
  stdout: '',
  stderr: '',
  durationMs: 10,
  ...more,
});
const hidden = ['a', 'b'];

describe('judgeWrongFix: would grading ever let this wrong fix pass?', () => {
  it('catches a wrong fix that fails a hidden test, naming it', () => {
    expect(judgeWrongFix(run([test('a'), test('b', 'fail')]), hidden)).toEqual({
      caught: true,
      detail: 'fails b',
    });
  });

  it('does not catch one that passes every hidden test, and says to strengthen them', () => {
    const outcome = judgeWrongFix(run([test('a'), test('b')]), hidden);
    expect(outcome.caught).toBe(false);
    expect(outcome.detail).toMatch(/^passes every hidden test .*strengthen/);
  });

  it('catches a run that reports another test set (a graded run is then error)', () => {
    expect(judgeWrongFix(run([test('a')]), hidden)).toEqual({
      caught: true,
      detail: 'reports another test set (missing b)',
    });
  });

  it('catches what the integrity layers of a graded run flag or find tampered', () => {
    const seed = 'x';
    const tampered = run([test('a'), test('b')], { status: 'tampered', message: 'canary' });
    expect(judgeWrongFix(tampered, hidden)).toEqual({ caught: true, detail: 'tampered: canary' });
    const flagged = run([test('a'), test('b')], {
      integrity: {
        verdict: 'flagged',
        canaries: 2,
        seed,
        findings: [{ layer: 'scan', code: 'scan-process-exit', message: 'exits early' }],
      },
    });
    expect(judgeWrongFix(flagged, hidden)).toEqual({
      caught: true,
      detail: 'flagged by the integrity checks (scan-process-exit)',
    });
  });

  it('counts a run with no report as caught, and says why (so a build error shows)', () => {
    const none = run([], { status: 'error', message: 'src/x.go:3: undefined: y\nmore' });
    expect(judgeWrongFix(none, hidden)).toEqual({
      caught: true,
      detail: 'reported no test (error: src/x.go:3: undefined: y)',
    });
  });
});
