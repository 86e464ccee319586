import { Injectable, Logger } from '@nestjs/common';
import { standingOf, type EntryStanding } from '../competitions/standings';
import type { IntegrityVerdict, ReviewStatus } from '../generated/prisma/enums';
import { CHANNELS, type BoardChange, type VerdictMessage } from '../realtime/channels';
import { RedisFanout } from '../realtime/redis-fanout';
import { type BoardKind, LeaderboardStore, type RankedScore } from './leaderboard.store';
import { PlatformDb } from './platform-db';
import { insertGraded } from './graded-insert';
import { boardsFromDatabase, type CompetitionRules, rulesOf } from './standings.source';

/** A graded competition submit, at the point after grading (what the bench injects). */
export interface GradedInput {
  competitionId: string;
  userId: string;
  challengeId: string;
  correctnessPermille: number;
  integrityVerdict: IntegrityVerdict;
  reviewStatus: ReviewStatus;
  runId?: string;
}

export interface Recorded {
  verdict: VerdictMessage;
  standing: EntryStanding;
}

/**
 * The leaderboard's write and rebuild paths. PostgreSQL is the source of truth: a graded submit
 * is one row, and the entrant's standing is recomputed from their rows under a per-entrant lock
 * and put in the Redis sorted set before the transaction commits (so two submits of one entrant
 * land in order). A board missing from Redis is rebuilt from PostgreSQL, equal to what it was.
 * Each change is published for the real-time fan-out (any API instance).
 */
@Injectable()
export class LeaderboardService {
  private readonly logger = new Logger(LeaderboardService.name);

  constructor(
    private readonly db: PlatformDb,
    private readonly store: LeaderboardStore,
    private readonly fanout: RedisFanout,
  ) {}

  async recordGraded(input: GradedInput): Promise<Recorded> {
    // Asked while the transaction starts (one round trip fewer on the write path; the live
    // bench's write path is round-trip bound); awaited before the sorted-set update needs it.
    const isBuilt = this.store.isBuilt(input.competitionId);
    isBuilt.catch(() => undefined); // a failed transaction must not leave it unhandled
    let built = false;
    const { submissionId, standing, rules } = await this.db.run(
      async (tx) => {
        const graded = await insertGraded(tx, input);
        if (!graded) throw new Error(`no competition ${input.competitionId}`);
        const standing = standingOf(input.userId, graded.submits, graded.rules);
        built = await isBuilt;
        if (built) await this.store.put(graded.rules.id, 'live', input.userId, standing.score);
        return { ...graded, standing };
      },
      [input.competitionId, input.userId],
    );
    if (!built) await this.rebuild(input.competitionId);
    const counts = input.reviewStatus === 'not_needed' || input.reviewStatus === 'accepted';
    const verdict: VerdictMessage = {
      competitionId: rules.id,
      submissionId,
      userId: input.userId,
      challengeId: input.challengeId,
      correctnessPermille: input.correctnessPermille,
      counts,
      points: standing.points,
      at: Date.now(),
    };
    await this.publish(rules, input.userId, standing, verdict);
    return { verdict, standing };
  }

  /** A new entrant appears on the board with no points. */
  async entered(competitionId: string, userId: string): Promise<void> {
    const rules = await this.db.run((tx) => rulesOf(tx, competitionId));
    if (!rules) return;
    if (!(await this.store.isBuilt(competitionId))) return this.rebuild(competitionId);
    const standing = standingOf(userId, [], rules);
    await this.store.put(competitionId, 'live', userId, standing.score);
    await this.publish(rules, userId, standing);
  }

  /** Recomputes both boards from PostgreSQL and swaps them in. */
  async rebuild(competitionId: string): Promise<void> {
    const boards = await this.db.run(async (tx) => {
      const rules = await rulesOf(tx, competitionId);
      return rules ? boardsFromDatabase(tx, rules) : undefined;
    });
    if (!boards) return;
    await this.store.replace(competitionId, boards);
    this.logger.log({ competitionId, entrants: boards.live.length }, 'leaderboard rebuilt');
  }

  async ensureBuilt(competitionId: string): Promise<void> {
    if (!(await this.store.isBuilt(competitionId))) await this.rebuild(competitionId);
  }

  async range(competitionId: string, board: BoardKind, offset: number, limit: number) {
    await this.ensureBuilt(competitionId);
    return this.store.range(competitionId, board, offset, limit);
  }

  async around(
    competitionId: string,
    board: BoardKind,
    userId: string,
    radius: number,
  ): Promise<RankedScore[]> {
    await this.ensureBuilt(competitionId);
    return this.store.around(competitionId, board, userId, radius);
  }

  async size(competitionId: string, board: BoardKind): Promise<number> {
    await this.ensureBuilt(competitionId);
    return this.store.size(competitionId, board);
  }

  private async publish(
    rules: CompetitionRules,
    userId: string,
    standing: EntryStanding,
    verdict?: VerdictMessage,
  ): Promise<void> {
    const change: BoardChange = {
      competitionId: rules.id,
      userId,
      score: standing.score,
      points: standing.points,
      phase: rules.phase,
      at: Date.now(),
    };
    // The author hears first: their verdict is what they are waiting for. One round trip for
    // both (a pipeline keeps the order).
    await this.fanout.publishAll([
      ...(verdict ? [{ channel: CHANNELS.verdict(userId), payload: verdict }] : []),
      { channel: CHANNELS.board(rules.id), payload: change },
    ]);
  }
}
