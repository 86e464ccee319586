import {
  Inject,
  Injectable,
  Logger,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import type { Pool } from 'pg';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { OWNER_POOL } from '../database/database.module';
import { type MailMessage, type Mailer } from './mailer';
import { MAIL_TOPIC } from './outbox-mail';

export const MAILER = Symbol('MAILER');
const BATCH = 20;
const MAX_ATTEMPTS = 10;

/**
 * Delivers outbox rows of the topics it handles (mail), at least once: a row is claimed with
 * SKIP LOCKED (so several API processes share the work), sent, then marked delivered in the
 * same transaction. A failed send stays pending and is retried on later polls, up to a bound.
 * Other topics stay in the outbox for their own consumers.
 */
@Injectable()
export class OutboxRelay implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(OWNER_POOL) private readonly owner: Pool,
    @Inject(MAILER) private readonly mailer: Mailer,
  ) {}

  onModuleInit() {
    this.timer = setInterval(() => {
      this.running ??= this.drain()
        .catch((error: unknown) => this.logger.warn(`outbox relay: ${String(error)}`))
        .finally(() => (this.running = undefined));
    }, this.config.OUTBOX_POLL_MS);
  }

  async onModuleDestroy() {
    clearInterval(this.timer);
    await this.running;
  }

  /** One pass: delivers what is pending now. Returns when the batch is done. */
  async drain(): Promise<void> {
    const client = await this.owner.connect();
    try {
      await client.query('begin');
      const { rows } = await client.query<{
        id: string;
        tenant_id: string | null;
        payload: MailMessage;
      }>(
        `select id, tenant_id, payload from outbox
          where delivered_at is null and topic = $1 and attempts < $2
          order by id limit $3 for update skip locked`,
        [MAIL_TOPIC, MAX_ATTEMPTS, BATCH],
      );
      for (const row of rows) {
        try {
          await this.mailer.send(row.payload, { tenantId: row.tenant_id, outboxId: row.id });
          await client.query('update outbox set delivered_at = now() where id = $1', [row.id]);
        } catch (error) {
          await client.query('update outbox set attempts = attempts + 1 where id = $1', [row.id]);
          this.logger.warn(`mail ${row.id} to ${row.payload.to} not sent: ${String(error)}`);
        }
      }
      await client.query('commit');
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}
