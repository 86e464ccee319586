import type { RunIntegrity, RunResult } from '@fixpoint/sandbox-controller';

export type Verdict = RunIntegrity['verdict'];
export type ReviewStatus = 'not_needed' | 'pending' | 'accepted' | 'rejected';

/** What a submission's review state is made of (the submissions row's columns). */
export interface Reviewed {
  score: number;
  reviewStatus: ReviewStatus;
}

/**
 * The verdict of a graded run and whether a person must decide. The sandbox's verdict is
 * taken as given, but a run that came back `tampered`, or with any finding under a `clean`
 * verdict, is never treated as clean: a solver's code never decides its own grade.
 */
export function reviewOf(result: Pick<RunResult, 'status' | 'integrity'>): {
  verdict: Verdict;
  reviewStatus: ReviewStatus;
} {
  const integrity = result.integrity;
  let verdict: Verdict = integrity?.verdict ?? 'clean';
  if (result.status === 'tampered') verdict = 'tampered';
  else if (verdict === 'clean' && (integrity?.findings.length ?? 0) > 0) verdict = 'flagged';
  return { verdict, reviewStatus: verdict === 'clean' ? 'not_needed' : 'pending' };
}

/** True while a person has not accepted the submission's score: it must not be shown. */
export const isWithheld = (s: Pick<Reviewed, 'reviewStatus'>) =>
  s.reviewStatus === 'pending' || s.reviewStatus === 'rejected';

/** The score anyone but staff reading the report may see: null while withheld. */
export const shownScore = (s: Reviewed): number | null => (isWithheld(s) ? null : s.score);

/**
 * What a submission adds to its assessment's total: nothing yet while pending (the total is
 * withheld), 0 once rejected, the computed score once accepted or when no review was needed.
 */
export function countedScore(s: Reviewed): number | null {
  if (s.reviewStatus === 'pending') return null;
  return s.reviewStatus === 'rejected' ? 0 : s.score;
}

/**
 * An assessment's total: the mean over its challenges (an untouched challenge is 0), or null
 * while any challenge's submission waits for a review.
 */
export function sessionTotal(challenges: readonly { score: number | null }[]): number | null {
  if (challenges.some((c) => c.score === null)) return null;
  const sum = challenges.reduce((total, c) => total + (c.score ?? 0), 0);
  return Math.round(sum / Math.max(challenges.length, 1));
}
