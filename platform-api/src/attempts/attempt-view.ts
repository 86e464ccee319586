import type { RunResult } from '@fixpoint/sandbox-controller';
import type { Prisma } from '../generated/prisma/client';
import { isWithheld, shownScore } from '../reports/integrity-review';
import type { ScoreBreakdown } from '../scoring/score';
import type { LimitHit, Run, RunStatus, Submission, TestStatus } from './dto/attempt.types';

type RunRow = Prisma.RunGetPayload<object>;

/**
 * A run as its solver (learner, candidate, applicant) reads it. Hidden-suite runs come back as
 * counts and status only: the names, messages and output of hidden tests, the run's stdout and
 * stderr and its integrity findings are for staff, who read them through the report.
 */
export function toRun(row: RunRow): Run {
  const result = row.result as unknown as RunResult;
  const counts = {
    id: row.id,
    suite: row.suite,
    status: row.status as RunStatus,
    passed: row.passed,
    failed: row.failed,
    total: result.tests.length,
    durationMs: result.durationMs,
    createdAt: row.createdAt,
  };
  if (row.suite !== 'visible') {
    return { ...counts, redacted: true, tests: [], stdout: '', stderr: '', limitHit: null };
  }
  return {
    ...counts,
    redacted: false,
    tests: result.tests.map((t) => ({
      name: t.name,
      status: t.status as TestStatus,
      message: t.message,
      output: t.output,
      durationMs: t.durationMs,
    })),
    stdout: result.stdout,
    stderr: result.stderr,
    limitHit: result.limitHit ? limitHitOf(result.limitHit) : null,
  };
}

const LIMIT_WORDS: Record<string, string> = {
  cpu: 'CPU time',
  wall: 'wall-clock time',
  memory: 'memory',
  output: 'output',
  processes: 'processes',
  fileSize: 'file size',
};

function limitHitOf(hit: NonNullable<RunResult['limitHit']>): LimitHit {
  const unit = hit.unit === 'seconds' ? 's' : hit.unit;
  return {
    kind: hit.limit,
    limit: hit.value,
    unit: hit.unit,
    message: `${hit.limit === 'cpu' || hit.limit === 'wall' ? 'Time' : 'Resource'} limit hit: ${hit.value} ${unit} of ${LIMIT_WORDS[hit.limit] ?? hit.limit}.`,
  };
}

/** A submission as its solver reads it: while a person has not accepted it, no score. */
export function toSubmission(row: Prisma.SubmissionGetPayload<object>): Submission {
  const withheld = isWithheld(row);
  return {
    id: row.id,
    score: shownScore(row),
    reviewRequired: withheld,
    breakdown: withheld ? null : (row.breakdown as unknown as ScoreBreakdown),
    hiddenPassed: row.hiddenPassed,
    hiddenTotal: row.hiddenTotal,
    createdAt: row.createdAt,
  };
}

/** The row written for a run: counts derived from the result, the result kept whole. */
export function runData(result: RunResult) {
  return {
    status: result.status,
    passed: result.tests.filter((t) => t.status === 'pass').length,
    failed: result.tests.filter((t) => t.status !== 'pass' && t.status !== 'skip').length,
    result: result as unknown as Prisma.InputJsonValue,
  };
}
