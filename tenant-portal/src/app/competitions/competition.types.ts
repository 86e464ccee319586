import type { HiringCompetitionFieldsFragment } from '../core/generated/graphql';

/** A hiring competition as the portal shows it (GraphQL enums arrive as their names). */
export type HiringCompetition = HiringCompetitionFieldsFragment;

export const PHASE_LABELS: Record<string, string> = {
  SCHEDULED: 'Scheduled',
  REGISTRATION: 'Registration open',
  LIVE: 'Live',
  FROZEN: 'Live (board frozen)',
  ENDED: 'Ended',
  FINAL: 'Final',
  CANCELLED: 'Cancelled',
};

/** `datetime-local` value (local time, minutes) for a date. */
export function localInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(
    date.getHours(),
  )}:${pad(date.getMinutes())}`;
}
