import { Global, Inject, Logger, Module, type OnModuleDestroy } from '@nestjs/common';
import { Pool } from 'pg';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { PrismaService } from './prisma.service';
import { ScopedDb } from './scoped-db.service';

/**
 * The schema owner's pool, for system jobs that act across tenants (the outbox relay) and
 * never for a request: requests go through ScopedDb, under row-level security.
 */
export const OWNER_POOL = Symbol('OWNER_POOL');

@Global()
@Module({
  providers: [
    PrismaService,
    ScopedDb,
    {
      provide: OWNER_POOL,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        const pool = new Pool({
          connectionString: config.DATABASE_OWNER_URL,
          max: 2,
          connectionTimeoutMillis: 5_000,
        });
        // An idle client whose server went away (a restart, a failover) emits 'error' on the
        // pool; unhandled, that event would end the process. The pool drops the client.
        pool.on('error', (error) =>
          new Logger('OwnerPool').warn(`idle PostgreSQL connection lost: ${error.message}`),
        );
        return pool;
      },
    },
  ],
  exports: [PrismaService, ScopedDb, OWNER_POOL],
})
export class DatabaseModule implements OnModuleDestroy {
  constructor(@Inject(OWNER_POOL) private readonly owner: Pool) {}

  async onModuleDestroy(): Promise<void> {
    await this.owner.end();
  }
}
