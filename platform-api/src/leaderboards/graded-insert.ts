import type { GradedSubmit } from '../competitions/standings';
import type { Tx } from '../database/scoped-db.service';
import type { CompetitionPhase, IntegrityVerdict, ReviewStatus } from '../generated/prisma/enums';
import type { CompetitionRules } from './standings.source';

export interface GradedRow {
  competitionId: string;
  userId: string;
  challengeId: string;
  correctnessPermille: number;
  integrityVerdict: IntegrityVerdict;
  reviewStatus: ReviewStatus;
  runId?: string;
}

interface Joined {
  submission_id: string;
  tenant_id: string | null;
  kind: CompetitionRules['kind'];
  phase: CompetitionPhase;
  starts_at: Date;
  ends_at: Date;
  freeze_minutes: number;
  failed_submit_penalty: number;
  challenge_id: string;
  difficulty: number;
  correctness_permille: number;
  counts: boolean;
  submitted_at: Date;
}

/**
 * Stores a graded competition submit and reads back, in the same statement, the competition's
 * rules and every submit of that entrant, the new one included (what `rulesOf`, an insert and
 * `submitsOf` return, in one round trip instead of three: the write path of every verdict is
 * round-trip bound). The caller holds the entrant's advisory lock, so the rows read are all the
 * entrant's rows. `submitted_at` is the clock at the insert (after the lock). Null when the
 * competition does not exist (nothing is inserted).
 */
export async function insertGraded(
  tx: Tx,
  input: GradedRow,
): Promise<{ submissionId: string; rules: CompetitionRules; submits: GradedSubmit[] } | null> {
  const rows = await tx.$queryRaw<Joined[]>`
    with c as (
      select id, tenant_id, kind::text as kind, phase::text as phase, starts_at, ends_at,
             freeze_minutes, failed_submit_penalty
        from competitions where id = ${input.competitionId}::uuid
    ), ins as (
      insert into competition_submissions (competition_id, user_id, challenge_id,
             correctness_permille, integrity_verdict, review_status, run_id, submitted_at)
      select c.id, ${input.userId}::uuid, ${input.challengeId}::uuid, ${input.correctnessPermille},
             ${input.integrityVerdict}::integrity_verdict, ${input.reviewStatus}::review_status,
             ${input.runId ?? null}::uuid, clock_timestamp()
        from c
      returning id, challenge_id, correctness_permille, review_status, submitted_at
    ), subs as (
      select challenge_id, correctness_permille, review_status, submitted_at
        from competition_submissions
       where competition_id = ${input.competitionId}::uuid and user_id = ${input.userId}::uuid
      union all
      select challenge_id, correctness_permille, review_status, submitted_at from ins
    )
    select ins.id as submission_id, c.tenant_id, c.kind, c.phase, c.starts_at, c.ends_at,
           c.freeze_minutes, c.failed_submit_penalty, s.challenge_id, v.difficulty,
           s.correctness_permille, s.review_status in ('not_needed', 'accepted') as counts,
           s.submitted_at
      from c cross join ins cross join subs s
      join challenges ch on ch.id = s.challenge_id
      join challenge_versions v on v.id = ch.current_version_id`;
  if (!rows.length) return null;
  const first = rows[0];
  return {
    submissionId: first.submission_id,
    rules: {
      id: input.competitionId,
      tenantId: first.tenant_id,
      kind: first.kind,
      phase: first.phase,
      startsAt: first.starts_at,
      endsAt: first.ends_at,
      freezeAt: new Date(first.ends_at.getTime() - first.freeze_minutes * 60_000),
      failedSubmitPenalty: first.failed_submit_penalty,
    },
    submits: rows.map((r) => ({
      userId: input.userId,
      challengeId: r.challenge_id,
      difficulty: r.difficulty,
      correctnessPermille: r.correctness_permille,
      counts: r.counts,
      submittedAt: r.submitted_at,
    })),
  };
}
