import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { REDIS } from '../redis/redis.module';
import type { EntryStanding } from '../competitions/standings';

export type BoardKind = 'live' | 'frozen';

export interface RankedScore {
  userId: string;
  score: number;
  /** 1-based; competitors with the same composite score share a rank. */
  rank: number;
}

const key = (competitionId: string, board: BoardKind) => `lb:{${competitionId}}:${board}`;
/** Present once the boards were built from PostgreSQL; gone after FLUSHALL or eviction. */
const builtKey = (competitionId: string) => `lb:{${competitionId}}:built`;

/**
 * The leaderboards in Redis: one sorted set per competition and board (live, frozen), member =
 * user id, score = the composite of points and tie-break (leaderboards/composite-score.ts).
 * Every read is O(log n + k): ZRANGE … REV by index, ZREVRANK, and ZCOUNT for a shared rank.
 * The keys share a hash tag so a cluster keeps a competition's keys on one slot.
 */
@Injectable()
export class LeaderboardStore {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async isBuilt(competitionId: string): Promise<boolean> {
    return (await this.redis.exists(builtKey(competitionId))) === 1;
  }

  put(competitionId: string, board: BoardKind, userId: string, score: number): Promise<unknown> {
    return this.redis.zadd(key(competitionId, board), score, userId);
  }

  /** Replaces a board at once (built aside, then RENAME): readers never see half a board. */
  async replace(
    competitionId: string,
    boards: Partial<Record<BoardKind, EntryStanding[]>>,
  ): Promise<void> {
    const multi = this.redis.multi();
    for (const [board, standings] of Object.entries(boards) as [BoardKind, EntryStanding[]][]) {
      const target = key(competitionId, board);
      const staging = `${target}:staging`;
      multi.del(staging);
      for (let i = 0; i < standings.length; i += 500) {
        const chunk = standings.slice(i, i + 500).flatMap((s) => [s.score, s.userId]);
        multi.zadd(staging, ...chunk);
      }
      if (standings.length) multi.rename(staging, target);
      else multi.del(target);
    }
    multi.set(builtKey(competitionId), '1');
    await multi.exec();
  }

  /** Copies the live board to the frozen one (at the freeze). */
  async freeze(competitionId: string): Promise<void> {
    await this.redis.copy(key(competitionId, 'live'), key(competitionId, 'frozen'), 'REPLACE');
  }

  async size(competitionId: string, board: BoardKind): Promise<number> {
    return this.redis.zcard(key(competitionId, board));
  }

  /** Entries offset … offset + limit − 1, best first. */
  async range(
    competitionId: string,
    board: BoardKind,
    offset: number,
    limit: number,
  ): Promise<RankedScore[]> {
    if (limit <= 0) return [];
    const flat = await this.redis.zrange(
      key(competitionId, board),
      offset,
      offset + limit - 1,
      'REV',
      'WITHSCORES',
    );
    return this.withRanks(competitionId, board, flat);
  }

  /** The user's neighbourhood: `radius` above and below, or [] if not on the board. */
  async around(
    competitionId: string,
    board: BoardKind,
    userId: string,
    radius: number,
  ): Promise<RankedScore[]> {
    const index = await this.redis.zrevrank(key(competitionId, board), userId);
    if (index === null) return [];
    const start = Math.max(0, index - radius);
    return this.range(competitionId, board, start, index + radius - start + 1);
  }

  /** Every entry, best first (for the final standings and tests). */
  all(competitionId: string, board: BoardKind): Promise<RankedScore[]> {
    return this.range(competitionId, board, 0, Number.MAX_SAFE_INTEGER);
  }

  private async withRanks(
    competitionId: string,
    board: BoardKind,
    flat: string[],
  ): Promise<RankedScore[]> {
    const entries: { userId: string; score: number }[] = [];
    for (let i = 0; i < flat.length; i += 2)
      entries.push({ userId: flat[i], score: Number(flat[i + 1]) });
    if (!entries.length) return [];
    // A shared rank: 1 + how many score strictly higher. One ZCOUNT per distinct score.
    const distinct = [...new Set(entries.map((e) => e.score))];
    const pipeline = this.redis.pipeline();
    for (const score of distinct) pipeline.zcount(key(competitionId, board), `(${score}`, '+inf');
    const counts = (await pipeline.exec()) ?? [];
    const rankOf = new Map(distinct.map((s, i) => [s, Number(counts[i]?.[1] ?? 0) + 1]));
    return entries.map((e) => ({ ...e, rank: rankOf.get(e.score)! }));
  }
}
