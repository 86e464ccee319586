import { Injectable } from '@nestjs/common';
import type { Principal } from '../auth/principal';
import { ScopedDb } from '../database/scoped-db.service';
import type { Prisma } from '../generated/prisma/client';
import { CatalogErrors } from './catalog.errors';
import { toDetail, toSummary } from './challenge-view';
import {
  type ChallengeConnection,
  type ChallengeDetail,
  type ChallengeFilter,
  ChallengeOrder,
} from './dto/challenge.types';

const ORDER: Record<ChallengeOrder, Prisma.ChallengeOrderByWithRelationInput[]> = {
  [ChallengeOrder.DIFFICULTY_ASC]: [{ currentVersion: { difficulty: 'asc' } }, { slug: 'asc' }],
  [ChallengeOrder.DIFFICULTY_DESC]: [{ currentVersion: { difficulty: 'desc' } }, { slug: 'asc' }],
  [ChallengeOrder.TITLE_ASC]: [{ currentVersion: { title: 'asc' } }, { slug: 'asc' }],
  [ChallengeOrder.NEWEST]: [{ createdAt: 'desc' }, { slug: 'asc' }],
  [ChallengeOrder.ESTIMATED_MINUTES_ASC]: [
    { currentVersion: { estimatedMinutes: 'asc' } },
    { slug: 'asc' },
  ],
};

// Cursors are opaque to clients: an offset into the sorted, filtered list.
const encodeCursor = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url');
function decodeCursor(cursor: string): number {
  const match = /^o:(\d{1,6})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw CatalogErrors.badCursor();
  return Number(match[1]);
}

/** The catalog a principal can see: public challenges, plus their tenant's private ones. */
@Injectable()
export class CatalogService {
  constructor(private readonly db: ScopedDb) {}

  async list(
    principal: Principal | undefined,
    filter: ChallengeFilter = {},
    first = 24,
    after?: string,
    orderBy = ChallengeOrder.DIFFICULTY_ASC,
  ): Promise<ChallengeConnection> {
    if (!Number.isInteger(first) || first < 1 || first > 100) throw CatalogErrors.badPageSize();
    const offset = after ? decodeCursor(after) : 0;
    const where = whereOf(filter);
    return this.db.run(catalogScope(principal), async (tx) => {
      // One after the other: statements in one transaction share a connection.
      const rows = await tx.challenge.findMany({
        where,
        orderBy: ORDER[orderBy],
        skip: offset,
        take: first + 1,
        select: { slug: true, currentVersion: { select: SUMMARY_FIELDS } },
      });
      const totalCount = await tx.challenge.count({ where });
      const page = rows.slice(0, first);
      const hasNextPage = rows.length > first;
      return {
        nodes: page.map((r) => toSummary(r.slug, r.currentVersion!)),
        pageInfo: {
          hasNextPage,
          endCursor: page.length ? encodeCursor(offset + page.length) : null,
        },
        totalCount,
      };
    });
  }

  async get(principal: Principal | undefined, slug: string): Promise<ChallengeDetail> {
    const challenge = await this.db.run(catalogScope(principal), (tx) =>
      tx.challenge.findFirst({
        // A tenant's own private challenge shadows a public one of the same slug.
        where: { slug, currentVersionId: { not: null } },
        orderBy: { tenantId: { sort: 'asc', nulls: 'last' } },
        select: { slug: true, currentVersion: true },
      }),
    );
    if (!challenge?.currentVersion) throw CatalogErrors.notFound(slug);
    return toDetail(challenge.slug, challenge.currentVersion);
  }
}

// Only the listing's fields: a version row also carries every file of the challenge.
const SUMMARY_FIELDS = {
  title: true,
  language: true,
  framework: true,
  difficulty: true,
  bugTypes: true,
  tags: true,
  estimatedMinutes: true,
  sourceKind: true,
  sourceUrl: true,
} satisfies Prisma.ChallengeVersionSelect;

/** The catalog depends only on the tenant (private challenges), not on the user. */
const catalogScope = (principal: Principal | undefined) => ({ tenantId: principal?.tenant?.id });

function whereOf(filter: ChallengeFilter): Prisma.ChallengeWhereInput {
  const version: Prisma.ChallengeVersionWhereInput = {};
  if (filter.languages?.length) version.language = { in: filter.languages };
  if (filter.difficulties?.length) version.difficulty = { in: filter.difficulties };
  if (filter.bugTypes?.length) version.bugTypes = { hasSome: filter.bugTypes };
  if (filter.tag) version.tags = { has: filter.tag };
  if (filter.sourceKind) version.sourceKind = filter.sourceKind;
  const words = (filter.text ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 8);
  if (words.length) {
    version.AND = words.map((word) => ({
      OR: [
        { title: { contains: word, mode: 'insensitive' } },
        { summary: { contains: word, mode: 'insensitive' } },
        { tags: { has: word.toLowerCase() } },
      ],
    }));
  }
  return { currentVersionId: { not: null }, currentVersion: version };
}
