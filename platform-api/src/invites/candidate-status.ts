import type { AssessmentSession, CandidateInvite as InviteRow } from '../generated/prisma/client';
import { competitionResultOf } from '../competitions/hiring-pipeline';
import { CandidateStatus, type CandidateInvite } from './dto/invite.types';

export type InviteWithSession = InviteRow & { session: AssessmentSession | null };

/** True while a submission of the session waits for an integrity review (set at finalize). */
export function isUnderReview(session: AssessmentSession | null): boolean {
  return (session?.result as { reviewRequired?: boolean } | null)?.reviewRequired === true;
}

/** Where a candidate is in the pipeline, from the invite and its session. */
export function candidateStatus(row: InviteWithSession, now = new Date()): CandidateStatus {
  if (row.revokedAt) return CandidateStatus.revoked;
  // A hiring competition's entrant: registered (invited) until the final standings land.
  if (row.competitionId)
    return row.competitionResult ? CandidateStatus.submitted : CandidateStatus.invited;
  const phase = row.session?.phase;
  if (phase === 'submitted') return CandidateStatus.submitted;
  if (phase === 'expired') return CandidateStatus.expired;
  if (phase) return CandidateStatus.started;
  return row.expiresAt <= now ? CandidateStatus.expired : CandidateStatus.invited;
}

export function toCandidateInvite(row: InviteWithSession, now = new Date()): CandidateInvite {
  const session = row.session;
  const competition = competitionResultOf(row.competitionResult);
  const ended = session?.endedAt ?? null;
  const timeUsedMs = session?.startedAt
    ? (ended ?? now).getTime() - session.startedAt.getTime()
    : null;
  return {
    id: row.id,
    assessmentId: row.assessmentId,
    email: row.email,
    name: row.name,
    status: candidateStatus(row, now),
    extraTimePercent: row.extraTimePercent,
    expiresAt: row.expiresAt,
    sentAt: row.sentAt,
    sendCount: row.sendCount,
    startedAt: session?.startedAt ?? null,
    submittedAt: ended ?? competition?.endedAt ?? null,
    // While a submission waits for a recruiter the session's score is null (withheld).
    score: session?.score ?? null,
    underReview: isUnderReview(session),
    timeUsedSeconds:
      timeUsedMs === null
        ? null
        : Math.min(Math.round(timeUsedMs / 1000), session!.timeLimitSeconds),
    competitionId: row.competitionId,
    competition,
  };
}
