import { Injectable } from '@nestjs/common';
import type { RunIntegrity } from '@fixpoint/sandbox-controller';
import { recordAudit } from '../audit/audit';
import type { Principal } from '../auth/principal';
import { isUuid } from '../common/ids';
import { ScopedDb, scopeOf, type Tx } from '../database/scoped-db.service';
import { enqueueOutbox } from '../outbox/enqueue-outbox';
import type { SessionResult } from '../sessions/finalize-session.use-case';
import { ReviewDecision, type IntegrityDecision, ReviewStatus } from './dto/review.types';
import { countedScore, sessionTotal } from './integrity-review';
import { ReportErrors } from './reports.errors';

const MAX_REASON = 2000;

/**
 * A person decides a withheld submission: ACCEPT releases its computed score, REJECT counts it
 * as 0. One decision per submission (a second is CONFLICT), with its reason and the finding
 * codes in the audit log, the session's total recomputed, and a `result.decided` outbox event,
 * all in one transaction. Four eyes: whoever invited the candidate (for an ATS invitation, the
 * member behind its API key or connection) cannot ACCEPT the flag on their own candidate:
 * clearing it takes a second member. Rejecting stays open to them (it releases nothing).
 */
@Injectable()
export class DecideIntegrityReview {
  constructor(private readonly db: ScopedDb) {}

  execute(
    principal: Principal,
    submissionId: string,
    decision: ReviewDecision,
    reasonInput: string,
  ): Promise<IntegrityDecision> {
    const reason = reasonInput.trim();
    if (!reason || reason.length > MAX_REASON) throw ReportErrors.reasonRequired();
    const tenantId = principal.tenant?.id;
    if (!tenantId || !isUuid(submissionId)) throw ReportErrors.submissionNotFound();
    return this.db.run(scopeOf(principal), async (tx) => {
      // RLS also shows a staff member their own practice rows: only the tenant's count here.
      const locked = await tx.$queryRaw<{ id: string }[]>`select id from submissions
        where id = ${submissionId}::uuid and tenant_id = ${tenantId}::uuid for update`;
      if (!locked[0]) throw ReportErrors.submissionNotFound();
      const submission = await tx.submission.findUniqueOrThrow({
        where: { id: submissionId },
        include: { run: { select: { integrity: true } }, attempt: { select: { sessionId: true } } },
      });
      if (submission.reviewStatus === 'not_needed') throw ReportErrors.noReviewNeeded();
      if (submission.reviewStatus !== 'pending') {
        throw ReportErrors.alreadyDecided(submission.reviewStatus);
      }
      if (decision === ReviewDecision.ACCEPT) {
        const inviter = await this.inviterOf(tx, submission.attempt.sessionId);
        if (inviter === principal.userId) throw ReportErrors.fourEyes();
      }
      const reviewStatus = decision === ReviewDecision.ACCEPT ? 'accepted' : 'rejected';
      const reviewedAt = new Date();
      const decided = await tx.submission.update({
        where: { id: submissionId },
        data: { reviewStatus, reviewedAt, reviewedBy: principal.userId, reviewReason: reason },
      });
      const integrity = submission.run.integrity as RunIntegrity | null;
      const findingCodes = [...new Set((integrity?.findings ?? []).map((f) => f.code))];
      const sessionId = submission.attempt.sessionId;
      const session = sessionId ? await this.recomputeTotal(tx, sessionId) : null;
      await recordAudit(
        tx,
        principal,
        `integrity_review.${reviewStatus}`,
        { type: 'Submission', id: submissionId },
        {
          decision: reviewStatus,
          reason,
          verdict: submission.integrityVerdict,
          findingCodes,
          inviteId: session?.inviteId ?? null,
        },
      );
      const score = countedScore(decided);
      const event = {
        submissionId,
        attemptId: submission.attemptId,
        sessionId,
        inviteId: session?.inviteId ?? null,
        decision: reviewStatus,
        score,
        ...(session ? { totalScore: session.total, reviewRequired: session.total === null } : {}),
      };
      await enqueueOutbox(tx, tenantId, 'result.decided', event);
      return {
        submissionId,
        reviewStatus: reviewStatus as ReviewStatus,
        score,
        totalScore: session?.total ?? null,
        reviewedAt,
      };
    });
  }

  /** Who invited the candidate of this session (null: no invitation, or nobody recorded). */
  private async inviterOf(tx: Tx, sessionId: string | null): Promise<string | null> {
    if (!sessionId) return null;
    const session = await tx.assessmentSession.findUnique({
      where: { id: sessionId },
      select: { invite: { select: { createdBy: true } } },
    });
    return session?.invite?.createdBy ?? null;
  }

  /** The session's total again from its submissions' current review states (if it ended). */
  private async recomputeTotal(tx: Tx, sessionId: string) {
    await tx.$queryRaw`select 1 from assessment_sessions where id = ${sessionId}::uuid for update`;
    const session = await tx.assessmentSession.findUniqueOrThrow({ where: { id: sessionId } });
    const result = session.result as SessionResult | null;
    if (!result?.challenges) return { inviteId: session.inviteId, total: session.score };
    const submissions = await tx.submission.findMany({
      where: { attempt: { sessionId } },
      select: { attemptId: true, score: true, reviewStatus: true },
    });
    const challenges = result.challenges.map((c) => {
      const submission = submissions.find((s) => s.attemptId === c.attemptId);
      return { ...c, score: submission ? countedScore(submission) : 0 };
    });
    const total = sessionTotal(challenges);
    await tx.assessmentSession.update({
      where: { id: sessionId },
      data: {
        score: total,
        result: { ...result, challenges, reviewRequired: total === null } as object,
      },
    });
    return { inviteId: session.inviteId, total };
  }
}
