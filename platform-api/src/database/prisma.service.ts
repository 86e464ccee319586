import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { PrismaClient } from '../generated/prisma/client';

const logger = new Logger('PrismaService');

/**
 * The Prisma client on a `pg` pool (driver adapter: no query-engine binary). When PostgreSQL
 * restarts, its pooled connections die: an idle one's error is logged here (without a handler
 * `pg` would crash the process), the pool drops it and opens fresh ones on demand, and the
 * requests in between fail with SERVICE_UNAVAILABLE (health/dependency-errors.ts).
 */
@Injectable()
export class PrismaService extends PrismaClient implements OnModuleDestroy {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super({
      adapter: new PrismaPg(
        {
          connectionString: config.DATABASE_URL,
          max: config.DATABASE_POOL_SIZE,
          // Fail fast while the database is away: a request waits at most this long for a
          // connection, then answers "temporarily unavailable".
          connectionTimeoutMillis: 5_000,
        },
        {
          onPoolError: (error) => logger.warn(`idle PostgreSQL connection lost: ${error.message}`),
          onConnectionError: (error) =>
            logger.warn(`PostgreSQL connection lost in a transaction: ${error.message}`),
        },
      ),
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.$disconnect();
  }
}
