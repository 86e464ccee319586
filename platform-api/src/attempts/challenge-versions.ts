import { Injectable } from '@nestjs/common';
import { TtlCache } from '../common/ttl-cache';
import type { Tx } from '../database/scoped-db.service';
import type { Prisma } from '../generated/prisma/client';

export type VersionWithSlug = Prisma.ChallengeVersionGetPayload<{
  include: { challenge: { select: { slug: true } } };
}>;

/**
 * Challenge versions by id. Versions never change once written, so they are cached for every
 * request after the first load. The first load runs in the caller's scoped transaction, and an
 * id is only ever looked up through an attempt the caller was allowed to read.
 */
@Injectable()
export class ChallengeVersions {
  private readonly cache = new TtlCache<VersionWithSlug>(10 * 60_000, 500);

  get(tx: Tx, id: string): Promise<VersionWithSlug> {
    return this.cache.get(id, () =>
      tx.challengeVersion.findUniqueOrThrow({
        where: { id },
        include: { challenge: { select: { slug: true } } },
      }),
    );
  }
}
