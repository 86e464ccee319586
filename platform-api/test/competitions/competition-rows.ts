import type { Client } from 'pg';

/**
 * Row builders for competition tests, written as the schema owner: a competition on catalog
 * challenges (no workflow: these tests drive phases themselves) and its entrants.
 */
export async function newCompetition(
  db: Client,
  options: {
    tenantId?: string;
    phase?: string;
    startsAt?: Date;
    endsAt?: Date;
    freezeMinutes?: number;
    penalty?: number;
    challenges?: number;
  } = {},
): Promise<{ id: string; challengeIds: string[]; difficulties: number[] }> {
  const startsAt = options.startsAt ?? new Date(Date.now() - 60 * 60_000);
  const endsAt = options.endsAt ?? new Date(startsAt.getTime() + 3 * 60 * 60_000);
  // A hiring competition is backed by its pipeline's assessment (kind 'competition').
  const assessment = options.tenantId
    ? await db.query<{ id: string }>(
        `insert into assessments (tenant_id, kind, title, instructions, time_limit_minutes,
           hints_allowed, hint_penalty, status)
         values ($1, 'competition', 'Competition: Test contest', '', 180, false, 0, 'published')
         returning id`,
        [options.tenantId],
      )
    : null;
  const { rows } = await db.query<{ id: string }>(
    `insert into competitions (tenant_id, kind, title, registration_opens_at, starts_at, ends_at,
       freeze_minutes, failed_submit_penalty, phase, assessment_id)
     values ($1, $2, 'Test contest', $3, $3, $4, $5, $6, $7, $8) returning id`,
    [
      options.tenantId ?? null,
      options.tenantId ? 'hiring' : 'public_contest',
      startsAt,
      endsAt,
      options.freezeMinutes ?? 0,
      options.penalty ?? 0,
      options.phase ?? 'live',
      assessment?.rows[0].id ?? null,
    ],
  );
  const id = rows[0].id;
  const challenges = await db.query<{ id: string; difficulty: number }>(
    `select c.id, v.difficulty from challenges c join challenge_versions v on v.id = c.current_version_id
      where c.tenant_id is null order by c.slug limit $1`,
    [options.challenges ?? 3],
  );
  for (const [i, c] of challenges.rows.entries())
    await db.query(
      'insert into competition_challenges (competition_id, position, challenge_id) values ($1, $2, $3)',
      [id, i + 1, c.id],
    );
  return {
    id,
    challengeIds: challenges.rows.map((c) => c.id),
    difficulties: challenges.rows.map((c) => c.difficulty),
  };
}

export async function enter(db: Client, competitionId: string, userId: string): Promise<void> {
  await db.query('insert into competition_entries (competition_id, user_id) values ($1, $2)', [
    competitionId,
    userId,
  ]);
}
