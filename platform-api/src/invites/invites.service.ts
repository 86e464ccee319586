import { Inject, Injectable } from '@nestjs/common';
import { z } from 'zod';
import { recordAudit } from '../audit/audit';
import { AssessmentsService } from '../assessments/assessments.service';
import type { Principal } from '../auth/principal';
import { emailField } from '../common/email';
import { isUuid } from '../common/ids';
import { newOpaqueToken } from '../common/opaque-tokens';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { ScopedDb, scopeOf, type Tx } from '../database/scoped-db.service';
import type { Prisma } from '../generated/prisma/client';
import { enqueueMail } from '../mail/outbox-mail';
import { enqueueOutbox } from '../outbox/enqueue-outbox';
import { candidateStatus, type InviteWithSession, toCandidateInvite } from './candidate-status';
import {
  CandidateStatus,
  type CandidateInput,
  type CandidateInvite,
  type InviteCandidatesPayload,
  type InviteError,
} from './dto/invite.types';
import { InviteErrors } from './invites.errors';

const MAX_BATCH = 500;
const extraTime = z.number().int().min(0, 'must be 0 or more').max(300, 'must be at most 300');
const candidateSchema = z.object({
  email: emailField,
  name: z
    .string()
    .trim()
    .max(200, 'must be at most 200 characters')
    .nullish()
    .transform((v) => v || null),
  extraTimePercent: extraTime.default(0),
});
const expiresInDays = z.number().int().min(1, 'must be at least 1').max(90, 'must be at most 90');

