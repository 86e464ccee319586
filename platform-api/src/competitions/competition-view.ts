import type { Tx } from '../database/scoped-db.service';
import type { Competition as CompetitionRow } from '../generated/prisma/client';
import type { RankedScore } from '../leaderboards/leaderboard.store';
import { decodeScore, MAX_ELAPSED_MS } from '../leaderboards/composite-score';
import type {
  Competition,
  CompetitionChallenge,
  CompetitionKind,
  CompetitionPhase,
  LeaderboardEntry,
} from './dto/competition.types';

/** The competition's challenges in order, with the viewer's solved state. */
export async function challengesOf(
  tx: Tx,
  competitionId: string,
  viewerId?: string,
): Promise<CompetitionChallenge[]> {
  const rows = await tx.$queryRaw<
    {
      position: number;
      challenge_id: string;
      slug: string;
      title: string;
      language: string;
      difficulty: number;
      solved: boolean;
    }[]
  >`select cc.position, cc.challenge_id, c.slug, v.title, v.language, v.difficulty,
           exists (select 1 from competition_submissions s
                    where s.competition_id = cc.competition_id and s.challenge_id = cc.challenge_id
                      and s.user_id = ${viewerId ?? null}::uuid and s.correctness_permille = 1000
                      and s.review_status in ('not_needed', 'accepted')) as solved
      from competition_challenges cc
      join challenges c on c.id = cc.challenge_id
      join challenge_versions v on v.id = c.current_version_id
     where cc.competition_id = ${competitionId}::uuid
     order by cc.position`;
  return rows.map((r) => ({
    position: r.position,
    challengeId: r.challenge_id,
    slug: r.slug,
    title: r.title,
    language: r.language,
    difficulty: r.difficulty,
    maxPoints: r.difficulty * 100,
    solved: r.solved,
  }));
}

export function toCompetition(
  row: CompetitionRow,
  extra: { entrants: number; registered: boolean; challenges: CompetitionChallenge[] },
): Competition {
  return {
    id: row.id,
    kind: row.kind as CompetitionKind,
    title: row.title,
    description: row.description,
    registrationOpensAt: row.registrationOpensAt,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    freezeMinutes: row.freezeMinutes,
    failedSubmitPenalty: row.failedSubmitPenalty,
    phase: row.phase as CompetitionPhase,
    ...extra,
  };
}

/** Board rows with display names (one query for the page). */
export async function withNames(tx: Tx, ranked: RankedScore[]): Promise<LeaderboardEntry[]> {
  if (!ranked.length) return [];
  // Row-level security hides other users' rows; boards may show entrants' display names only.
  const users = await tx.$queryRaw<{ id: string; display_name: string }[]>`
    select id, display_name from competition_display_names(${ranked.map((r) => r.userId)}::uuid[])`;
  const names = new Map(users.map((u) => [u.id, u.display_name]));
  return ranked.map((r) => {
    const { points, elapsedMs } = decodeScore(r.score);
    return {
      rank: r.rank,
      userId: r.userId,
      displayName: names.get(r.userId) ?? 'unknown',
      points,
      lastImprovementMs: elapsedMs === MAX_ELAPSED_MS ? null : elapsedMs,
    };
  });
}
