import { Injectable, Logger } from '@nestjs/common';
import { z } from 'zod';
import type { Tx } from '../database/scoped-db.service';
import type { CompetitionPhase as Phase } from '../generated/prisma/enums';
import { LeaderboardService } from '../leaderboards/leaderboard.service';
import { PlatformDb } from '../leaderboards/platform-db';
import { boardsFromDatabase, rulesOf } from '../leaderboards/standings.source';
import { CHANNELS } from '../realtime/channels';
import { RedisFanout } from '../realtime/redis-fanout';
import { INITIAL_RATING, rateContest } from '../ratings/glicko2';
import { CompetitionErrors } from './competitions.errors';
import { writeFinalResults } from './hiring-pipeline';
import { boardOrder, type EntryStanding } from './standings';

const ORDER: Phase[] = ['scheduled', 'registration', 'live', 'frozen', 'ended', 'final'];

export const phaseRequest = z.object({
  phase: z.enum(['registration', 'live', 'frozen', 'ended', 'final', 'cancelled']),
  endsAt: z.number().int().positive(),
});

/** Whether moving from `current` to `next` is progress (a phase already reached is a no-op). */
export function advances(current: Phase, next: Phase): boolean {
  if (current === 'cancelled' || current === 'final') return false;
  if (next === 'cancelled') return true;
  return ORDER.indexOf(next) > ORDER.indexOf(current);
}

/** Final ranks from the final board: equal scores share a rank (1, 2, 2, 4). */
export function finalRanks(
  standings: EntryStanding[],
): { userId: string; rank: number; points: number }[] {
  const sorted = [...standings].sort(boardOrder);
  let rank = 0;
  return sorted.map((s, i) => {
    if (i === 0 || s.score !== sorted[i - 1].score) rank = i + 1;
    return { userId: s.userId, rank, points: s.points };
  });
}

/**
 * What each phase of the competition workflow means, stored idempotently (the workflow may
 * retry or replay a step): the phase and the end as the workflow knows it (extensions), the
 * frozen board recomputed at the freeze, and at `final` the final ranks and, for public
 * contests, the Glicko-2 ratings of everyone who submitted, all in one transaction.
 */
@Injectable()
export class CompetitionPhases {
  private readonly logger = new Logger(CompetitionPhases.name);

  constructor(
    private readonly db: PlatformDb,
    private readonly boards: LeaderboardService,
    private readonly fanout: RedisFanout,
  ) {}

  async set(
    id: string,
    request: z.infer<typeof phaseRequest>,
  ): Promise<{ phase: Phase; changed: boolean }> {
    const result = await this.db.run(async (tx) => {
      await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${id}))`;
      const c = await tx.competition.findUnique({ where: { id } });
      if (!c) throw CompetitionErrors.notFound();
      if (!advances(c.phase, request.phase)) return { phase: c.phase, changed: false };
      await tx.competition.update({
        where: { id },
        data: {
          phase: request.phase,
          endsAt: new Date(request.endsAt),
          // A cancelled competition is no longer paused (the clock is gone).
          pausedAt: request.phase === 'cancelled' ? null : undefined,
          updatedAt: new Date(),
        },
      });
      if (request.phase === 'final') await this.finalize(tx, c, new Date(request.endsAt));
      return { phase: request.phase as Phase, changed: true };
    });
    if (result.changed) {
      // The freeze time may have moved with the end; the frozen board is recomputed from rows.
      await this.boards.rebuild(id);
      await this.fanout.publish(CHANNELS.board(id), {
        competitionId: id,
        userId: '',
        score: 0,
        points: 0,
        phase: result.phase,
        at: Date.now(),
      });
      this.logger.log({ competitionId: id, phase: result.phase }, 'competition phase');
    }
    return result;
  }

  private async finalize(
    tx: Tx,
    c: { id: string; kind: string; tenantId: string | null },
    endedAt: Date,
  ): Promise<void> {
    const id = c.id;
    const rules = (await rulesOf(tx, id))!;
    const { live } = await boardsFromDatabase(tx, rules);
    const ranks = finalRanks(live);
    for (const r of ranks)
      await tx.competitionEntry.update({
        where: { competitionId_userId: { competitionId: id, userId: r.userId } },
        data: { finalRank: r.rank, finalPoints: r.points },
      });
    if (c.tenantId) {
      // The standings land on the entrants' pipeline rows, which are the tenant's (RLS).
      await tx.$executeRaw`select set_config('app.tenant_id', ${c.tenantId}, true)`;
      await writeFinalResults(tx, id, ranks, endedAt);
    }
    if (c.kind !== 'public_contest') return;
    const took = await tx.competitionSubmission.findMany({
      where: { competitionId: id },
      distinct: ['userId'],
      select: { userId: true },
    });
    const submitted = new Set(took.map((t) => t.userId));
    const contestants = ranks.filter((r) => submitted.has(r.userId));
    if (contestants.length < 2) return; // a game needs two players
    const current = await tx.rating.findMany({
      where: { userId: { in: contestants.map((c) => c.userId) } },
    });
    const before = new Map(
      current.map((r) => [r.userId, { rating: r.rating, rd: r.rd, vol: r.volatility }]),
    );
    const after = rateContest(
      contestants.map((c) => ({
        userId: c.userId,
        rank: c.rank,
        before: before.get(c.userId) ?? INITIAL_RATING,
      })),
    );
    for (const c of contestants) {
      const b = before.get(c.userId) ?? INITIAL_RATING;
      const a = after.get(c.userId)!;
      await tx.rating.upsert({
        where: { userId: c.userId },
        create: { userId: c.userId, rating: a.rating, rd: a.rd, volatility: a.vol, contests: 1 },
        update: {
          rating: a.rating,
          rd: a.rd,
          volatility: a.vol,
          contests: { increment: 1 },
          updatedAt: new Date(),
        },
      });
      await tx.ratingHistory.create({
        data: {
          competitionId: id,
          userId: c.userId,
          rank: c.rank,
          ratingBefore: b.rating,
          ratingAfter: a.rating,
          rdAfter: a.rd,
          volatilityAfter: a.vol,
        },
      });
    }
  }
}
