import { Injectable } from '@nestjs/common';
import type { Principal } from '../auth/principal';
import { runData } from '../attempts/attempt-view';
import { AttemptsService } from '../attempts/attempts.service';
import type { FileInput } from '../attempts/dto/attempt.types';
import { compareToBaseline, StarterBaselines } from '../attempts/starter-baselines';
import { isUntouched, untouchedSubmit } from '../attempts/untouched';
import type { Files } from '../catalog/challenge-content';
import { ScopedDb, scopeOf } from '../database/scoped-db.service';
import type { Prisma } from '../generated/prisma/client';
import { LeaderboardService } from '../leaderboards/leaderboard.service';
import { reviewOf } from '../reports/integrity-review';
import { SandboxClient } from '../sandbox/sandbox.client';
import { CompetitionErrors } from './competitions.errors';
import type { CompetitionVerdict } from './dto/competition.types';

/** The bug's tests fixed × the others kept, as in scoring/score.ts, in thousandths. */
export function correctnessPermille(c: ReturnType<typeof compareToBaseline>): number {
  const fixed = c.toFix > 0 ? Math.min(1, c.fixed / c.toFix) : 0;
  const kept = c.toKeep > 0 ? Math.max(0, 1 - c.regressed / c.toKeep) : 1;
  return Math.round(1000 * fixed * kept);
}

/**
 * A competition submit: the learner's practice attempt on one of the competition's challenges,
 * graded like every graded run (hidden tests, the sandbox's integrity checks; a tampered or
 * flagged run is stored and scores nothing until a person accepts it). The attempt stays open:
 * a competitor may submit again to improve. Then the leaderboard path (row, sorted set,
 * publish) — the point the live bench injects at.
 */
@Injectable()
export class CompetitionSubmit {
  constructor(
    private readonly db: ScopedDb,
    private readonly attempts: AttemptsService,
    private readonly sandbox: SandboxClient,
    private readonly baselines: StarterBaselines,
    private readonly boards: LeaderboardService,
  ) {}

  async execute(
    principal: Principal,
    competitionId: string,
    attemptId: string,
    files?: FileInput[],
  ): Promise<CompetitionVerdict> {
    if (principal.candidate) throw CompetitionErrors.candidatesCannot();
    const scope = scopeOf(principal);
    const { phase, paused, challengeIds, registered } = await this.db.run(scope, async (tx) => {
      const c = await tx.competition.findUnique({
        where: { id: competitionId },
        select: { phase: true, pausedAt: true, challenges: { select: { challengeId: true } } },
      });
      if (!c) throw CompetitionErrors.notFound();
      const entry = await tx.competitionEntry.count({
        where: { competitionId, userId: principal.userId },
      });
      return {
        phase: c.phase,
        paused: c.pausedAt !== null,
        challengeIds: c.challenges.map((x) => x.challengeId),
        registered: entry > 0,
      };
    });
    if (phase !== 'live' && phase !== 'frozen') throw CompetitionErrors.notLive(phase);
    if (paused) throw CompetitionErrors.paused();
    if (!registered) throw CompetitionErrors.notRegistered();
    await this.attempts.runLimits.hit(principal); // the hidden tests run in the sandbox
    if (files?.length) await this.attempts.saveFiles(principal, attemptId, files);
    const { attempt, version } = await this.attempts.openWithVersion(
      scope,
      attemptId,
      false,
      principal,
    );
    if (attempt.tenantId || !challengeIds.includes(version.challengeId))
      throw CompetitionErrors.notInCompetition();
    if (isUntouched(attempt.files as Files, version)) throw untouchedSubmit();

    const snapshot = attempt.files as Files;
    const result = await this.sandbox.runChallenge(
      { slug: version.challenge.slug, sourceFiles: version.sourceFiles },
      snapshot,
      'hidden',
    );
    const review = reviewOf(result);
    const baseline = await this.baselines.get(scope, version);
    const permille = correctnessPermille(compareToBaseline(result, baseline));
    const run = await this.db.run(scope, (tx) =>
      tx.run.create({
        data: {
          attemptId,
          userId: principal.userId,
          suite: 'hidden',
          files: snapshot,
          ...runData(result),
          integrity: (result.integrity ?? undefined) as Prisma.InputJsonValue | undefined,
        },
      }),
    );
    const { verdict } = await this.boards.recordGraded({
      competitionId,
      userId: principal.userId,
      challengeId: version.challengeId,
      correctnessPermille: permille,
      integrityVerdict: review.verdict,
      reviewStatus: review.reviewStatus,
      runId: run.id,
    });
    return verdict;
  }
}
