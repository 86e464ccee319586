import type { TeamInvite as TeamInviteRow } from '../generated/prisma/client';
import { type TeamInvite, TeamInviteStatus } from './dto/tenant.types';

export const teamInviteStatus = (row: TeamInviteRow, now = new Date()): TeamInviteStatus =>
  row.acceptedAt
    ? TeamInviteStatus.accepted
    : row.revokedAt
      ? TeamInviteStatus.revoked
      : row.expiresAt <= now
        ? TeamInviteStatus.expired
        : TeamInviteStatus.pending;

/** An invitation as the API shows it. */
export const toInvite = (row: TeamInviteRow): TeamInvite => ({
  id: row.id,
  email: row.email,
  role: row.role,
  status: teamInviteStatus(row),
  expiresAt: row.expiresAt,
  createdAt: row.createdAt,
});
