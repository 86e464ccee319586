import {
  Inject,
  Injectable,
  Logger,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import type { Pool, PoolClient } from 'pg';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { OWNER_POOL } from '../database/database.module';
import { type MailMessage, type Mailer } from './mailer';
import { MAIL_TOPIC, scrubLinks } from './outbox-mail';

export const MAILER = Symbol('MAILER');
const BATCH = 20;
const MAX_ATTEMPTS = 10;
// While the database is away the relay waits longer between passes, up to this long.
const MAX_BACKOFF_MS = 5_000;

/**
 * Delivers outbox rows of the topics it handles (mail), at least once: a row is claimed with
 * SKIP LOCKED (so several API processes share the work), sent, then marked delivered in the
 * same transaction. A failed send stays pending and is retried on later polls, up to a bound.
 * Other topics stay in the outbox for their own consumers.
 */
/**
 * A consumer of other topics (webhooks/ats-event-consumers.ts registers the ATS events'): runs
 * in the relay's transaction on the owner's connection; throwing leaves the row pending.
 */
export type OutboxHandler = (
  row: { id: string; tenantId: string | null; topic: string; payload: unknown },
  client: PoolClient,
) => Promise<void>;

@Injectable()
export class OutboxRelay implements OnModuleInit, OnModuleDestroy {
  private readonly handlers = new Map<string, OutboxHandler>();

  /** Adds a consumer for a topic (at module init); several consumers of one topic run in turn. */
  register(topic: string, handler: OutboxHandler) {
    const before = this.handlers.get(topic);
    this.handlers.set(
      topic,
      before
        ? async (row, client) => {
            await before(row, client);
            await handler(row, client);
          }
        : handler,
    );
  }

  private readonly logger = new Logger(OutboxRelay.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  /** Consecutive failed passes (the database away); 0 when the last pass worked. */
  private failures = 0;
  private resumeAt = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(OWNER_POOL) private readonly owner: Pool,
    @Inject(MAILER) private readonly mailer: Mailer,
  ) {}

  onModuleInit() {
    this.timer = setInterval(() => {
      if (this.running || Date.now() < this.resumeAt) return;
      this.running = this.drain()
        .then(() => this.recovered())
        .catch((error: unknown) => this.failed(error))
        .finally(() => (this.running = undefined));
    }, this.config.OUTBOX_POLL_MS);
  }

  /** A failed pass (PostgreSQL restarting, say): back off, log once per outage, keep the loop. */
  private failed(error: unknown) {
    this.failures += 1;
    const delay = Math.min(this.config.OUTBOX_POLL_MS * 2 ** this.failures, MAX_BACKOFF_MS);
    this.resumeAt = Date.now() + delay;
    if (this.failures === 1) {
      this.logger.warn(`outbox relay paused, retrying with backoff: ${String(error)}`);
    }
  }

  private recovered() {
    if (this.failures > 0) {
      this.logger.log(`outbox relay resumed after ${this.failures} failed passes`);
    }
    this.failures = 0;
    this.resumeAt = 0;
  }

  async onModuleDestroy() {
    clearInterval(this.timer);
    await this.running;
  }

  /** A registered consumer's row: a savepoint, so its failure leaves the others' work. */
  private async consume(
    client: PoolClient,
    handler: OutboxHandler,
    row: { id: string; tenant_id: string | null; topic: string; payload: unknown },
  ) {
    await client.query('savepoint consumer');
    try {
      await handler(
        { id: row.id, tenantId: row.tenant_id, topic: row.topic, payload: row.payload },
        client,
      );
      await client.query('release savepoint consumer');
      await client.query('update outbox set delivered_at = now() where id = $1', [row.id]);
    } catch (error) {
      await client.query('rollback to savepoint consumer');
      // A dependency away (Temporal restarting) is not the row's fault: it waits, uncounted.
      if ((error as { retryLater?: boolean }).retryLater) return;
      await client.query('update outbox set attempts = attempts + 1 where id = $1', [row.id]);
      this.logger.warn(`outbox ${row.topic} ${row.id} not consumed: ${String(error)}`);
    }
  }

  /** One pass: delivers what is pending now. Returns when the batch is done. */
  async drain(): Promise<void> {
    const client = await this.owner.connect();
    // A checked-out client has no pool listener: without this, its server going away between
    // two statements would be an unhandled 'error' event. The failed statement rejects anyway.
    const lost = (error: Error) =>
      this.logger.warn(`outbox relay connection lost: ${error.message}`);
    client.on('error', lost);
    let failure: Error | undefined;
    try {
      await client.query('begin');
      const { rows } = await client.query<{
        id: string;
        tenant_id: string | null;
        topic: string;
        payload: MailMessage;
      }>(
        `select id, tenant_id, topic, payload from outbox
          where delivered_at is null and topic = any($1) and attempts < $2
          order by id limit $3 for update skip locked`,
        [[MAIL_TOPIC, ...this.handlers.keys()], MAX_ATTEMPTS, BATCH],
      );
      for (const row of rows) {
        const handler = this.handlers.get(row.topic);
        if (handler) {
          await this.consume(client, handler, row);
          continue;
        }
        try {
          await this.mailer.send(row.payload, { tenantId: row.tenant_id, outboxId: row.id });
          // Once sent, the payload keeps no live link (tokens in it would work until expiry).
          await client.query('update outbox set delivered_at = now(), payload = $2 where id = $1', [
            row.id,
            JSON.stringify(scrubLinks(row.payload)),
          ]);
        } catch (error) {
          await client.query('update outbox set attempts = attempts + 1 where id = $1', [row.id]);
          this.logger.warn(`mail ${row.id} to ${row.payload.to} not sent: ${String(error)}`);
        }
      }
      await client.query('commit');
    } catch (error) {
      failure = error as Error;
      await client.query('rollback').catch(() => undefined);
      throw error;
    } finally {
      client.removeListener('error', lost);
      // After a failure the connection may be dead: destroy it rather than pool it again.
      client.release(failure);
    }
  }
}
