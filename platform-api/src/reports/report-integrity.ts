import type { RunIntegrity, RunResult } from '@fixpoint/sandbox-controller';
import type { TestResult, TestStatus } from '../attempts/dto/attempt.types';
import type { Tx } from '../database/scoped-db.service';
import type { Prisma } from '../generated/prisma/client';
import type { ChallengeIntegrity, IntegrityVerdict, ReviewStatus } from './dto/review.types';

type SubmissionRow = Prisma.SubmissionGetPayload<object>;

/** Every test of a stored run with its message and output: the report is staff-only. */
export function testsOf(result: unknown): TestResult[] {
  return ((result as RunResult | null)?.tests ?? []).map((t) => ({
    name: t.name,
    status: t.status as TestStatus,
    message: t.message,
    output: t.output,
    durationMs: t.durationMs,
  }));
}

/** "Name <email>" of the people who decided reviews, by user id. */
export async function deciders(tx: Tx, ids: (string | null | undefined)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  if (!wanted.length) return new Map<string, string>();
  const users = await tx.user.findMany({
    where: { id: { in: wanted } },
    select: { id: true, displayName: true, email: true },
  });
  return new Map(users.map((u) => [u.id, `${u.displayName} <${u.email}>`]));
}

/** A submission's integrity section for the report: the findings and the decision. */
export function challengeIntegrity(
  submission: SubmissionRow,
  stored: unknown,
  names: Map<string, string>,
): ChallengeIntegrity {
  const integrity = stored as RunIntegrity | null | undefined;
  return {
    submissionId: submission.id,
    verdict: submission.integrityVerdict as IntegrityVerdict,
    findings: (integrity?.findings ?? []).map((f) => ({
      layer: f.layer,
      code: f.code,
      message: f.message,
      file: f.file ?? null,
      line: f.line ?? null,
      excerpt: f.excerpt ?? null,
      test: f.test ?? null,
      expected: f.expected ?? null,
      actual: f.actual ?? null,
    })),
    seed: integrity?.seed ?? null,
    canaries: integrity?.canaries ?? 0,
    reviewStatus: submission.reviewStatus as ReviewStatus,
    reviewedBy: submission.reviewedBy ? (names.get(submission.reviewedBy) ?? null) : null,
    reviewedAt: submission.reviewedAt,
    reason: submission.reviewReason,
  };
}
