import type { components } from '@fixpoint/openapi';
import { candidateStatus, type InviteWithSession } from '../invites/candidate-status';
import { CandidateStatus } from '../invites/dto/invite.types';

export type Invitation = components['schemas']['Invitation'];
export type InvitationStatus = components['schemas']['InvitationStatus'];

const STATUS: Record<CandidateStatus, InvitationStatus> = {
  [CandidateStatus.invited]: 'invited',
  [CandidateStatus.started]: 'started',
  [CandidateStatus.submitted]: 'completed',
  [CandidateStatus.expired]: 'expired',
  [CandidateStatus.revoked]: 'cancelled',
};

export const invitationStatus = (row: InviteWithSession, now = new Date()) =>
  STATUS[candidateStatus(row, now)];

export function toInvitation(row: InviteWithSession, now = new Date()): Invitation {
  return {
    id: row.id,
    assessmentId: row.assessmentId,
    candidate: { email: row.email, name: row.name },
    externalReference:
      row.externalAts && row.externalApplicationId
        ? {
            ats: row.externalAts,
            applicationId: row.externalApplicationId,
            profileUrl: row.externalProfileUrl,
          }
        : null,
    status: invitationStatus(row, now),
    expiresAt: row.expiresAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    startedAt: row.session?.startedAt?.toISOString() ?? null,
    completedAt:
      row.session?.phase === 'submitted' || row.session?.phase === 'expired'
        ? (row.session.endedAt?.toISOString() ?? null)
        : null,
  };
}

/** Which invitations a status filter means, as a Prisma where clause. */
export function statusWhere(status: InvitationStatus, now = new Date()) {
  switch (status) {
    case 'cancelled':
      return { revokedAt: { not: null } };
    case 'completed':
      return { revokedAt: null, session: { phase: 'submitted' as const } };
    case 'started':
      return {
        revokedAt: null,
        session: {
          phase: { in: ['not_started', 'in_progress'] as ('not_started' | 'in_progress')[] },
        },
      };
    case 'expired':
      return {
        revokedAt: null,
        OR: [
          { session: { phase: 'expired' as const } },
          { session: null, expiresAt: { lte: now } },
        ],
      };
    case 'invited':
      return { revokedAt: null, session: null, expiresAt: { gt: now } };
  }
}
