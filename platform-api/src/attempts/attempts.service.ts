import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import type { Principal } from '../auth/principal';
import { RunRateLimits } from '../auth/run-rate-limits';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { isUuid } from '../common/ids';
import { CatalogErrors } from '../catalog/catalog.errors';
import type { Files } from '../catalog/challenge-content';
import type { Hint } from '../catalog/dto/challenge.types';
import { ScopedDb, scopeOf, type Tx } from '../database/scoped-db.service';
import type { Attempt as AttemptRow } from '../generated/prisma/client';
import { REDIS } from '../redis/redis.module';
import { SandboxClient } from '../sandbox/sandbox.client';
import { runData, toRun } from './attempt-view';
import { AttemptErrors } from './attempts.errors';
import { ChallengeVersions, type VersionWithSlug } from './challenge-versions';
import type { AttemptConnection, FileInput, Run } from './dto/attempt.types';
import { applyFiles, editableFiles } from './file-input';

export type { AttemptRow };

/**
 * Whose attempt it is: a candidate's are those of their session; a user's are their own
 * practice attempts (a tenant role gives no access to the solve loop of anyone else).
 */
export const ownsAttempt = (principal: Principal, row: AttemptRow): boolean =>
  principal.candidate
    ? row.sessionId === principal.candidate.sessionId
    : row.userId === principal.userId && row.sessionId === null;

/**
 * The solve loop's reads and small writes. Row-level security scopes every query to the
 * caller (their own learner attempts, or their tenant's); another's attempt is NOT_FOUND.
 * Methods return the attempt row; GraphQL resolves its heavier fields on demand.
 */
@Injectable()
export class AttemptsService {
  /** Counted before every sandbox-using call (runs here; submits in their callers). */
  readonly runLimits: RunRateLimits;

  constructor(
    private readonly db: ScopedDb,
    private readonly sandbox: SandboxClient,
    readonly versions: ChallengeVersions,
    @Inject(REDIS) redis: Redis,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.runLimits = new RunRateLimits(redis, config);
  }

  /** The open attempt on this challenge's current version, or a new one from the starter. */
  async start(principal: Principal, slug: string): Promise<AttemptRow> {
    return this.db.run(scopeOf(principal), async (tx) => {
      const challenge = await tx.challenge.findFirst({
        where: { slug, currentVersionId: { not: null } },
        orderBy: { tenantId: { sort: 'asc', nulls: 'last' } },
        select: { currentVersionId: true },
      });
      if (!challenge?.currentVersionId) throw CatalogErrors.notFound(slug);
      const open = await tx.attempt.findFirst({
        where: {
          userId: principal.userId,
          tenantId: null,
          challengeVersionId: challenge.currentVersionId,
          status: 'in_progress',
        },
      });
      if (open) return open;
      const version = await this.versions.get(tx, challenge.currentVersionId);
      return tx.attempt.create({
        data: {
          userId: principal.userId,
          challengeVersionId: version.id,
          files: editableFiles(version.starterFiles as Files, version.editable),
        },
      });
    });
  }

  get(principal: Principal, id: string): Promise<AttemptRow> {
    return this.db.run(scopeOf(principal), (tx) => this.load(tx, id, principal));
  }

  async mine(principal: Principal, first = 20, after?: string): Promise<AttemptConnection> {
    const take = Math.min(Math.max(1, first), 100);
    const offset = after ? Number(Buffer.from(after, 'base64url').toString()) || 0 : 0;
    return this.db.run(scopeOf(principal), async (tx) => {
      const rows = await tx.attempt.findMany({
        where: { userId: principal.userId, tenantId: null },
        orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
        skip: offset,
        take: take + 1,
      });
      const page = rows.slice(0, take);
      return {
        nodes: page as AttemptConnection['nodes'],
        pageInfo: {
          hasNextPage: rows.length > take,
          endCursor: page.length
            ? Buffer.from(String(offset + page.length)).toString('base64url')
            : null,
        },
      };
    });
  }

  saveFiles(principal: Principal, id: string, files: FileInput[]): Promise<AttemptRow> {
    return this.db.run(scopeOf(principal), async (tx) => {
      const attempt = await this.loadOpen(tx, id, false, principal);
      const version = await this.versions.get(tx, attempt.challengeVersionId);
      const next = applyFiles(attempt.files as Files, files, version.editable);
      return tx.attempt.update({ where: { id }, data: { files: next, updatedAt: new Date() } });
    });
  }

  reset(principal: Principal, id: string): Promise<AttemptRow> {
    return this.db.run(scopeOf(principal), async (tx) => {
      const attempt = await this.loadOpen(tx, id, false, principal);
      const version = await this.versions.get(tx, attempt.challengeVersionId);
      return tx.attempt.update({
        where: { id },
        data: {
          files: editableFiles(version.starterFiles as Files, version.editable),
          updatedAt: new Date(),
        },
      });
    });
  }

