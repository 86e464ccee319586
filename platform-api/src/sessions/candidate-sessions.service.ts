import { Injectable } from '@nestjs/common';
import { AuthService } from '../auth/auth.service';
import type { Principal } from '../auth/principal';
import type { Files } from '../catalog/challenge-content';
import { hashOpaqueToken, looksLikeOpaqueToken } from '../common/opaque-tokens';
import { ScopedDb, type Tx } from '../database/scoped-db.service';
import { SessionStateNotifier } from '../realtime/session-state';
import type { AssessmentSession } from '../generated/prisma/client';
import { ChallengeVersions } from '../attempts/challenge-versions';
import { editableFiles } from '../attempts/file-input';
import { candidateStatus } from '../invites/candidate-status';
import { enqueueOutbox } from '../outbox/enqueue-outbox';
import { CandidateStatus } from '../invites/dto/invite.types';
import type { CandidateAuth, CandidateLanding, CandidateSession } from './dto/session.types';
import { SessionErrors } from './sessions.errors';
import { SessionWorkflows } from './session-workflows';

const CANDIDATE_TOKEN_TTL_SECONDS = 12 * 3600;

/**
 * The candidate's side of an assessment: the landing page behind an invite link, the one
 * session per invite (opening twice resumes it), beginning (the timer starts), integrity
 * counters and early submit. The workflow owns the timer and the end.
 */
@Injectable()
export class CandidateSessionsService {
  constructor(
    private readonly db: ScopedDb,
    private readonly auth: AuthService,
    private readonly workflows: SessionWorkflows,
    private readonly versions: ChallengeVersions,
    private readonly live: SessionStateNotifier,
  ) {}

  async landing(token: string): Promise<CandidateLanding> {
    const { inviteId, tenantId } = await this.inviteOf(token);
    return this.db.run({ tenantId }, async (tx) => {
      const invite = await this.loadInvite(tx, inviteId);
      return {
        companyName: invite.tenantName,
        assessmentTitle: invite.assessment.title,
        instructions: invite.assessment.instructions,
        candidateName: invite.name,
        timeLimitMinutes: Math.round(limitSeconds(invite) / 60),
        challengeCount: invite.assessment.challenges.length,
        hintsAllowed: invite.assessment.hintsAllowed,
        status: candidateStatus(invite),
      };
    });
  }

  /** Opens (or reopens) the session behind the link and hands out a candidate token. */
  async open(token: string): Promise<CandidateAuth> {
    const { inviteId, tenantId } = await this.inviteOf(token);
    return this.openInvite(inviteId, tenantId);
  }

  /** The session of an invite (created on first open) and a candidate token for it. */
  async openInvite(
    inviteId: string,
    tenantId: string,
  ): Promise<CandidateAuth & { principal: Principal }> {
    const { session, expiresAt } = await this.db.run({ tenantId }, async (tx) => {
      await tx.$queryRaw`select 1 from candidate_invites where id = ${inviteId}::uuid for update`;
      const invite = await this.loadInvite(tx, inviteId);
      const status = candidateStatus(invite);
      if (status !== CandidateStatus.invited && status !== CandidateStatus.started) {
        throw SessionErrors.closed(status);
      }
      if (invite.session) return { session: invite.session, expiresAt: invite.expiresAt };
      // Row-level security: the user is not visible to this tenant until its session exists.
      const [candidate] = await tx.$queryRaw<{ id: string }[]>`
        select create_candidate_user(${invite.email}, ${invite.name ?? invite.email}) as id`;
      const created = await tx.assessmentSession.create({
        data: {
          tenantId,
          inviteId,
          candidateUserId: candidate.id,
          timeLimitSeconds: limitSeconds(invite),
        },
      });
      return { session: created, expiresAt: invite.expiresAt };
    });
    await this.workflows.ensureStarted(this.workflowInput(session, expiresAt));
    const access = this.auth.accessTokens.issueCandidate(
      session.candidateUserId,
      session.id,
      CANDIDATE_TOKEN_TTL_SECONDS,
    );
    const principal = this.candidate(session);
    return { token: access.token, session: await this.view(principal), principal };
  }

  view(principal: Principal): Promise<CandidateSession> {
    const { sessionId, tenantId } = this.requireCandidate(principal);
    return this.db.run({ tenantId }, async (tx) => {
      const session = await tx.assessmentSession.findUniqueOrThrow({ where: { id: sessionId } });
      const invite = await this.loadInvite(tx, session.inviteId);
      const attempts = await tx.attempt.findMany({
        where: { sessionId },
        select: { id: true, challengeVersionId: true },
      });
      const versions = await Promise.all(
        attempts.map(async (a) => ({ a, v: await this.versions.get(tx, a.challengeVersionId) })),
      );
      const challenges = [];
      for (const link of invite.assessment.challenges) {
        const match = versions.find(({ v }) => v.challengeId === link.challengeId);
        if (!match) continue;
        challenges.push({
          position: link.position,
          attemptId: match.a.id,
          slug: match.v.challenge.slug,
          title: match.v.title,
          language: match.v.language,
        });
      }
      return {
        id: session.id,
        phase: session.phase,
        companyName: invite.tenantName,
        assessmentTitle: invite.assessment.title,
        instructions: invite.assessment.instructions,
        hintsAllowed: invite.assessment.hintsAllowed,
        timeLimitSeconds: session.timeLimitSeconds,
        startedAt: session.startedAt,
        deadline: session.deadlineAt,
        challenges,
        score: session.score,
      };
    });
  }

