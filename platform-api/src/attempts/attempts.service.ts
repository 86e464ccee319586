import { Injectable } from '@nestjs/common';
import type { Principal } from '../auth/principal';
import { CatalogErrors } from '../catalog/catalog.errors';
import { scopeOf } from '../catalog/catalog.service';
import type { Files } from '../catalog/challenge-content';
import type { Hint } from '../catalog/dto/challenge.types';
import { ScopedDb, type Tx } from '../database/scoped-db.service';
import { SandboxClient } from '../sandbox/sandbox.client';
import { ATTEMPT_INCLUDE, type AttemptRow, runData, toAttempt, toRun } from './attempt-view';
import { AttemptErrors } from './attempts.errors';
import type { Attempt, AttemptConnection, FileInput, Run } from './dto/attempt.types';
import { applyFiles, editableFiles } from './file-input';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The solve loop's reads and small writes. Row-level security scopes every query to the
 * caller (their own learner attempts, or their tenant's); another's attempt is NOT_FOUND.
 */
@Injectable()
export class AttemptsService {
  constructor(
    private readonly db: ScopedDb,
    private readonly sandbox: SandboxClient,
  ) {}

  /** The open attempt on this challenge's current version, or a new one from the starter. */
  async start(principal: Principal, slug: string): Promise<Attempt> {
    return this.db.run(scopeOf(principal), async (tx) => {
      const challenge = await tx.challenge.findFirst({
        where: { slug, currentVersionId: { not: null } },
        orderBy: { tenantId: { sort: 'asc', nulls: 'last' } },
        include: { currentVersion: true },
      });
      if (!challenge?.currentVersion) throw CatalogErrors.notFound(slug);
      const version = challenge.currentVersion;
      const open = await tx.attempt.findFirst({
        where: {
          userId: principal.userId,
          tenantId: null,
          challengeVersionId: version.id,
          status: 'in_progress',
        },
        include: ATTEMPT_INCLUDE,
      });
      if (open) return toAttempt(open);
      const created = await tx.attempt.create({
        data: {
          userId: principal.userId,
          challengeVersionId: version.id,
          files: editableFiles(version.starterFiles as Files, version.editable),
        },
        include: ATTEMPT_INCLUDE,
      });
      return toAttempt(created);
    });
  }

  get(principal: Principal, id: string): Promise<Attempt> {
    return this.db.run(scopeOf(principal), async (tx) => toAttempt(await this.load(tx, id)));
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
        include: ATTEMPT_INCLUDE,
      });
      const page = rows.slice(0, take);
      return {
        nodes: page.map(toAttempt),
        pageInfo: {
          hasNextPage: rows.length > take,
          endCursor: page.length
            ? Buffer.from(String(offset + page.length)).toString('base64url')
            : null,
        },
      };
    });
  }

  saveFiles(principal: Principal, id: string, files: FileInput[]): Promise<Attempt> {
    return this.db.run(scopeOf(principal), async (tx) => {
      const attempt = await this.loadOpen(tx, id);
      const next = applyFiles(attempt.files as Files, files, attempt.challengeVersion.editable);
      return toAttempt(
        await tx.attempt.update({
          where: { id },
          data: { files: next, updatedAt: new Date() },
          include: ATTEMPT_INCLUDE,
        }),
      );
    });
  }

  reset(principal: Principal, id: string): Promise<Attempt> {
    return this.db.run(scopeOf(principal), async (tx) => {
      const attempt = await this.loadOpen(tx, id);
      const version = attempt.challengeVersion;
      return toAttempt(
        await tx.attempt.update({
          where: { id },
          data: {
            files: editableFiles(version.starterFiles as Files, version.editable),
            updatedAt: new Date(),
          },
          include: ATTEMPT_INCLUDE,
        }),
      );
    });
  }

  /** Saves the files (if sent), runs the visible tests in the sandbox, records the run. */
  async runTests(principal: Principal, id: string, files?: FileInput[]): Promise<Run> {
    const scope = scopeOf(principal);
    const attempt = files?.length
      ? await this.saveFiles(principal, id, files).then(() =>
          this.db.run(scope, (tx) => this.loadOpen(tx, id)),
        )
      : await this.db.run(scope, (tx) => this.loadOpen(tx, id));
    const snapshot = attempt.files as Files;
    // The run happens outside any transaction: it takes seconds and holds no rows.
    const result = await this.sandbox.runChallenge(
      attempt.challengeVersion.challenge.slug,
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
      const attempt = await this.loadOpen(tx, id);
      const hints = attempt.challengeVersion.hints as unknown as Hint[];
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

  /** Serialises writes to one attempt (two hint clicks, two submits) for this transaction. */
  async lock(tx: Tx, id: string): Promise<void> {
    if (!UUID.test(id)) throw AttemptErrors.badId();
    await tx.$queryRaw`select 1 from attempts where id = ${id}::uuid for update`;
  }

  async load(tx: Tx, id: string): Promise<AttemptRow> {
    if (!UUID.test(id)) throw AttemptErrors.badId();
    const row = await tx.attempt.findUnique({ where: { id }, include: ATTEMPT_INCLUDE });
    if (!row) throw AttemptErrors.notFound();
    return row;
  }

  async loadOpen(tx: Tx, id: string): Promise<AttemptRow> {
    const row = await this.load(tx, id);
    if (row.status !== 'in_progress') throw AttemptErrors.finished();
    return row;
  }
}
