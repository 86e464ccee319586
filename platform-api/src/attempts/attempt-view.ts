import type { RunResult } from '@fixpoint/sandbox-controller';
import type { Files } from '../catalog/challenge-content';
import { solverFiles, toDetail } from '../catalog/challenge-view';
import type { Hint } from '../catalog/dto/challenge.types';
import type { Prisma } from '../generated/prisma/client';
import type { ScoreBreakdown } from '../scoring/score';
import type { Attempt, LimitHit, Run, Submission } from './dto/attempt.types';
import { AttemptStatus, RunStatus, TestStatus } from './dto/attempt.types';

export const ATTEMPT_INCLUDE = {
  challengeVersion: { include: { challenge: { select: { slug: true } } } },
  runs: { orderBy: { createdAt: 'desc' }, take: 50 },
  submission: true,
} satisfies Prisma.AttemptInclude;

export type AttemptRow = Prisma.AttemptGetPayload<{ include: typeof ATTEMPT_INCLUDE }>;
type RunRow = AttemptRow['runs'][number];

export function toAttempt(row: AttemptRow): Attempt {
  const version = row.challengeVersion;
  const hints = version.hints as unknown as Hint[];
  return {
    id: row.id,
    status: row.status === 'submitted' ? AttemptStatus.SUBMITTED : AttemptStatus.IN_PROGRESS,
    challenge: toDetail(version.challenge.slug, version),
    files: solverFiles(version, row.files as Files),
    hints: hints.slice(0, row.hintsRevealed),
    startedAt: row.startedAt,
    updatedAt: row.updatedAt,
    submittedAt: row.submittedAt,
    runs: row.runs.map(toRun),
    submission: row.submission ? toSubmission(row.submission) : null,
  };
}

export function toRun(row: RunRow): Run {
  const result = row.result as unknown as RunResult;
  return {
    id: row.id,
    suite: row.suite,
    status: row.status as RunStatus,
    passed: row.passed,
    failed: row.failed,
    tests: result.tests.map((t) => ({
      name: t.name,
      status: t.status as TestStatus,
      message: t.message,
      output: t.output,
      durationMs: t.durationMs,
    })),
    stdout: result.stdout,
    stderr: result.stderr,
    durationMs: result.durationMs,
    limitHit: result.limitHit ? limitHitOf(result.limitHit) : null,
    createdAt: row.createdAt,
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

export function toSubmission(row: NonNullable<AttemptRow['submission']>): Submission {
  return {
    id: row.id,
    score: row.score,
    breakdown: row.breakdown as unknown as ScoreBreakdown,
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
