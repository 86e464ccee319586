import type { Tx } from '../database/scoped-db.service';
import type { CompetitionPhase } from '../generated/prisma/enums';
import {
  type GradedSubmit,
  type Rules,
  standingsOf,
  type EntryStanding,
} from '../competitions/standings';

export interface CompetitionRules extends Rules {
  id: string;
  tenantId: string | null;
  kind: 'public_contest' | 'hiring';
  phase: CompetitionPhase;
  endsAt: Date;
  /** When the board freezes for non-staff (= endsAt without a freeze). */
  freezeAt: Date;
}

/**
 * Standings from PostgreSQL, the source of truth: the competition's rules, its entrants and
 * their graded submits (with each challenge's difficulty), through the pure rules of
 * competitions/standings.ts.
 */
export async function rulesOf(tx: Tx, competitionId: string): Promise<CompetitionRules | null> {
  const c = await tx.competition.findUnique({ where: { id: competitionId } });
  if (!c) return null;
  return {
    id: c.id,
    tenantId: c.tenantId,
    kind: c.kind,
    phase: c.phase,
    startsAt: c.startsAt,
    endsAt: c.endsAt,
    freezeAt: new Date(c.endsAt.getTime() - c.freezeMinutes * 60_000),
    failedSubmitPenalty: c.failedSubmitPenalty,
  };
}

export async function submitsOf(
  tx: Tx,
  competitionId: string,
  userId?: string,
): Promise<GradedSubmit[]> {
  const rows = await tx.$queryRaw<
    {
      user_id: string;
      challenge_id: string;
      difficulty: number;
      correctness_permille: number;
      counts: boolean;
      submitted_at: Date;
    }[]
  >`select s.user_id, s.challenge_id, v.difficulty, s.correctness_permille,
           s.review_status in ('not_needed', 'accepted') as counts, s.submitted_at
      from competition_submissions s
      join challenges c on c.id = s.challenge_id
      join challenge_versions v on v.id = c.current_version_id
     where s.competition_id = ${competitionId}::uuid
       and (${userId ?? null}::uuid is null or s.user_id = ${userId ?? null}::uuid)`;
  return rows.map((r) => ({
    userId: r.user_id,
    challengeId: r.challenge_id,
    difficulty: r.difficulty,
    correctnessPermille: r.correctness_permille,
    counts: r.counts,
    submittedAt: r.submitted_at,
  }));
}

export async function entrantsOf(tx: Tx, competitionId: string): Promise<string[]> {
  const rows = await tx.competitionEntry.findMany({
    where: { competitionId },
    select: { userId: true },
  });
  return rows.map((r) => r.userId);
}

/** Both boards recomputed: live (every submit) and frozen (submits before the freeze). */
export async function boardsFromDatabase(
  tx: Tx,
  rules: CompetitionRules,
): Promise<{ live: EntryStanding[]; frozen: EntryStanding[] }> {
  const [entrants, submits] = await Promise.all([
    entrantsOf(tx, rules.id),
    submitsOf(tx, rules.id),
  ]);
  return {
    live: standingsOf(entrants, submits, rules),
    frozen: standingsOf(entrants, submits, rules, rules.freezeAt),
  };
}

/** Non-staff see the frozen board from the freeze until the final standings are out. */
export const boardFor = (phase: CompetitionPhase, staff: boolean) =>
  !staff && (phase === 'frozen' || phase === 'ended') ? 'frozen' : 'live';
