import { Injectable } from '@nestjs/common';
import type { Principal } from '../auth/principal';
import type { Prisma } from '../generated/prisma/client';
import { PrismaService } from './prisma.service';

export type Tx = Prisma.TransactionClient;

/** Whose rows a transaction may see: row-level security reads these two settings. */
export interface DbScope {
  userId?: string;
  tenantId?: string;
}

/** The scope of a principal's requests: their own rows, and their tenant's if they act in one. */
export const scopeOf = (principal: Principal | undefined): DbScope => ({
  userId: principal?.userId,
  tenantId: principal?.tenant?.id,
});

/**
 * The one way the API reaches tenant- and user-owned tables: a transaction that first sets
 * `app.user_id` and `app.tenant_id` (transaction-local), so PostgreSQL's policies scope every
 * statement in it. Code that forgets a check still cannot see another tenant's rows.
 */
@Injectable()
export class ScopedDb {
  constructor(private readonly prisma: PrismaService) {}

  run<T>(scope: DbScope, work: (tx: Tx) => Promise<T>): Promise<T> {
    // Nobody to scope to: the policies already show only public rows (an unset setting matches
    // no tenant or user), so skip the transaction's extra round trips on this hot path.
    if (!scope.userId && !scope.tenantId) return work(this.prisma);
    return this.prisma.$transaction(
      async (tx) => {
        await tx.$executeRaw`select set_config('app.user_id', ${scope.userId ?? ''}, true),
                                    set_config('app.tenant_id', ${scope.tenantId ?? ''}, true)`;
        return work(tx);
      },
      { maxWait: 5_000, timeout: 15_000 },
    );
  }
}
