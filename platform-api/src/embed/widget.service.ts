import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { runBody, submitBody } from '@fixpoint/contracts/widget-v1';
import { matchesAny } from '@fixpoint/sandbox-controller';
import { AttemptsService } from '../attempts/attempts.service';
import { RunTests } from '../attempts/run-tests/run-tests.use-case';
import { RateLimiter } from '../auth/rate-limiter';
import type { Principal } from '../auth/principal';
import type { Files } from '../catalog/challenge-content';
import { parseInput } from '../common/parse-input';
import { ScopedDb } from '../database/scoped-db.service';
import { Prisma } from '../generated/prisma/client';
import { REDIS } from '../redis/redis.module';
import { CandidateSessionsService } from '../sessions/candidate-sessions.service';
import { isPlaceholder } from './applicant-placeholder';
import { EmbedErrors } from './embed.errors';
import { originAllowed } from './origins';

// Per minute. A key serves a whole careers page; a client is one applicant's browser.
const PER_KEY = 600;
const PER_CLIENT = 60;

export interface WidgetKey {
  id: string;
  tenantId: string;
  tenantName: string;
}

/**
 * The public widget API behind a publishable key: the key names the tenant and what it may
 * show; the page's Origin must be one of the key's origins. Applicants become candidates of
 * the key's career-page assessment (their token is a candidate token; starting is the
 * StartApplicant use case), so runs, the timer,
 * auto-submit and reports are the assessment machinery, not a second copy of it.
 */
@Injectable()
export class WidgetService {
  private readonly limiter: RateLimiter;

  constructor(
    private readonly db: ScopedDb,
    private readonly sessions: CandidateSessionsService,
    private readonly attempts: AttemptsService,
    private readonly runTests: RunTests,
    @Inject(REDIS) redis: Redis,
  ) {
    this.limiter = new RateLimiter(redis, 60);
  }

  /** The key of a request, checked: it exists, is not revoked, and allows this origin. */
  async keyOf(publishableKey: string | undefined, origin: string | undefined, client: string) {
    if (!publishableKey || !/^pk_[A-Za-z0-9_-]{24,}$/.test(publishableKey))
      throw EmbedErrors.keyInvalid();
    const found = await this.db.run(
      {},
      (tx) =>
        tx.$queryRaw<{ id: string; tenant_id: string }[]>`
        select id, tenant_id from embed_key_by_publishable(${publishableKey})`,
    );
    if (!found[0]) throw EmbedErrors.keyInvalid();
    const { id, tenant_id: tenantId } = found[0];
    const key = await this.db.run({ tenantId }, async (tx) => ({
      key: await tx.embedKey.findUniqueOrThrow({ where: { id } }),
      tenant: await tx.tenant.findUniqueOrThrow({ where: { id: tenantId } }),
    }));
    if (!originAllowed(origin, key.key.allowedOrigins)) throw EmbedErrors.originNotAllowed();
    await this.limiter.hit(`widget:key:${id}`, PER_KEY);
    await this.limiter.hit(`widget:client:${id}:${client}`, PER_CLIENT);
    return { id, tenantId, tenantName: key.tenant.name } satisfies WidgetKey;
  }

  /** The brief, starter files and visible tests of a challenge the key shows. */
  async challenge(key: WidgetKey, slug: string) {
    return this.db.run({ tenantId: key.tenantId }, async (tx) => {
      const link = await this.linkOf(key, slug);
      const challenge = await tx.challenge.findUniqueOrThrow({
        where: { id: link.challengeId },
        include: { currentVersion: true },
      });
      const v = challenge.currentVersion!;
      return {
        slug: challenge.slug,
        title: v.title,
        summary: v.summary,
        language: v.language,
        difficulty: v.difficulty,
        estimatedMinutes: v.estimatedMinutes,
        tenantName: key.tenantName,
        files: filesOf(v.starterFiles as Files, v.visibleTests as Files, v.editable),
      };
    });
  }

  async run(key: WidgetKey, principal: Principal | undefined, attemptId: string, body: unknown) {
    const applicant = this.applicant(key, principal);
    const { files } = parseInput(runBody, body, 'body');
    await this.attempts.runLimits.hitEmbedKey(key.id);
    // Through the use case, so the applicant's session workflow counts the run too.
    return this.runTests.execute(applicant, attemptId, files);
  }

  async submit(key: WidgetKey, principal: Principal | undefined, attemptId: string, body: unknown) {
    const applicant = this.applicant(key, principal);
    const input = parseInput(submitBody, body, 'body');
    await this.attempts.runLimits.hitEmbedKey(key.id);
    await this.attempts.runLimits.hit(applicant);
    if (input.files?.length) await this.attempts.saveFiles(applicant, attemptId, input.files);
    // Who the applicant is gets fixed here, once: a submitted (scored) applicant cannot become
    // someone else afterwards, and an address already used for this assessment is CONFLICT.
    try {
      await this.db.run({ tenantId: key.tenantId }, async (tx) => {
        await tx.$queryRaw`select 1 from assessment_sessions
          where id = ${applicant.candidate!.sessionId}::uuid for update`;
        const session = await tx.assessmentSession.findUniqueOrThrow({
          where: { id: applicant.candidate!.sessionId },
          include: { invite: true },
        });
        if (session.phase !== 'in_progress' || !isPlaceholder(session.invite.email))
          throw EmbedErrors.alreadySubmitted();
        const taken = await tx.candidateInvite.findFirst({
          where: {
            assessmentId: session.invite.assessmentId,
            email: input.email,
            revokedAt: null,
            id: { not: session.inviteId },
          },
          select: { id: true },
        });
        if (taken) throw EmbedErrors.emailTaken();
        await tx.candidateInvite.update({
          where: { id: session.inviteId },
          data: { email: input.email, name: input.name },
        });
        await tx.user.update({
          where: { id: session.candidateUserId },
          data: { email: input.email, displayName: input.name },
        });
      });
    } catch (error) {
      // Two applicants submitting the same address at the same moment: the unique index decides.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')
        throw EmbedErrors.emailTaken();
      throw error;
    }
    await this.sessions.submit(applicant);
    return { status: 'submitted' as const };
  }

  /** The applicant behind a bearer token, who must belong to this key's tenant. */
  private applicant(key: WidgetKey, principal: Principal | undefined): Principal {
    if (!principal?.candidate || principal.candidate.tenantId !== key.tenantId) {
      throw EmbedErrors.keyInvalid();
    }
    return principal;
  }

  /** The key's link to this challenge (its career-page assessment), or NOT_FOUND. */
  async linkOf(key: WidgetKey, slug: string) {
    const found = await this.db.run({ tenantId: key.tenantId }, async (tx) => {
      const links = await tx.embedKeyChallenge.findMany({ where: { embedKeyId: key.id } });
      const challenges = await tx.challenge.findMany({
        where: { id: { in: links.map((l) => l.challengeId) }, slug },
        select: { id: true },
      });
      return links.find((l) => challenges.some((c) => c.id === l.challengeId));
    });
    if (!found) throw EmbedErrors.challengeNotBound();
    return found;
  }
}

/** Starter files (editable ones marked) then the visible tests, read-only; never hidden tests. */
function filesOf(starter: Files, visible: Files, editable: string[]) {
  const isEditable = (path: string) => matchesAny(path, editable);
  return [
    ...Object.entries(starter).map(([path, content]) => ({
      path,
      content,
      editable: isEditable(path),
    })),
    ...Object.entries(visible).map(([path, content]) => ({ path, content, editable: false })),
  ];
}
