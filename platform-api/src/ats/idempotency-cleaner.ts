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
import { PeriodicPass } from '../common/periodic-pass';
import { IDEMPOTENCY_RETENTION_MS } from './idempotency';

/** Records deleted per statement: short transactions, however many expired at once. */
const BATCH = 1000;

/**
 * Deletes Idempotency-Key records older than their 24 hours (openapi: "Keys are kept 24
 * hours"): without it the table only grows. Runs in every API process; two passes at once
 * split the rows between them (FOR UPDATE SKIP LOCKED), and a row a request is taking over
 * at that moment is locked by it and skipped, so neither waits nor fails.
 */
@Injectable()
export class IdempotencyCleaner implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(IdempotencyCleaner.name);
  private readonly passes = new PeriodicPass(this.logger, 'idempotency cleanup', () =>
    this.sweep(),
  );

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(OWNER_POOL) private readonly owner: Pool,
  ) {}

  onModuleInit() {
    this.passes.start(this.config.IDEMPOTENCY_SWEEP_MS);
  }

  onModuleDestroy() {
    return this.passes.stop();
  }

  /** One pass: deletes every record created before `now` minus the retention; returns how many. */
  async sweep(now = new Date()): Promise<number> {
    const before = new Date(now.getTime() - IDEMPOTENCY_RETENTION_MS);
    let total = 0;
    for (;;) {
      const result = await this.owner.query(
        `with expired as (
           select tenant_id, api_key_id, key from idempotency_keys
            where created_at < $1
            limit ${BATCH}
            for update skip locked
         )
         delete from idempotency_keys k using expired e
          where k.tenant_id = e.tenant_id and k.api_key_id = e.api_key_id and k.key = e.key`,
        [before],
      );
      const count = result.rowCount ?? 0;
      total += count;
      if (count < BATCH) break;
    }
    if (total > 0) this.logger.log(`${total} expired idempotency key(s) deleted`);
    return total;
  }
}
