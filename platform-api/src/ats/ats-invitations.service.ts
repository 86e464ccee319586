import { Inject, Injectable } from '@nestjs/common';
import type { components } from '@fixpoint/openapi';
import { isUuid } from '../common/ids';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { ScopedDb, type Tx } from '../database/scoped-db.service';
import { Prisma } from '../generated/prisma/client';
import { InvitesService } from '../invites/invites.service';
import { enqueueOutbox } from '../outbox/enqueue-outbox';
import type { AtsKey } from './ats-key.guard';
import { AtsProblem, AtsProblems } from './ats-problem';
import { resultOf } from './ats-results';
import type { Answer } from './idempotency';
import { type InvitationStatus, statusWhere, toInvitation } from './invitation-view';
import { afterCursor, pageOf, type PageRequest } from './pagination';
import { AtsAssessmentsService } from './ats-assessments.service';

type InvitationCreate = components['schemas']['InvitationCreate'];

export interface InvitationFilters {
  assessmentId?: string;
  status?: InvitationStatus;
  externalAts?: string;
  externalApplicationId?: string;
}

const include = { session: true } as const;

/**
 * Invitations through the ATS API: the same candidate invites as the portal's (same mail,
 * same sessions, same reports), with the ATS application they belong to. Creating one twice
 * with the same external reference returns the first.
 */
/** Who invites: an API key, or an ATS connection that has none (Lever's webhooks). */
export type InvitingKey = Omit<AtsKey, 'id'> & { id: string | null };

@Injectable()
export class AtsInvitationsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: ScopedDb,
    private readonly invites: InvitesService,
    private readonly assessments: AtsAssessmentsService,
  ) {}

  async create(key: InvitingKey, input: InvitationCreate): Promise<Answer> {
    try {
      return await this.createOnce(key, input);
    } catch (error) {
      // Two requests with one external reference at once: the unique index let one through.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')
        return this.createOnce(key, input);
      throw error;
    }
  }

  private createOnce(key: InvitingKey, input: InvitationCreate): Promise<Answer> {
    return this.db.run({ tenantId: key.tenantId }, async (tx) => {
      await this.assessments.view(tx, input.assessmentId);
      const assessment = await tx.assessment.findUniqueOrThrow({
        where: { id: input.assessmentId },
      });
      const ref = input.externalReference;
      if (ref) {
        const existing = await tx.candidateInvite.findFirst({
          where: {
            assessmentId: assessment.id,
            externalAts: ref.ats,
            externalApplicationId: ref.applicationId,
          },
          include,
        });
        if (existing) return { status: 200, body: toInvitation(existing) };
      }
      const email = input.candidate.email.trim().toLowerCase();
      const taken = await tx.candidateInvite.findFirst({
        where: { assessmentId: assessment.id, email, revokedAt: null },
        select: { id: true },
      });
      if (taken) {
        throw AtsProblems.conflict(
          'ALREADY_INVITED',
          `${email} already has an invitation to this assessment (${taken.id}); cancel it first to invite again.`,
        );
      }
      const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: key.tenantId } });
      const issued = await this.invites.issue(
        tx,
        {
          tenantId: key.tenantId,
          assessmentId: assessment.id,
          email,
          name: `${input.candidate.firstName.trim()} ${input.candidate.lastName.trim()}`.slice(
            0,
            200,
          ),
          expiresAt: new Date(Date.now() + (input.expiresInDays ?? 7) * 86_400_000),
          createdBy: key.createdBy,
          apiKeyId: key.id,
          externalAts: ref?.ats ?? null,
          externalApplicationId: ref?.applicationId ?? null,
          externalProfileUrl: ref?.profileUrl ?? null,
        },
        { companyName: tenant.name, assessment },
      );
      const row = await tx.candidateInvite.findUniqueOrThrow({ where: { id: issued.id }, include });
      const invitation = toInvitation(row);
      return { status: 201, body: invitation, location: `/ats/v1/invitations/${row.id}` };
    });
  }

  list(key: AtsKey, page: PageRequest, filters: InvitationFilters) {
    return this.db.run({ tenantId: key.tenantId }, async (tx) => {
      const rows = await tx.candidateInvite.findMany({
        where: {
          AND: [
            afterCursor(page.after),
            { assessment: { kind: 'assessment' } },
            filters.assessmentId ? { assessmentId: filters.assessmentId } : {},
            filters.status ? statusWhere(filters.status) : {},
            filters.externalAts ? { externalAts: filters.externalAts } : {},
            filters.externalApplicationId
              ? { externalApplicationId: filters.externalApplicationId }
              : {},
          ],
        },
        include,
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: page.limit + 1,
      });
      const now = new Date();
      return pageOf(rows, page.limit, (row) => toInvitation(row, now));
    });
  }

  get(key: AtsKey, id: string) {
    return this.db.run({ tenantId: key.tenantId }, async (tx) =>
      toInvitation(await this.find(tx, id)),
    );
  }

  result(key: AtsKey, id: string) {
    return this.db.run({ tenantId: key.tenantId }, async (tx) =>
      resultOf(tx, await this.find(tx, id), this.config.PORTAL_URL),
    );
  }

  /** The link stops working; only before the candidate opens it. Twice is still cancelled. */
  cancel(key: AtsKey, id: string): Promise<Answer> {
    return this.db.run({ tenantId: key.tenantId }, async (tx) => {
      if (!isUuid(id)) throw AtsProblems.notFound('invitation');
      await tx.$queryRaw`select 1 from candidate_invites where id = ${id}::uuid for update`;
      const row = await this.find(tx, id);
      if (row.revokedAt) return { status: 200, body: toInvitation(row) };
      if (row.session) {
        throw new AtsProblem(
          409,
          'INVITATION_STARTED',
          'The candidate has already opened this invitation; it can no longer be cancelled.',
        );
      }
      const updated = await tx.candidateInvite.update({
        where: { id },
        data: { revokedAt: new Date() },
        include,
      });
      await tx.auditLog.create({
        data: {
          tenantId: key.tenantId,
          actorUserId: null,
          action: 'candidate.invite_revoked',
          targetType: 'CandidateInvite',
          targetId: id,
          data: { email: row.email, apiKey: key.name },
        },
      });
      await enqueueOutbox(tx, key.tenantId, 'invitation.cancelled', {
        invitationId: id,
        assessmentId: row.assessmentId,
      });
      return { status: 200, body: toInvitation(updated) };
    });
  }

  private async find(tx: Tx, id: string) {
    const row = isUuid(id)
      ? await tx.candidateInvite.findFirst({
          where: { id, assessment: { kind: 'assessment' } },
          include,
        })
      : null;
    if (!row) throw AtsProblems.notFound('invitation');
    return row;
  }
}
