import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { recordAudit } from '../audit/audit';
import type { Principal } from '../auth/principal';
import { isUuid } from '../common/ids';
import { parseInput } from '../common/parse-input';
import { ScopedDb, scopeOf, type Tx } from '../database/scoped-db.service';
import type { EmbedKey, EmbedKeyInput } from './dto/embed.types';
import { EmbedErrors } from './embed.errors';
import { normalizeOrigin } from './origins';
import { tenantOf } from '../common/tenant-principal';

const CAREER_PAGE_MINUTES = 120;

const inputSchema = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
  allowedOrigins: z
    .array(z.string())
    .min(1, 'add at least one origin')
    .max(20, 'at most 20 origins'),
  challengeSlugs: z
    .array(z.string().trim().min(1))
    .min(1, 'pick at least one challenge')
    .max(10, 'at most 10 challenges')
    .refine((s) => new Set(s).size === s.length, 'a challenge can appear only once'),
});

/**
 * Publishable keys for the career-page widget: bound to origins and to challenges. Each bound
 * challenge gets a hidden career-page assessment (published, no hints, 2 hours), so applicants
 * become candidates with a pipeline row and a report like invited ones.
 */
@Injectable()
export class EmbedKeysService {
  constructor(private readonly db: ScopedDb) {}

  list(principal: Principal): Promise<EmbedKey[]> {
    return this.db.run(scopeOf(principal), async (tx) => {
      const rows = await tx.embedKey.findMany({
        orderBy: { createdAt: 'desc' },
        select: { id: true },
      });
      return Promise.all(rows.map((row) => this.view(tx, row.id)));
    });
  }

  create(principal: Principal, input: EmbedKeyInput): Promise<EmbedKey> {
    const valid = parseInput(inputSchema, input);
    const origins = valid.allowedOrigins.map((raw) => {
      const origin = normalizeOrigin(raw);
      if (!origin) {
        throw EmbedErrors.invalid(
          'allowedOrigins',
          `"${raw}" is not an origin: give scheme, host and port only, like https://careers.example.com`,
        );
      }
      return origin;
    });
    const tenantId = tenantOf(principal).tenant.id;
    return this.db.run(scopeOf(principal), async (tx) => {
      const key = await tx.embedKey.create({
        data: {
          tenantId,
          name: valid.name,
          publishableKey: `pk_${randomBytes(24).toString('base64url')}`,
          allowedOrigins: [...new Set(origins)],
          createdBy: principal.userId,
        },
      });
      for (const slug of valid.challengeSlugs) {
        const challenge = await tx.challenge.findFirst({
          where: { slug, currentVersionId: { not: null } },
          orderBy: { tenantId: { sort: 'asc', nulls: 'last' } },
          include: { currentVersion: { select: { title: true } } },
        });
        if (!challenge) {
          throw EmbedErrors.invalid(
            'challengeSlugs',
            `no challenge "${slug}" in the catalog or yours`,
          );
        }
        const assessment = await tx.assessment.create({
          data: {
            tenantId,
            kind: 'career_page',
            title: `Career page: ${challenge.currentVersion!.title}`,
            instructions: `Applicants from ${valid.name}.`,
            timeLimitMinutes: CAREER_PAGE_MINUTES,
            hintsAllowed: false,
            hintPenalty: 0,
            status: 'published',
            createdBy: principal.userId,
          },
        });
        await tx.assessmentChallenge.create({
          data: { assessmentId: assessment.id, tenantId, position: 1, challengeId: challenge.id },
        });
        await tx.embedKeyChallenge.create({
          data: {
            embedKeyId: key.id,
            tenantId,
            challengeId: challenge.id,
            assessmentId: assessment.id,
          },
        });
      }
      await recordAudit(
        tx,
        principal,
        'embed_key.created',
        { type: 'EmbedKey', id: key.id },
        {
          name: key.name,
          allowedOrigins: key.allowedOrigins,
        },
      );
      return this.view(tx, key.id);
    });
  }

  revoke(principal: Principal, id: string): Promise<EmbedKey> {
    return this.db.run(scopeOf(principal), async (tx) => {
      if (!isUuid(id)) throw EmbedErrors.notFound();
      const key = await tx.embedKey.findUnique({ where: { id } });
      if (!key) throw EmbedErrors.notFound();
      if (!key.revokedAt) {
        await tx.embedKey.update({ where: { id }, data: { revokedAt: new Date() } });
        await recordAudit(tx, principal, 'embed_key.revoked', { type: 'EmbedKey', id });
      }
      return this.view(tx, id);
    });
  }

  private async view(tx: Tx, id: string): Promise<EmbedKey> {
    const key = await tx.embedKey.findUniqueOrThrow({
      where: { id },
      include: { challenges: true },
    });
    const challenges = await tx.challenge.findMany({
      where: { id: { in: key.challenges.map((c) => c.challengeId) } },
      include: { currentVersion: { select: { title: true } } },
    });
    const applicants = await tx.candidateInvite.count({ where: { embedKeyId: id } });
    const submitted = await tx.assessmentSession.count({
      where: { invite: { embedKeyId: id }, phase: { in: ['submitted', 'expired'] } },
    });
    return {
      id: key.id,
      name: key.name,
      publishableKey: key.publishableKey,
      allowedOrigins: key.allowedOrigins,
      applicants,
      submitted,
      revokedAt: key.revokedAt,
      createdAt: key.createdAt,
      challenges: key.challenges.map((link) => {
        const challenge = challenges.find((c) => c.id === link.challengeId)!;
        return {
          slug: challenge.slug,
          title: challenge.currentVersion?.title ?? challenge.slug,
          assessmentId: link.assessmentId,
        };
      }),
    };
  }
}
