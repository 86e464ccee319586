import type { SandboxOutcome } from '../drivers/driver';
import type { TestResult } from '../result';
import { buildAdHocResult, buildResult } from './run-result';
import { Semaphore } from './semaphore';

const outcome = (o: Partial<SandboxOutcome> = {}): SandboxOutcome => ({
  exitCode: 0,
  stdout: 'out',
  stderr: '',
  report: null,
  durationMs: 12,
  killed: false,
  usage: { memoryPeakBytes: null, cpuSeconds: null },
  ...o,
});
const t = (status: TestResult['status']): TestResult => ({
  name: status,
  status,
  message: null,
  output: null,
  durationMs: 1,
});

describe('buildResult', () => {
  it('passes when every test passes, fails when one fails', () => {
    expect(buildResult(outcome(), { tests: [t('pass'), t('skip')] }).status).toBe('pass');
    expect(buildResult(outcome({ exitCode: 1 }), { tests: [t('pass'), t('fail')] }).status).toBe(
      'fail',
    );
  });

  it('is a timeout for cpu and wall limits and an error for memory and output, with the limit', () => {
    const wall = buildResult(
      outcome({
        exitCode: null,
        killed: true,
        limitHit: { limit: 'wall', value: 3, unit: 'seconds' },
      }),
      { tests: [] },
    );
    expect(wall).toMatchObject({ status: 'timeout', limitHit: { limit: 'wall', value: 3 } });
    expect(wall.message).toContain('3 s (wall clock)');
    const mem = buildResult(outcome({ limitHit: { limit: 'memory', value: 64, unit: 'MB' } }), {
      tests: [t('pass')],
    });
    expect(mem).toMatchObject({ status: 'error', limitHit: { limit: 'memory', value: 64 } });
  });

  it('is an error with the reason when the tests could not run', () => {
    expect(
      buildResult(outcome({ exitCode: 1 }), { tests: [], error: 'g++: error: x' }),
    ).toMatchObject({ status: 'error', message: 'g++: error: x' });
    expect(buildResult(outcome(), { tests: [] })).toMatchObject({
      status: 'error',
      message: 'The run reported no tests.',
    });
  });

  it('is never a pass when the command failed or a limit refused something', () => {
    expect(buildResult(outcome({ exitCode: 1 }), { tests: [t('pass')] }).status).toBe('fail');
    expect(
      buildResult(outcome({ limitHit: { limit: 'processes', value: 8, unit: 'processes' } }), {
        tests: [t('pass')],
      }).status,
    ).toBe('error');
  });
});

describe('buildAdHocResult', () => {
  it('follows the exit code', () => {
    expect(buildAdHocResult(outcome(), null)).toMatchObject({
      status: 'pass',
      stdout: 'out',
      tests: [],
    });
    expect(buildAdHocResult(outcome({ exitCode: 2 }), null)).toMatchObject({
      status: 'fail',
      message: 'The command exited with code 2.',
    });
  });
});

describe('Semaphore', () => {
  it('runs at most size tasks at once and refuses beyond the queue', async () => {
    const s = new Semaphore(2, 1);
    let running = 0;
    let peak = 0;
    const release: (() => void)[] = [];
    const task = () =>
      s.use(async () => {
        running++;
        peak = Math.max(peak, running);
        await new Promise<void>((r) => release.push(r));
        running--;
      });
    const a = task();
    const b = task();
    const c = task();
    await expect(task()).rejects.toMatchObject({ code: 'overloaded' });
    await new Promise((r) => setImmediate(r));
    expect(peak).toBe(2);
    release.shift()?.();
    await new Promise((r) => setImmediate(r));
    while (release.length) release.shift()?.();
    await new Promise((r) => setImmediate(r));
    while (release.length) release.shift()?.();
    await Promise.all([a, b, c]);
    expect(peak).toBe(2);
  });
});