/** Candidate invites: single-use, expiring links to an assessment, and the pipeline they form. */
@Injectable()
export class InvitesService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: ScopedDb,
    private readonly assessments: AssessmentsService,
  ) {}

  list(principal: Principal, assessmentId: string): Promise<CandidateInvite[]> {
    return this.db.run(scopeOf(principal), async (tx) => {
      await this.assessments.view(tx, assessmentId);
      const rows = await tx.candidateInvite.findMany({
        where: { assessmentId },
        include: { session: true },
        orderBy: { createdAt: 'asc' },
      });
      const now = new Date();
      return rows.map((row) => toCandidateInvite(row, now));
    });
  }

  /** Invites each valid row; the others come back as errors with their position. One transaction. */
  invite(
    principal: Principal,
    assessmentId: string,
    candidates: CandidateInput[],
    days: number,
  ): Promise<InviteCandidatesPayload> {
    if (candidates.length === 0 || candidates.length > MAX_BATCH) {
      throw InviteErrors.invalid('candidates', `send 1 to ${MAX_BATCH} candidates at a time`);
    }
    const ttl = expiresInDays.safeParse(days);
    if (!ttl.success) throw InviteErrors.invalid('expiresInDays', ttl.error.issues[0].message);
    return this.db.run(scopeOf(principal), async (tx) => {
      const assessment = await this.assessments.lock(tx, assessmentId);
      if (assessment.status !== 'published') throw InviteErrors.notPublished(assessment.status);
      if (assessment.kind === 'competition') throw InviteErrors.competitionPipeline();
      const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: assessment.tenantId } });
      const taken = new Set(
        (
          await tx.candidateInvite.findMany({
            where: { assessmentId, revokedAt: null },
            select: { email: true },
          })
        ).map((r) => r.email),
      );
      const invited: CandidateInvite[] = [];
      const errors: InviteError[] = [];
      for (const [index, input] of candidates.entries()) {
        const parsed = candidateSchema.safeParse(input);
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          errors.push({
            index,
            email: input.email,
            message: `${String(issue.path[0])}: ${issue.message}`,
          });
          continue;
        }
        const candidate = parsed.data;
        if (taken.has(candidate.email)) {
          errors.push({
            index,
            email: candidate.email,
            message: 'already invited to this assessment',
          });
          continue;
        }
        taken.add(candidate.email);
        const row = await this.issue(
          tx,
          {
            tenantId: assessment.tenantId,
            assessmentId,
            ...candidate,
            expiresAt: new Date(Date.now() + ttl.data * 86_400_000),
            createdBy: principal.userId,
          },
          { companyName: tenant.name, assessment },
        );
        invited.push(toCandidateInvite({ ...row, session: null }));
      }
      if (invited.length) {
        await recordAudit(
          tx,
          principal,
          'candidates.invited',
          { type: 'Assessment', id: assessmentId },
          {
            count: invited.length,
            emails: invited.map((i) => i.email),
          },
        );
      }
      return { invited, errors };
    });
  }

  /** A new link (the old one stops working) and a fresh expiry, mailed again. */
  resend(principal: Principal, id: string): Promise<CandidateInvite> {
    return this.change(principal, id, async (tx, row) => {
      if (row.competitionId) throw InviteErrors.competitionPipeline();
      const status = candidateStatus(row);
      if (status === CandidateStatus.submitted || status === CandidateStatus.revoked) {
        throw InviteErrors.finished();
      }
      if (row.session?.phase === 'expired') throw InviteErrors.finished();
      const assessment = await tx.assessment.findUniqueOrThrow({ where: { id: row.assessmentId } });
      const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: row.tenantId } });
      const { token, hash } = newOpaqueToken();
      const days = Math.max(
        7,
        Math.ceil((row.expiresAt.getTime() - row.createdAt.getTime()) / 86_400_000),
      );
      const updated = await tx.candidateInvite.update({
        where: { id },
        data: {
          tokenHash: hash,
          expiresAt: new Date(Date.now() + days * 86_400_000),
          sentAt: new Date(),
          sendCount: { increment: 1 },
          // A new expiry: announced again if this one passes too.
          expiredNotifiedAt: null,
        },
        include: { session: true },
      });
      await this.mailInvite(tx, updated, token, tenant.name, assessment);
      return { row: updated, action: 'candidate.invite_resent' };
    });
  }

  revoke(principal: Principal, id: string): Promise<CandidateInvite> {
    return this.change(principal, id, async (tx, row) => {
      if (row.session) throw InviteErrors.alreadyStarted();
      if (row.revokedAt) return { row, action: null };
      const updated = await tx.candidateInvite.update({
        where: { id },
        data: { revokedAt: new Date() },
        include: { session: true },
      });
      // As the ATS API's cancel does: an ATS's webhook hears of it whoever revoked.
      await enqueueOutbox(tx, row.tenantId, 'invitation.cancelled', {
        invitationId: id,
        assessmentId: row.assessmentId,
      });
      return { row: updated, action: 'candidate.invite_revoked' };
    });
  }

  setAccommodation(principal: Principal, id: string, percent: number): Promise<CandidateInvite> {
    const parsed = extraTime.safeParse(percent);
    if (!parsed.success)
      throw InviteErrors.invalid('extraTimePercent', parsed.error.issues[0].message);
    return this.change(principal, id, async (tx, row) => {
      if (row.session) throw InviteErrors.alreadyStarted();
      const updated = await tx.candidateInvite.update({
        where: { id },
        data: { extraTimePercent: parsed.data },
        include: { session: true },
      });
      return {
        row: updated,
        action: 'candidate.accommodation_set',
        data: { extraTimePercent: parsed.data },
      };
    });
  }

  private change(
    principal: Principal,
    id: string,
    work: (
      tx: Tx,
      row: InviteWithSession,
    ) => Promise<{ row: InviteWithSession; action: string | null; data?: Record<string, unknown> }>,
  ): Promise<CandidateInvite> {
    return this.db.run(scopeOf(principal), async (tx) => {
      if (!isUuid(id)) throw InviteErrors.notFound();
      await tx.$queryRaw`select 1 from candidate_invites where id = ${id}::uuid for update`;
      const row = await tx.candidateInvite.findUnique({
        where: { id },
        include: { session: true },
      });
      if (!row) throw InviteErrors.notFound();
      const result = await work(tx, row);
      if (result.action) {
        await recordAudit(
          tx,
          principal,
          result.action,
          { type: 'CandidateInvite', id },
          {
            email: row.email,
            ...result.data,
          },
        );
      }
      return toCandidateInvite(result.row);
    });
  }

  /**
   * The one way a candidate invitation is made, from the portal and from the ATS API (which
   * the Greenhouse, Lever and Workday connectors go through): the row with a fresh link, its
   * mail, and the `invitation.created` event ATS webhooks deliver, in the caller's transaction,
   * so no path can invite without announcing it.
   */
  async issue(
    tx: Tx,
    data: Omit<Prisma.CandidateInviteUncheckedCreateInput, 'tokenHash'>,
    mail: { companyName: string; assessment: { title: string; timeLimitMinutes: number } },
  ) {
    const { token, hash } = newOpaqueToken();
    const row = await tx.candidateInvite.create({ data: { ...data, tokenHash: hash } });
    await this.mailInvite(tx, { ...row, session: null }, token, mail.companyName, mail.assessment);
    await enqueueOutbox(tx, row.tenantId, 'invitation.created', {
      invitationId: row.id,
      assessmentId: row.assessmentId,
    });
    return row;
  }

  /** Queues the invitation mail with its link (a new invitation's, or a resent one's). */
  async mailInvite(
    tx: Tx,
    invite: InviteWithSession,
    token: string,
    companyName: string,
    assessment: { title: string; timeLimitMinutes: number },
  ) {
    const link = new URL(`/candidate/${token}`, this.config.WEB_URL).toString();
    const minutes = Math.round(assessment.timeLimitMinutes * (1 + invite.extraTimePercent / 100));
    await enqueueMail(tx, invite.tenantId, {
      to: invite.email,
      subject: `${companyName} invited you to a debugging assessment: ${assessment.title}`,
      text: [
        `Hello${invite.name ? ` ${invite.name}` : ''},`,
        '',
        `${companyName} invited you to "${assessment.title}" on Fixpoint: fix real bugs in real code, in your browser.`,
        `You will have ${minutes} minutes once you begin. Nothing to install.`,
        '',
        `Open your assessment: ${link}`,
        '',
        `The link is yours alone and works until ${invite.expiresAt.toUTCString()}.`,
      ].join('\n'),
      links: [link],
      linkAudience: { capability: 'inviteCandidates' },
    });
  }
}
