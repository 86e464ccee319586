import type { NeutralResult } from '@fixpoint/connector-core';
import { resultOf } from '../ats/ats-results';
import type { Tx } from '../database/scoped-db.service';

const include = { session: true, assessment: { select: { title: true } } } as const;

/**
 * An invitation's result in the connectors' vocabulary: the /ats/v1 result (so an ATS reading
 * either sees the same thing: withheld while an integrity review is pending), plus what a
 * connector shows beside it. Null when the invitation is not this tenant's.
 */
export async function neutralResultOf(
  tx: Tx,
  inviteId: string,
  portalUrl: string,
): Promise<NeutralResult | null> {
  const invite = await tx.candidateInvite.findFirst({
    where: { id: inviteId, assessment: { kind: 'assessment' } },
    include,
  });
  if (!invite) return null;
  const result = await resultOf(tx, invite, portalUrl);
  return {
    invitationId: invite.id,
    assessmentTitle: invite.assessment.title,
    status: result.status,
    score: result.score ?? null,
    maxScore: result.maxScore,
    challenges: result.challenges.map((c) => ({
      position: c.position,
      title: c.title,
      score: c.score ?? null,
      reviewStatus: c.reviewStatus,
    })),
    reportUrl: result.reportUrl ?? null,
    integrityStatus: result.integrity.status,
    startedAt: invite.session?.startedAt?.toISOString() ?? null,
    completedAt: result.completedAt ?? null,
  };
}
