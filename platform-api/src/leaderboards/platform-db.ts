import { Injectable } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service';
import type { Tx } from '../database/scoped-db.service';

/**
 * Platform operations on competition tables: a transaction with `app.platform = on`, which the
 * competitions migration's policies accept for writes no single user or tenant owns (phases the
 * workflow drives, public contests, final standings, ratings, the bench's injected submits).
 * Only the internal routes and server-side code reach it; no resolver passes user input to it
 * unchecked.
 */
@Injectable()
export class PlatformDb {
  constructor(private readonly prisma: PrismaService) {}

  /** `lock`: a transaction-scoped advisory lock on these two keys, taken in the same round trip. */
  run<T>(work: (tx: Tx) => Promise<T>, lock?: [string, string]): Promise<T> {
    return this.prisma.$transaction(
      async (tx) => {
        if (lock)
          await tx.$executeRaw`select set_config('app.platform', 'on', true), pg_advisory_xact_lock(hashtext(${lock[0]}), hashtext(${lock[1]}))`;
        else await tx.$executeRaw`select set_config('app.platform', 'on', true)`;
        return work(tx);
      },
      { maxWait: 5_000, timeout: 30_000 },
    );
  }
}
