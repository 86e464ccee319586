import { randomUUID } from 'node:crypto';
import type { Tx } from '../database/scoped-db.service';
import type { Prisma } from '../generated/prisma/client';
import type { CompetitionResult } from './dto/competition-result.type';

/**
 * A hiring competition is a competition kind of assessment (as career-page embeds are): it is
 * backed by an assessment of kind `competition`, each entrant who consents at registration is a
 * pipeline row of it (a candidate invite with no usable link and no session), and the final
 * standings are written onto those rows when the competition becomes final. Candidates,
 * pipelineCsv and the candidate report read them like any other row, under the same RLS and
 * abilities.
 */

/** The assessment's time limit only describes the contest (no session runs on it). */
const limitMinutes = (startsAt: Date, endsAt: Date) =>
  Math.min(600, Math.max(1, Math.ceil((endsAt.getTime() - startsAt.getTime()) / 60_000)));

export async function createCompetitionAssessment(
  tx: Tx,
  c: { tenantId: string; title: string; startsAt: Date; endsAt: Date; createdBy?: string },
): Promise<string> {
  const row = await tx.assessment.create({
    data: {
      tenantId: c.tenantId,
      kind: 'competition',
      title: `Competition: ${c.title}`.slice(0, 200),
      instructions: `Entrants of the hiring competition "${c.title}", with their final standing.`,
      timeLimitMinutes: limitMinutes(c.startsAt, c.endsAt),
      hintsAllowed: false,
      hintPenalty: 0,
      status: 'published',
      createdBy: c.createdBy,
    },
  });
  return row.id;
}

/**
 * The entrant's pipeline row (idempotent: registering twice keeps one). Runs in a transaction
 * acting for the competition's tenant, after the caller checked the registration.
 */
export async function addEntrantToPipeline(
  tx: Tx,
  c: { id: string; tenantId: string; assessmentId: string; endsAt: Date },
  entrant: { id: string; email: string; displayName: string | null },
): Promise<void> {
  const now = new Date();
  await tx.candidateInvite.createMany({
    data: [
      {
        tenantId: c.tenantId,
        assessmentId: c.assessmentId,
        email: entrant.email.toLowerCase(),
        name: entrant.displayName?.trim().slice(0, 200) || null,
        // Not a link: nobody opens a session from this row (token hashes are hex digests).
        tokenHash: `competition:${randomUUID()}`,
        expiresAt: c.endsAt,
        competitionId: c.id,
        competitionEntrantId: entrant.id,
        competitionConsentedAt: now,
      },
    ],
    skipDuplicates: true,
  });
}

type Verdict = 'clean' | 'flagged' | 'tampered';

/**
 * Writes every entrant's final standing onto their pipeline row: rank and points from the final
 * board, challenges solved, and the integrity verdicts of their graded submits. Called in the
 * transaction that makes the competition final; the caller sets the tenant for it.
 */
export async function writeFinalResults(
  tx: Tx,
  competitionId: string,
  ranks: { userId: string; rank: number; points: number }[],
  endedAt: Date,
): Promise<number> {
  const [challenges, submits] = await Promise.all([
    tx.competitionChallenge.count({ where: { competitionId } }),
    tx.competitionSubmission.findMany({
      where: { competitionId },
      select: {
        userId: true,
        challengeId: true,
        correctnessPermille: true,
        integrityVerdict: true,
        reviewStatus: true,
      },
    }),
  ]);
  const rankOf = new Map(ranks.map((r) => [r.userId, r]));
  const rows = await tx.candidateInvite.findMany({
    where: { competitionId },
    select: { id: true, competitionEntrantId: true },
  });
  for (const row of rows) {
    const userId = row.competitionEntrantId!;
    const mine = submits.filter((s) => s.userId === userId);
    const count = (v: Verdict) => mine.filter((s) => s.integrityVerdict === v).length;
    const solved = new Set(
      mine
        .filter(
          (s) =>
            s.correctnessPermille === 1000 &&
            (s.reviewStatus === 'not_needed' || s.reviewStatus === 'accepted'),
        )
        .map((s) => s.challengeId),
    );
    const standing = rankOf.get(userId);
    const result: CompetitionResult = {
      competitionId,
      rank: standing?.rank ?? null,
      points: standing?.points ?? 0,
      solved: solved.size,
      challenges,
      submits: mine.length,
      integrity: {
        clean: count('clean'),
        flagged: count('flagged'),
        tampered: count('tampered'),
        reviewPending: mine.filter((s) => s.reviewStatus === 'pending').length,
      },
      endedAt,
    };
    await tx.candidateInvite.update({
      where: { id: row.id },
      data: { competitionResult: result as unknown as Prisma.InputJsonValue },
    });
  }
  return rows.length;
}

/** The stored standing as the GraphQL type (dates come back from JSON as strings). */
export function competitionResultOf(json: unknown): CompetitionResult | null {
  if (!json || typeof json !== 'object') return null;
  const r = json as CompetitionResult & { endedAt: string | Date };
  return { ...r, endedAt: new Date(r.endedAt) };
}
