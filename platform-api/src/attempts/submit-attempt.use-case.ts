import { Injectable } from '@nestjs/common';
import type { Principal } from '../auth/principal';
import type { Files } from '../catalog/challenge-content';
import { type DbScope, ScopedDb, scopeOf } from '../database/scoped-db.service';
import type { Prisma } from '../generated/prisma/client';
import { enqueueOutbox } from '../outbox/enqueue-outbox';
import { ProgressService } from '../progress/progress.service';
import { SandboxClient } from '../sandbox/sandbox.client';
import { reviewOf } from '../reports/integrity-review';
import { changedLines } from '../scoring/line-diff';
import { DEFAULT_HINT_PENALTY, score } from '../scoring/score';
import { runData, toSubmission } from './attempt-view';
import { AttemptErrors } from './attempts.errors';
import { type AttemptRow, AttemptsService } from './attempts.service';
import type { VersionWithSlug } from './challenge-versions';
import { compareToBaseline, StarterBaselines } from './starter-baselines';
import { isUntouched, untouchedSubmit } from './untouched';
import type { FileInput, Submission } from './dto/attempt.types';

interface SubmitRules {
  hintPenaltyPerHint: number;
  /** Practice raises the learner's skills; an assessment's candidate has none to raise. */
  recordProgress: boolean;
}

/**
 * Submit: run the hidden tests on the final files (a graded run), score, and in one transaction
 * record the run and the submission, close the attempt, raise skills, award achievements and
 * write the outbox event other systems react to. A second submit of the same attempt is
 * CONFLICT. A run whose integrity is not clean keeps its computed score but is withheld until
 * a recruiter decides (review pending): it raises no skills and its event carries no score.
 */
@Injectable()
export class SubmitAttempt {
  constructor(
    private readonly db: ScopedDb,
    private readonly attempts: AttemptsService,
    private readonly sandbox: SandboxClient,
    private readonly progress: ProgressService,
    private readonly baselines: StarterBaselines,
  ) {}

  /** A learner submits a practice attempt (an assessment's attempts end with the session). */
  async execute(principal: Principal, id: string, files?: FileInput[]): Promise<Submission> {
    const scope = scopeOf(principal);
    if (files?.length) await this.attempts.saveFiles(principal, id, files);
    const { attempt, version } = await this.attempts.openWithVersion(scope, id);
    if (attempt.sessionId) throw AttemptErrors.partOfAssessment();
    if (isUntouched(attempt.files as Files, version)) throw untouchedSubmit(); // no run spent
    return this.submit(scope, attempt, version, {
      hintPenaltyPerHint: DEFAULT_HINT_PENALTY,
      recordProgress: true,
    });
  }

  /** The session's end submits each open attempt with its last saved files, past the deadline. */
  async executeForSession(
    tenantId: string,
    id: string,
    hintPenaltyPerHint: number,
  ): Promise<Submission | null> {
    const scope = { tenantId };
    const { attempt, version } = await this.attempts.openWithVersion(scope, id, true);
    // Untouched: closed with no submission (scored 0 by the session), no hidden run spent.
    if (isUntouched(attempt.files as Files, version))
      return this.attempts.closeUntouched(scope, attempt);
    return this.submit(scope, attempt, version, { hintPenaltyPerHint, recordProgress: false });
  }

  private async submit(
    scope: DbScope,
    attempt: AttemptRow,
    version: VersionWithSlug,
    rules: SubmitRules,
  ): Promise<Submission> {
    const id = attempt.id;
    const snapshot = attempt.files as Files;
    const result = await this.sandbox.runChallenge(
      { slug: version.challenge.slug, sourceFiles: version.sourceFiles },
      snapshot,
      'hidden',
    );
    const review = reviewOf(result);
    const hiddenTotal = result.tests.length;
    const hiddenPassed = result.tests.filter((t) => t.status === 'pass').length;
    const baseline = await this.baselines.get(scope, version);
    const starter = version.starterFiles as Files;
    const submittedAt = new Date();
    const breakdown = score({
      ...compareToBaseline(result, baseline),
      elapsedMs: submittedAt.getTime() - attempt.startedAt.getTime(),
      estimatedMinutes: version.estimatedMinutes,
      hintsRevealed: attempt.hintsRevealed,
      hintPenaltyPerHint: rules.hintPenaltyPerHint,
      changedLines: Object.entries(snapshot).reduce(
        (sum, [path, content]) => sum + changedLines(starter[path] ?? '', content),
        0,
      ),
      referenceChangeLines: version.referenceChangeLines,
    });

    return this.db.run(scope, async (tx) => {
      await this.attempts.lock(tx, id);
      const closed = await tx.attempt.updateMany({
        where: {
          id,
          status: 'in_progress',
          files: { equals: attempt.files as Prisma.InputJsonValue },
        },
        data: { status: 'submitted', submittedAt, updatedAt: submittedAt },
      });
      // Someone submitted (or changed the files) while the hidden tests ran.
      if (closed.count === 0) throw AttemptErrors.finished();
      const run = await tx.run.create({
        data: {
          attemptId: id,
          userId: attempt.userId,
          tenantId: attempt.tenantId,
          suite: 'hidden',
          files: snapshot,
          ...runData(result),
          integrity: (result.integrity ?? undefined) as Prisma.InputJsonValue | undefined,
        },
      });
      const submission = await tx.submission.create({
        data: {
          attemptId: id,
          userId: attempt.userId,
          tenantId: attempt.tenantId,
          runId: run.id,
          score: breakdown.total,
          breakdown: { ...breakdown },
          hiddenPassed,
          hiddenTotal,
          integrityVerdict: review.verdict,
          reviewStatus: review.reviewStatus,
        },
      });
      // A forged pass must not raise skills or award achievements: only a clean run counts.
      if (rules.recordProgress && review.reviewStatus === 'not_needed') {
        await this.progress.recordResult(tx, attempt.userId, {
          language: version.language,
          bugTypes: version.bugTypes,
          difficulty: version.difficulty,
          score: breakdown.total,
          solved: hiddenTotal > 0 && hiddenPassed === hiddenTotal,
          hintsRevealed: attempt.hintsRevealed,
          at: submittedAt,
        });
      }
      const event =
        review.reviewStatus === 'pending'
          ? {
              attemptId: id,
              userId: attempt.userId,
              challenge: version.challenge.slug,
              reviewRequired: true,
            }
          : {
              attemptId: id,
              userId: attempt.userId,
              challenge: version.challenge.slug,
              score: breakdown.total,
            };
      await enqueueOutbox(tx, attempt.tenantId, 'attempt.submitted', event);
      return toSubmission(submission);
    });
  }
}
