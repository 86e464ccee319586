import type { LimitHit, Run, TestStatus } from '../../api/types';

const number = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));

/** "Time limit hit: 10 s CPU": which limit stopped the run, and its value. */
export function limitVerdict(hit: LimitHit): string {
  const value = `${number(hit.limit)} ${hit.unit}`;
  switch (hit.kind) {
    case 'cpu':
      return `Time limit hit: ${value} CPU`;
    case 'wall':
      return `Time limit hit: ${value} wall clock`;
    case 'memory':
      return `Memory limit hit: ${value}`;
    case 'output':
      return `Output limit hit: ${value}`;
    case 'processes':
      return `Process limit hit: ${value}`;
    case 'file-size':
      return `File size limit hit: ${value}`;
    default:
      return `Limit hit (${hit.kind}): ${value}`;
  }
}

export type VerdictTone = 'success' | 'error' | 'warning';

export function runVerdict(run: Run): { tone: VerdictTone; text: string } {
  if (run.limitHit) return { tone: 'warning', text: limitVerdict(run.limitHit) };
  const counts = `${run.passed} passed, ${run.failed} failed`;
  switch (run.status) {
    case 'PASS':
      return { tone: 'success', text: `All tests passed (${counts})` };
    case 'FAIL':
      return { tone: 'error', text: `Tests failed (${counts})` };
    case 'TIMEOUT':
      return { tone: 'warning', text: 'The run took too long and was stopped' };
    case 'ERROR':
      return { tone: 'error', text: 'The tests could not run: see the console output' };
    // The sandbox refused the run's own report (the schema has had this status; the
    // hand-written type had not, so this screen showed nothing for it).
    case 'TAMPERED':
      return {
        tone: 'error',
        text: 'Not graded: something in the run changed how the tests judge',
      };
  }
}

export const TEST_STATUS_WORD: Record<TestStatus, string> = {
  PASS: 'Passed',
  FAIL: 'Failed',
  ERROR: 'Error',
  SKIPPED: 'Skipped',
};

export function formatDuration(ms: number | null | undefined): string {
  if (ms == null) return '';
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
