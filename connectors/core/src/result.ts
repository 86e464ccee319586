/**
 * A candidate's result as every connector sees it: Fixpoint's own vocabulary (the /ats/v1
 * `Result`), never an ATS's. A connector maps it to its ATS's statuses and fields.
 */
export type ResultStatus =
  'pending' | 'in_progress' | 'under_review' | 'completed' | 'cancelled' | 'expired';

export interface ChallengeResult {
  position: number;
  title: string;
  /** null while the result is withheld (or not graded yet). */
  score: number | null;
  reviewStatus: 'not_submitted' | 'not_required' | 'pending' | 'accepted' | 'rejected' | string;
}

export interface NeutralResult {
  invitationId: string;
  assessmentTitle: string;
  status: ResultStatus;
  /** 0-100; null until the result is final (a result under an integrity review has none). */
  score: number | null;
  maxScore: number;
  challenges: ChallengeResult[];
  /** The portal's report (a signed-in recruiter opens it); null until the session ended. */
  reportUrl: string | null;
  integrityStatus: 'clean' | 'under_review' | 'accepted' | 'rejected';
  startedAt: string | null;
  completedAt: string | null;
}

/**
 * Final: the session ended and no submission waits for a recruiter's integrity decision. Only
 * a final result is written back to an ATS; a withheld one would hand it a number a recruiter
 * may still reject.
 */
export const isFinal = (result: Pick<NeutralResult, 'status'>) => result.status === 'completed';

/** Nothing will ever be final: cancelled, or expired before the candidate began. */
export const isClosed = (result: Pick<NeutralResult, 'status'>) =>
  result.status === 'cancelled' || result.status === 'expired';
