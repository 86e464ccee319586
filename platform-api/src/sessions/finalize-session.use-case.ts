import { Injectable, Logger } from '@nestjs/common';
import type { FinalizeOutput } from '@fixpoint/workflows/contracts';
import { z } from 'zod';
import { AppError } from '../common/app-error';
import { isUuid } from '../common/ids';
import { ScopedDb } from '../database/scoped-db.service';
import { enqueueOutbox } from '../outbox/enqueue-outbox';
import { SessionStateNotifier } from '../realtime/session-state';
import { SubmitAttempt } from '../attempts/submit-attempt.use-case';
import { countedScore, sessionTotal } from '../reports/integrity-review';

export const finalizeRequest = z.object({
  tenantId: z.uuid({ error: 'must be a UUID' }),
  reason: z.enum(['submitted', 'expired', 'not_started']),
});
export type FinalizeRequest = z.infer<typeof finalizeRequest>;

/**
 * What the session workflow's finalize activity gets back: the workflows contract's
 * FinalizeOutput, plus whether a review withholds the total.
 */
export interface FinalizeResult extends FinalizeOutput {
  /** 0 while withheld (the workflow's contract takes a number): see reviewRequired. */
  score: number;
  /** A submission waits for a recruiter's integrity review: the total is withheld. */
  reviewRequired: boolean;
}

/** Per challenge, as stored in the session's result (the report reads the details live). */
export interface ChallengeResult {
  position: number;
  challengeId: string;
  attemptId: string | null;
  /** Null while its submission waits for a review. */
  score: number | null;
}

/** The session's stored result: how it ended, per challenge, and whether a review is due. */
export interface SessionResult {
  endedBy: string;
  challenges: ChallengeResult[];
  reviewRequired?: boolean;
}

const stored = (sessionId: string, phase: 'submitted' | 'expired', score: number | null) => ({
  sessionId,
  phase,
  score: score ?? 0,
  reviewRequired: score === null,
});

/**
 * The end of a session, called by its workflow when the candidate submits or time runs out:
 * every open attempt is submitted with its last saved files (hidden tests, the assessment's
 * hint penalty), the total is the mean over the assessment's challenges (an untouched one
 * scores 0; withheld while a submission waits for an integrity review), and the result plus
 * an `assessment.report_ready` event are written together.
 * Idempotent: a retried call returns the stored result.
 */
@Injectable()
export class FinalizeSession {
  private readonly logger = new Logger(FinalizeSession.name);

  constructor(
    private readonly db: ScopedDb,
    private readonly submitAttempt: SubmitAttempt,
    private readonly live: SessionStateNotifier,
  ) {}

  async execute(sessionId: string, request: FinalizeRequest): Promise<FinalizeResult> {
    const { tenantId, reason } = request;
    if (!isUuid(sessionId)) throw notFound();
    const scope = { tenantId };
    const session = await this.db.run(scope, (tx) =>
      tx.assessmentSession.findUnique({
        where: { id: sessionId },
        include: { invite: { include: { assessment: { include: { challenges: true } } } } },
      }),
    );
    if (!session) throw notFound();
    if (session.phase === 'submitted' || session.phase === 'expired') {
      return stored(sessionId, session.phase, session.score);
    }
    const assessment = session.invite.assessment;
    const open = await this.db.run(scope, (tx) =>
      tx.attempt.findMany({ where: { sessionId, status: 'in_progress' }, select: { id: true } }),
    );
    // Hidden runs take seconds each: outside any transaction, one attempt at a time.
    for (const attempt of open) {
      try {
        await this.submitAttempt.executeForSession(tenantId, attempt.id, assessment.hintPenalty);
      } catch (error) {
        // Already submitted by a concurrent finalize: fine. Anything else fails the call, and
        // the workflow retries it.
        if (!(error instanceof AppError && error.code === 'CONFLICT')) throw error;
        this.logger.log(`session ${sessionId}: attempt ${attempt.id} already submitted`);
      }
    }
    const result = await this.db.run(scope, async (tx) => {
      await tx.$queryRaw`select 1 from assessment_sessions where id = ${sessionId}::uuid for update`;
      const current = await tx.assessmentSession.findUniqueOrThrow({ where: { id: sessionId } });
      if (current.phase === 'submitted' || current.phase === 'expired') {
        return stored(sessionId, current.phase, current.score);
      }
      const attempts = await tx.attempt.findMany({
        where: { sessionId },
        select: {
          id: true,
          challengeVersion: { select: { challengeId: true } },
          submission: { select: { score: true, reviewStatus: true } },
        },
      });
      const challenges: ChallengeResult[] = assessment.challenges
        .sort((a, b) => a.position - b.position)
        .map((link) => {
          const attempt = attempts.find((a) => a.challengeVersion.challengeId === link.challengeId);
          return {
            position: link.position,
            challengeId: link.challengeId,
            attemptId: attempt?.id ?? null,
            score: attempt?.submission ? countedScore(attempt.submission) : 0,
          };
        });
      // Null while any submission waits for a recruiter: the total is withheld, not guessed.
      const score = sessionTotal(challenges);
      const reviewRequired = score === null;
      const phase = reason === 'submitted' ? 'submitted' : 'expired';
      await tx.assessmentSession.update({
        where: { id: sessionId },
        data: {
          phase,
          endedAt: new Date(),
          score,
          result: { endedBy: reason, challenges, reviewRequired } satisfies SessionResult as object,
        },
      });
      const ids = { sessionId, inviteId: session.inviteId, assessmentId: assessment.id };
      const event = reviewRequired ? { ...ids, reviewRequired } : { ...ids, score };
      await enqueueOutbox(tx, tenantId, 'assessment.report_ready', event);
      return stored(sessionId, phase, score);
    });
    // The candidate's page (sessionStateChanged) leaves the wait for the done page at once.
    await this.live.changed(sessionId, 'ended');
    return result;
  }
}

const notFound = () => new AppError('NOT_FOUND', 'No such assessment session.');
