import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ScopedDb } from '../database/scoped-db.service';
import { SecretBox } from '../secrets/secret-box';
import type { AtsKey } from './ats-key.guard';
import { AtsProblem } from './ats-problem';

/** What an operation answers: kept as the idempotent response. */
export interface Answer {
  status: number;
  body: unknown;
  location?: string;
  /** The body holds a secret shown once (a webhook secret): stored sealed, never in clear. */
  sensitive?: boolean;
}

/** How long a record answers repeats (the document says 24 hours); then the key is free. */
export const IDEMPOTENCY_RETENTION_MS = 24 * 3_600_000;
// A first request still in flight after this long died with its process: a repeat may take over.
const LEASE_MS = 60_000;

/** JSON with sorted keys, so the same body in another key order is the same request. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export const bodyHash = (body: unknown) =>
  createHash('sha256').update(canonical(body)).digest('hex');

/**
 * Idempotency-Key on every POST (draft-ietf-httpapi-idempotency-key-header). The key is scoped
 * to the API key that sent it. The first request claims the key (in flight), runs, and stores
 * its answer; a repeat with the same method, path and body gets that answer again; another
 * body or path is 422; a repeat while the first runs is 409. A client error (4xx) is an answer
 * and kept; a server error or an outage releases the key, so a retry runs the operation again.
 *
 * Kept in PostgreSQL, not Redis: a record must not vanish with a Redis restart (the repeat
 * would then create a second invitation), and the unique primary key claims it atomically.
 */
@Injectable()
export class Idempotency {
  constructor(
    private readonly db: ScopedDb,
    private readonly box: SecretBox,
  ) {}

  private context = (id: { tenantId: string; apiKeyId: string; key: string }) =>
    `idempotency_keys.response:${id.tenantId}:${id.apiKeyId}:${id.key}`;

  async run(
    key: AtsKey,
    header: string | string[] | undefined,
    request: string,
    body: unknown,
    operation: () => Promise<Answer>,
  ): Promise<Answer & { replayed: boolean }> {
    const idempotencyKey = typeof header === 'string' ? header.trim() : '';
    if (!idempotencyKey || idempotencyKey.length > 255) {
      throw new AtsProblem(
        400,
        'IDEMPOTENCY_KEY_MISSING',
        'Send an Idempotency-Key header (1 to 255 characters, e.g. a UUID) with every POST.',
        { errors: [{ pointer: '#/header/Idempotency-Key', detail: 'is required' }] },
      );
    }
    const hash = bodyHash(body);
    const id = { tenantId: key.tenantId, apiKeyId: key.id, key: idempotencyKey };
    const claimed = await this.claim(id, request, hash);
    if (!claimed.claimed) return { ...claimed.answer, replayed: true };
    let answer: Answer;
    try {
      answer = await operation();
    } catch (error) {
      if (error instanceof AtsProblem && error.status < 500 && error.status !== 429) {
        answer = { status: error.status, body: error.body() };
        await this.complete(id, answer);
      } else {
        await this.release(id);
      }
      throw error;
    }
    await this.complete(id, answer);
    return { ...answer, replayed: false };
  }

  private claim(
    id: { tenantId: string; apiKeyId: string; key: string },
    request: string,
    hash: string,
  ): Promise<{ claimed: true } | { claimed: false; answer: Answer }> {
    return this.db.run({ tenantId: id.tenantId }, async (tx) => {
      const inserted = await tx.idempotencyKey.createMany({
        data: [{ ...id, request, bodyHash: hash, state: 'in_flight' }],
        skipDuplicates: true,
      });
      if (inserted.count === 1) return { claimed: true };
      const row = await tx.idempotencyKey.findUniqueOrThrow({
        where: { tenantId_apiKeyId_key: id },
      });
      const age = Date.now() - row.createdAt.getTime();
      const takeOver = () =>
        tx.idempotencyKey.updateMany({
          where: { ...id, createdAt: row.createdAt },
          data: {
            request,
            bodyHash: hash,
            state: 'in_flight',
            status: null,
            response: undefined,
            createdAt: new Date(),
          },
        });
      if (age > IDEMPOTENCY_RETENTION_MS) {
        if ((await takeOver()).count === 1) return { claimed: true };
        // The cleaner deleted it meanwhile: the key is free, claim it afresh.
        const again = await tx.idempotencyKey.createMany({
          data: [{ ...id, request, bodyHash: hash, state: 'in_flight' }],
          skipDuplicates: true,
        });
        if (again.count === 1) return { claimed: true };
      }
      if (row.request !== request || row.bodyHash !== hash) {
        throw new AtsProblem(
          422,
          'IDEMPOTENCY_KEY_REUSED',
          `This Idempotency-Key was used for another request (${row.request}${row.request === request ? ' with another body' : ''}). Use a new key for a new operation.`,
        );
      }
      if (row.state === 'in_flight') {
        if (age > LEASE_MS && (await takeOver()).count === 1) return { claimed: true };
        throw new AtsProblem(
          409,
          'IDEMPOTENCY_KEY_IN_FLIGHT',
          'The first request with this Idempotency-Key is still being processed. Retry in a moment.',
          {},
          1,
        );
      }
      const stored = row.response as { body?: unknown; sealed?: string; location?: string } | null;
      const body = stored?.sealed
        ? (JSON.parse(this.box.open(stored.sealed, this.context(id))) as unknown)
        : stored?.body;
      return {
        claimed: false,
        answer: { status: row.status ?? 200, body, location: stored?.location },
      };
    });
  }

  private async complete(id: { tenantId: string; apiKeyId: string; key: string }, answer: Answer) {
    await this.db.run({ tenantId: id.tenantId }, (tx) =>
      tx.idempotencyKey.update({
        where: { tenantId_apiKeyId_key: id },
        data: {
          state: 'complete',
          status: answer.status,
          response: (answer.sensitive
            ? {
                sealed: this.box.seal(JSON.stringify(answer.body), this.context(id)),
                location: answer.location,
              }
            : { body: answer.body ?? null, location: answer.location }) as object,
          completedAt: new Date(),
        },
      }),
    );
  }

  private async release(id: { tenantId: string; apiKeyId: string; key: string }) {
    await this.db
      .run({ tenantId: id.tenantId }, (tx) =>
        tx.idempotencyKey.deleteMany({ where: { ...id, state: 'in_flight' } }),
      )
      .catch(() => undefined);
  }
}
