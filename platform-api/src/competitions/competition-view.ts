import type { Tx } from '../database/scoped-db.service';
import type { Competition as CompetitionRow } from '../generated/prisma/client';
import type { RankedScore } from '../leaderboards/leaderboard.store';
import { decodeScore, MAX_ELAPSED_MS } from '../leaderboards/composite-score';
import { CompetitionErrors } from './competitions.errors';
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

/**
 * The challenge ids of the slugs, in the competition's order: catalog challenges for any
 * competition, and for a hiring one also the running tenant's own private challenges (preferred
 * over a catalog one of the same slug, as embeds and attempts do). Another tenant's private
 * challenges are never found: RLS hides them and the filter names only this tenant.
 */
export async function challengeIds(
  tx: Tx,
  slugs: string[],
  tenantId: string | null,
): Promise<Map<string, string>> {
  const rows = await tx.challenge.findMany({
    where: {
      slug: { in: slugs },
      currentVersionId: { not: null },
      OR: tenantId ? [{ tenantId: null }, { tenantId }] : [{ tenantId: null }],
    },
    orderBy: { tenantId: { sort: 'desc', nulls: 'first' } },
    select: { id: true, slug: true },
  });
  // Later rows win: the tenant's own come last.
  const idOf = new Map(rows.map((c) => [c.slug, c.id]));
  const missing = slugs.find((slug) => !idOf.has(slug));
  if (missing) throw CompetitionErrors.unknownChallenge(missing, tenantId !== null);
  return idOf;
}

/** The company running a hiring competition (learners cannot read tenants: a narrow lookup). */
export async function hostName(tx: Tx, competitionId: string): Promise<string | null> {
  const rows = await tx.$queryRaw<{ name: string | null }[]>`
    select competition_host_name(${competitionId}::uuid) as name`;
  return rows[0]?.name ?? null;
}

/** What an entrant of a hiring competition agrees to by registering. */
export const consentNotice = (host: string) =>
  `${host} runs this hiring competition. By registering you agree that ${host} sees your name, ` +
  'e-mail address and result (points, rank, challenges solved and the integrity checks of ' +
  'your submits) in its hiring pipeline, and may invite you to an assessment.';

export function toCompetition(
  row: CompetitionRow,
  extra: {
    entrants: number;
    registered: boolean;
    challenges: CompetitionChallenge[];
    host?: string | null;
    consentNotice?: string | null;
    assessmentId?: string | null;
  },
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
    pausedAt: row.pausedAt,
    ...extra,
    host: extra.host ?? null,
    consentNotice: extra.consentNotice ?? null,
    assessmentId: extra.assessmentId ?? null,
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
