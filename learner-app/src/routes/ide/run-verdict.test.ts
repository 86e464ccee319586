import { describe, expect, it } from 'vitest';
import { run } from '../../test/fixtures';
import { formatDuration, limitVerdict, runVerdict } from './run-verdict';

describe('run verdicts', () => {
  it('names the limit that stopped a run and its value', () => {
    expect(limitVerdict({ kind: 'cpu', limit: 10, unit: 's', message: '' })).toBe(
      'Time limit hit: 10 s CPU',
    );
    expect(limitVerdict({ kind: 'wall', limit: 20, unit: 's', message: '' })).toBe(
      'Time limit hit: 20 s wall clock',
    );
    expect(limitVerdict({ kind: 'memory', limit: 256, unit: 'MB', message: '' })).toBe(
      'Memory limit hit: 256 MB',
    );
  });

  it('puts a limit ahead of the pass/fail counts', () => {
    const verdict = runVerdict(
      run({
        status: 'TIMEOUT',
        limitHit: { kind: 'cpu', limit: 10, unit: 's', message: 'CPU time exceeded' },
      }),
    );
    expect(verdict).toEqual({ tone: 'warning', text: 'Time limit hit: 10 s CPU' });
  });

  it('counts passes and failures', () => {
    expect(runVerdict(run())).toEqual({ tone: 'error', text: 'Tests failed (1 passed, 1 failed)' });
    expect(runVerdict(run({ status: 'PASS', passed: 2, failed: 0 })).text).toBe(
      'All tests passed (2 passed, 0 failed)',
    );
  });

  it('says a run the sandbox refused as tampered was not graded (it used to show no verdict)', () => {
    expect(runVerdict(run({ status: 'TAMPERED', passed: 0, failed: 0 }))).toEqual({
      tone: 'error',
      text: 'Not graded: something in the run changed how the tests judge',
    });
  });

  it('formats durations', () => {
    expect(formatDuration(812)).toBe('812 ms');
    expect(formatDuration(1530)).toBe('1.5 s');
    expect(formatDuration(null)).toBe('');
  });
});
