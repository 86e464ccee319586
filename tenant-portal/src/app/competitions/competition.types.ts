/** A hiring competition as the portal shows it (GraphQL enums arrive as their names). */
export interface HiringCompetition {
  id: string;
  title: string;
  description: string;
  registrationOpensAt: string;
  startsAt: string;
  endsAt: string;
  freezeMinutes: number;
  failedSubmitPenalty: number;
  phase: string;
  entrants: number;
  /** Set while paused (no phase changes, no submits). */
  pausedAt: string | null;
  /** The assessment whose pipeline lists every entrant (with their standing once final). */
  assessmentId: string | null;
  challenges: { position: number; slug: string; title: string; maxPoints: number }[];
}

export const COMPETITION_FIELDS = `id title description registrationOpensAt startsAt endsAt
  freezeMinutes failedSubmitPenalty phase entrants pausedAt assessmentId challenges { position slug title maxPoints }`;

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