  /** Consent given: the clock starts and the attempts are created from the starters. Idempotent. */
  async begin(principal: Principal, consent: boolean): Promise<CandidateSession> {
    const { sessionId, tenantId } = this.requireCandidate(principal);
    if (consent !== true) throw SessionErrors.consentRequired();
    const { session, expiresAt } = await this.db.run({ tenantId }, async (tx) => {
      const session = await this.lockSession(tx, sessionId);
      const invite = await this.loadInvite(tx, session.inviteId);
      if (session.phase !== 'not_started') return { session, expiresAt: invite.expiresAt };
      const now = new Date();
      const deadline = new Date(now.getTime() + session.timeLimitSeconds * 1000);
      const started = await tx.assessmentSession.update({
        where: { id: sessionId },
        data: { phase: 'in_progress', consentedAt: now, startedAt: now, deadlineAt: deadline },
      });
      const challenges = await tx.challenge.findMany({
        where: { id: { in: invite.assessment.challenges.map((c) => c.challengeId) } },
        select: { id: true, currentVersionId: true },
      });
      for (const link of invite.assessment.challenges) {
        const versionId = challenges.find((c) => c.id === link.challengeId)!.currentVersionId!;
        const version = await this.versions.get(tx, versionId);
        await tx.attempt.create({
          data: {
            tenantId,
            userId: session.candidateUserId,
            sessionId,
            challengeVersionId: versionId,
            files: editableFiles(version.starterFiles as Files, version.editable),
            deadlineAt: deadline,
            hintsAllowed: invite.assessment.hintsAllowed,
            startedAt: now,
          },
        });
      }
      // Announced to the tenant's ATS webhooks (webhooks/ats-event-consumers.ts).
      await enqueueOutbox(tx, tenantId, 'session.started', {
        inviteId: session.inviteId,
        sessionId,
      });
      return { session: started, expiresAt: invite.expiresAt };
    });
    if (session.phase === 'in_progress') {
      await this.workflows.begin(this.workflowInput(session, expiresAt));
      await this.live.changed(sessionId, 'begun');
    }
    return this.view(principal);
  }

  async recordIntegrity(principal: Principal, pastes: number, focusLosses: number) {
    const { sessionId, tenantId } = this.requireCandidate(principal);
    for (const [field, value] of Object.entries({ pastes, focusLosses })) {
      if (!Number.isInteger(value) || value < 0 || value > 1000)
        throw SessionErrors.badCount(field);
    }
    const updated = await this.db.run({ tenantId }, (tx) =>
      tx.assessmentSession.updateMany({
        where: { id: sessionId, phase: 'in_progress' },
        data: { pasteEvents: { increment: pastes }, focusLosses: { increment: focusLosses } },
      }),
    );
    return updated.count === 1;
  }

  /** Ends the session early: the workflow submits and scores every challenge. */
  async submit(principal: Principal): Promise<CandidateSession> {
    const { sessionId, tenantId } = this.requireCandidate(principal);
    const { session, expiresAt } = await this.db.run({ tenantId }, async (tx) => {
      const session = await tx.assessmentSession.findUniqueOrThrow({ where: { id: sessionId } });
      const invite = await tx.candidateInvite.findUniqueOrThrow({
        where: { id: session.inviteId },
      });
      return { session, expiresAt: invite.expiresAt };
    });
    if (session.phase !== 'in_progress') throw SessionErrors.notRunning();
    await this.workflows.submit(this.workflowInput(session, expiresAt));
    await this.live.changed(sessionId, 'submit-requested');
    return this.view(principal);
  }

  private workflowInput(session: AssessmentSession, beginBy: Date) {
    return {
      tenantId: session.tenantId,
      sessionId: session.id,
      limitMs: session.timeLimitSeconds * 1000,
      beginByMs: beginBy.getTime(),
    };
  }

  private candidate(session: AssessmentSession): Principal {
    return {
      userId: session.candidateUserId,
      candidate: { sessionId: session.id, tenantId: session.tenantId },
    };
  }

  private requireCandidate(principal: Principal) {
    if (!principal.candidate) throw SessionErrors.notCandidate();
    return principal.candidate;
  }

  /** Tokens name no tenant: the owner-side lookup finds the invite's tenant by the token's hash. */
  private async inviteOf(token: string): Promise<{ inviteId: string; tenantId: string }> {
    if (!looksLikeOpaqueToken(token)) throw SessionErrors.unknownLink();
    const rows = await this.db.run(
      {},
      (tx) =>
        tx.$queryRaw<{ id: string; tenant_id: string }[]>`
        select id, tenant_id from candidate_invite_by_token(${hashOpaqueToken(token)})`,
    );
    if (!rows[0]) throw SessionErrors.unknownLink();
    return { inviteId: rows[0].id, tenantId: rows[0].tenant_id };
  }

  private async loadInvite(tx: Tx, inviteId: string) {
    const invite = await tx.candidateInvite.findUniqueOrThrow({
      where: { id: inviteId },
      include: {
        session: true,
        assessment: { include: { challenges: { orderBy: { position: 'asc' } } } },
      },
    });
    const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: invite.tenantId } });
    return { ...invite, tenantName: tenant.name };
  }

  private async lockSession(tx: Tx, sessionId: string) {
    await tx.$queryRaw`select 1 from assessment_sessions where id = ${sessionId}::uuid for update`;
    return tx.assessmentSession.findUniqueOrThrow({ where: { id: sessionId } });
  }
}

/** The limit with the candidate's accommodation, in whole seconds. */
export const limitSeconds = (invite: {
  extraTimePercent: number;
  assessment: { timeLimitMinutes: number };
}) => Math.round(invite.assessment.timeLimitMinutes * 60 * (1 + invite.extraTimePercent / 100));
