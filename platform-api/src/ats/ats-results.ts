import type { RunIntegrity } from '@fixpoint/sandbox-controller';
import type { components } from '@fixpoint/openapi';
import type { Tx } from '../database/scoped-db.service';
import type { InviteWithSession } from '../invites/candidate-status';
import { countedScore } from '../reports/integrity-review';
import { invitationStatus } from './invitation-view';

type Result = components['schemas']['Result'];
type Integrity = Result['integrity'];

/**
 * An invitation's result for an ATS. While any submission waits for an integrity review the
 * result says `under_review` and carries no score at all (not the total, not a challenge's):
 * the ATS must not act on a number a recruiter may still reject.
 */
export async function resultOf(
  tx: Tx,
  invite: InviteWithSession,
  portalUrl: string,
): Promise<Result> {
  const status = invitationStatus(invite);
  const links = await tx.assessmentChallenge.findMany({
    where: { assessmentId: invite.assessmentId },
    orderBy: { position: 'asc' },
  });
  const challenges = await tx.challenge.findMany({
    where: { id: { in: links.map((l) => l.challengeId) } },
    include: { currentVersion: { select: { title: true } } },
  });
  const session = invite.session;
  const attempts = session
    ? await tx.attempt.findMany({
        where: { sessionId: session.id },
        include: {
          challengeVersion: { select: { challengeId: true } },
          submission: { include: { run: { select: { integrity: true } } } },
        },
      })
    : [];
  const ended = session?.phase === 'submitted' || session?.phase === 'expired';
  const perChallenge = links.map((link) => {
    const challenge = challenges.find((c) => c.id === link.challengeId)!;
    const submission = attempts.find(
      (a) => a.challengeVersion.challengeId === link.challengeId,
    )?.submission;
    return { link, challenge, submission };
  });
  const reviews = perChallenge.map((c) => c.submission?.reviewStatus ?? 'not_submitted');
  const underReview = reviews.includes('pending');
  const integrity: Integrity = {
    status: underReview
      ? 'under_review'
      : reviews.includes('rejected')
        ? 'rejected'
        : reviews.includes('accepted')
          ? 'accepted'
          : 'clean',
    findings: perChallenge
      .filter((c) => c.submission && c.submission.integrityVerdict !== 'clean')
      .map((c) => ({
        challengePosition: c.link.position,
        verdict: c.submission!.integrityVerdict as 'flagged' | 'tampered',
        codes: [
          ...new Set(
            ((c.submission!.run.integrity as RunIntegrity | null)?.findings ?? []).map(
              (f) => f.code,
            ),
          ),
        ],
      })),
  };
  const withheld = !ended || underReview;
  return {
    invitationId: invite.id,
    status:
      status === 'cancelled' || (status === 'expired' && !session?.startedAt)
        ? status
        : !session || session.phase === 'not_started'
          ? 'pending'
          : !ended
            ? 'in_progress'
            : underReview
              ? 'under_review'
              : 'completed',
    score: withheld ? null : (session?.score ?? null),
    maxScore: 100,
    challenges: perChallenge.map((c) => ({
      position: c.link.position,
      slug: c.challenge.slug,
      title: c.challenge.currentVersion?.title ?? c.challenge.slug,
      score: withheld ? null : c.submission ? countedScore(c.submission) : ended ? 0 : null,
      reviewStatus: c.submission?.reviewStatus ?? 'not_submitted',
    })),
    reportUrl: ended ? new URL(`/reports/${invite.id}`, portalUrl).toString() : null,
    integrity,
    completedAt: ended ? (session?.endedAt?.toISOString() ?? null) : null,
  };
}