  /** Saves the files (if sent), runs the visible tests in the sandbox, records the run. */
  async runTests(principal: Principal, id: string, files?: FileInput[]): Promise<Run> {
    await this.runLimits.hit(principal);
    const scope = scopeOf(principal);
    if (files?.length) await this.saveFiles(principal, id, files);
    const { attempt, version } = await this.openWithVersion(scope, id, false, principal);
    const snapshot = attempt.files as Files;
    // The run happens outside any transaction: it takes seconds and holds no rows.
    const result = await this.sandbox.runChallenge(
      { slug: version.challenge.slug, sourceFiles: version.sourceFiles },
      snapshot,
      'visible',
    );
    return this.db.run(scope, async (tx) => {
      const run = await tx.run.create({
        data: {
          attemptId: id,
          userId: attempt.userId,
          tenantId: attempt.tenantId,
          suite: 'visible',
          files: snapshot,
          ...runData(result),
        },
      });
      await tx.attempt.update({ where: { id }, data: { updatedAt: new Date() } });
      return toRun(run);
    });
  }

  revealHint(principal: Principal, id: string): Promise<Hint> {
    return this.db.run(scopeOf(principal), async (tx) => {
      await this.lock(tx, id);
      const attempt = await this.loadOpen(tx, id, false, principal);
      const version = await this.versions.get(tx, attempt.challengeVersionId);
      if (!attempt.hintsAllowed) throw AttemptErrors.hintsNotAllowed();
      const hints = version.hints as unknown as Hint[];
      if (attempt.hintsRevealed >= hints.length) throw AttemptErrors.noHintsLeft(hints.length);
      const hint = hints[attempt.hintsRevealed];
      await tx.attempt.update({
        where: { id },
        data: { hintsRevealed: attempt.hintsRevealed + 1, updatedAt: new Date() },
      });
      await tx.hintReveal.create({
        data: {
          attemptId: id,
          userId: attempt.userId,
          tenantId: attempt.tenantId,
          level: hint.level,
        },
      });
      return hint;
    });
  }

  /**
   * The open attempt with its challenge version (from the version cache), in one transaction.
   * `pastDeadline`: the session's own auto-submit reads attempts after their deadline.
   * `owner`: the caller, who must own the attempt (the session's own end names none).
   */
  openWithVersion(
    scope: { userId?: string; tenantId?: string },
    id: string,
    pastDeadline = false,
    owner?: Principal,
  ): Promise<{ attempt: AttemptRow; version: VersionWithSlug }> {
    return this.db.run(scope, async (tx) => {
      const attempt = await this.loadOpen(tx, id, pastDeadline, owner);
      return { attempt, version: await this.versions.get(tx, attempt.challengeVersionId) };
    });
  }

  /**
   * Ends an assessment attempt that was never changed, without a submission (the session counts
   * it as 0) and without a sandbox run. Called at the session's end, when no more saves count.
   */
  async closeUntouched(scope: { tenantId?: string }, attempt: AttemptRow): Promise<null> {
    const now = new Date();
    await this.db.run(scope, (tx) =>
      tx.attempt.updateMany({
        where: { id: attempt.id, status: 'in_progress' },
        data: { status: 'submitted', submittedAt: now, updatedAt: now },
      }),
    );
    return null;
  }

  /** Serialises writes to one attempt (two hint clicks, two submits) for this transaction. */
  async lock(tx: Tx, id: string): Promise<void> {
    if (!isUuid(id)) throw AttemptErrors.notFound();
    await tx.$queryRaw`select 1 from attempts where id = ${id}::uuid for update`;
  }

  /**
   * The attempt, NOT_FOUND unless `owner` (when given) owns it. Row-level security lets staff
   * see their tenant's attempts (for reports); the solve loop is the owner's alone.
   */
  async load(tx: Tx, id: string, owner?: Principal): Promise<AttemptRow> {
    if (!isUuid(id)) throw AttemptErrors.notFound();
    const row = await tx.attempt.findUnique({ where: { id } });
    if (!row || (owner && !ownsAttempt(owner, row))) throw AttemptErrors.notFound();
    return row;
  }

  /** An attempt that may still change: not submitted and, in an assessment, not past time. */
  async loadOpen(tx: Tx, id: string, pastDeadline = false, owner?: Principal): Promise<AttemptRow> {
    const row = await this.load(tx, id, owner);
    if (row.status !== 'in_progress') throw AttemptErrors.finished();
    if (!pastDeadline && row.deadlineAt && row.deadlineAt.getTime() <= Date.now()) {
      throw AttemptErrors.timeUp();
    }
    return row;
  }
}
