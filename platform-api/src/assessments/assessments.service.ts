import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { recordAudit } from '../audit/audit';
import type { Principal } from '../auth/principal';
import { isUuid } from '../common/ids';
import { parseInput } from '../common/parse-input';
import { ScopedDb, scopeOf, type Tx } from '../database/scoped-db.service';
import type { AssessmentStatus } from '../generated/prisma/enums';
import { AssessmentErrors } from './assessments.errors';
import type { Assessment, AssessmentInput } from './dto/assessment.types';
import { tenantOf } from '../common/tenant-principal';

const inputSchema = z.object({
  title: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  instructions: z.string().trim().max(10_000, 'must be at most 10000 characters'),
  timeLimitMinutes: z.number().int().min(1, 'must be at least 1').max(600, 'must be at most 600'),
  hintsAllowed: z.boolean(),
  hintPenalty: z.number().int().min(0, 'must be at least 0').max(50, 'must be at most 50'),
  challengeSlugs: z
    .array(z.string().trim().min(1))
    .min(1, 'pick at least one challenge')
    .max(10, 'at most 10 challenges')
    .refine((slugs) => new Set(slugs).size === slugs.length, 'a challenge can appear only once'),
});

const TRANSITIONS: Record<AssessmentStatus, AssessmentStatus[]> = {
  draft: ['published', 'archived'],
  published: ['archived'],
  archived: [],
};

/** Assessments: a timed set of challenges a company sends candidates. */
@Injectable()
export class AssessmentsService {
  constructor(private readonly db: ScopedDb) {}

  list(principal: Principal, status?: AssessmentStatus): Promise<Assessment[]> {
    return this.db.run(scopeOf(principal), async (tx) => {
      const rows = await tx.assessment.findMany({
        where: status ? { status } : {},
        orderBy: { createdAt: 'desc' },
        select: { id: true },
      });
      return Promise.all(rows.map((row) => this.view(tx, row.id)));
    });
  }

  get(principal: Principal, id: string): Promise<Assessment> {
    return this.db.run(scopeOf(principal), (tx) => this.view(tx, id));
  }

  create(principal: Principal, input: AssessmentInput): Promise<Assessment> {
    const data = parse(input);
    return this.db.run(scopeOf(principal), async (tx) => {
      const challengeIds = await this.resolveSlugs(tx, data.challengeSlugs);
      const { challengeSlugs: _slugs, ...fields } = data;
      const row = await tx.assessment.create({
        data: { ...fields, tenantId: tenantOf(principal).tenant.id, createdBy: principal.userId },
      });
      await this.setChallenges(tx, row.id, tenantOf(principal).tenant.id, challengeIds);
      await recordAudit(
        tx,
        principal,
        'assessment.created',
        { type: 'Assessment', id: row.id },
        {
          title: row.title,
        },
      );
      return this.view(tx, row.id);
    });
  }

  update(principal: Principal, id: string, input: AssessmentInput): Promise<Assessment> {
    const data = parse(input);
    return this.db.run(scopeOf(principal), async (tx) => {
      await this.lock(tx, id);
      if ((await tx.candidateInvite.count({ where: { assessmentId: id } })) > 0) {
        throw AssessmentErrors.locked();
      }
      const challengeIds = await this.resolveSlugs(tx, data.challengeSlugs);
      const { challengeSlugs: _slugs, ...fields } = data;
      await tx.assessment.update({ where: { id }, data: { ...fields, updatedAt: new Date() } });
      await tx.assessmentChallenge.deleteMany({ where: { assessmentId: id } });
      await this.setChallenges(tx, id, tenantOf(principal).tenant.id, challengeIds);
      await recordAudit(tx, principal, 'assessment.updated', { type: 'Assessment', id });
      return this.view(tx, id);
    });
  }

  setStatus(principal: Principal, id: string, status: AssessmentStatus): Promise<Assessment> {
    return this.db.run(scopeOf(principal), async (tx) => {
      const row = await this.lock(tx, id);
      if (!TRANSITIONS[row.status].includes(status)) {
        throw AssessmentErrors.badTransition(row.status, status);
      }
      await tx.assessment.update({ where: { id }, data: { status, updatedAt: new Date() } });
      await recordAudit(tx, principal, `assessment.${status}`, { type: 'Assessment', id });
      return this.view(tx, id);
    });
  }

  async lock(tx: Tx, id: string) {
    if (!isUuid(id)) throw AssessmentErrors.notFound();
    await tx.$queryRaw`select 1 from assessments where id = ${id}::uuid for update`;
    const row = await tx.assessment.findUnique({ where: { id } });
    if (!row) throw AssessmentErrors.notFound();
    return row;
  }

  /** Catalog or private slugs to challenge ids; the tenant's own wins when both exist. */
  private async resolveSlugs(tx: Tx, slugs: string[]): Promise<string[]> {
    const found = await tx.challenge.findMany({
      where: { slug: { in: slugs }, currentVersionId: { not: null } },
      orderBy: { tenantId: { sort: 'asc', nulls: 'last' } },
      select: { id: true, slug: true },
    });
    return slugs.map((slug) => {
      const match = found.find((c) => c.slug === slug);
      if (!match) throw AssessmentErrors.unknownChallenge(slug);
      return match.id;
    });
  }

  private async setChallenges(tx: Tx, assessmentId: string, tenantId: string, ids: string[]) {
    await tx.assessmentChallenge.createMany({
      data: ids.map((challengeId, i) => ({ assessmentId, tenantId, position: i + 1, challengeId })),
    });
  }

  async view(tx: Tx, id: string): Promise<Assessment> {
    if (!isUuid(id)) throw AssessmentErrors.notFound();
    const row = await tx.assessment.findUnique({
      where: { id },
      include: { challenges: { orderBy: { position: 'asc' } } },
    });
    if (!row) throw AssessmentErrors.notFound();
    const challenges = await tx.challenge.findMany({
      where: { id: { in: row.challenges.map((c) => c.challengeId) } },
      select: {
        id: true,
        slug: true,
        tenantId: true,
        currentVersion: {
          select: { title: true, language: true, difficulty: true, estimatedMinutes: true },
        },
      },
    });
    const candidateCount = await tx.candidateInvite.count({
      where: { assessmentId: id, revokedAt: null },
    });
    const { challenges: links, tenantId: _t, createdBy: _c, ...fields } = row;
    return {
      ...fields,
      candidateCount,
      challenges: links.map((link) => {
        const challenge = challenges.find((c) => c.id === link.challengeId)!;
        return {
          position: link.position,
          slug: challenge.slug,
          private: challenge.tenantId !== null,
          ...challenge.currentVersion!,
        };
      }),
    };
  }
}

function parse(input: AssessmentInput) {
  return parseInput(inputSchema, input);
}
