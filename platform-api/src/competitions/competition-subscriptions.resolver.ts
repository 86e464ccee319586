import { Args, ID, Resolver, Subscription } from '@nestjs/graphql';
import { Can, Public } from '../common/access.decorators';
import { CurrentPrincipal, OptionalPrincipal, type Principal } from '../auth/principal';
import type { BoardKind } from '../leaderboards/leaderboard.store';
import { boardFor } from '../leaderboards/standings.source';
import type { CompetitionPhase as Phase } from '../generated/prisma/enums';
import { type BoardBatch, BoardHub } from '../realtime/board-hub';
import { CHANNELS, type VerdictMessage } from '../realtime/channels';
import { pushIterator, RedisFanout } from '../realtime/redis-fanout';
import { CompetitionsService } from './competitions.service';
import { CompetitionPhase, CompetitionVerdict, LeaderboardUpdate } from './dto/competition.types';

const TOP = 10;

/**
 * Live competition data over graphql-ws: the author's verdicts at once, and board updates
 * (throttled per board by the BoardHub). A batch is read from Redis and rendered once per board
 * kind and instance, and that one frame goes to every subscriber who sees that board.
 */
@Resolver()
export class CompetitionSubscriptionsResolver {
  constructor(
    private readonly fanout: RedisFanout,
    private readonly hub: BoardHub,
    private readonly competitions: CompetitionsService,
  ) {}

  @Can('solve', 'Challenge')
  @Subscription(() => CompetitionVerdict, {
    description: "Your competition submits' verdicts, as soon as they are graded.",
    resolve: (value: VerdictMessage) => value,
  })
  async competitionVerdicts(
    @CurrentPrincipal() principal: Principal,
    @Args('competitionId', { type: () => ID }) competitionId: string,
  ) {
    let release: () => Promise<void> = async () => undefined;
    const { iterator, push } = pushIterator<VerdictMessage>(() => release());
    release = await this.fanout.listen(CHANNELS.verdict(principal.userId), (message) => {
      const verdict = JSON.parse(message) as VerdictMessage;
      if (verdict.competitionId === competitionId) push(verdict);
    });
    return iterator;
  }

  @Public()
  @Subscription(() => LeaderboardUpdate, {
    description:
      'Board changes: the first change of a burst at once, then at most one update per 250 ms. Non-staff get no changes while the board is frozen.',
    resolve: (value: LeaderboardUpdate) => value,
  })
  async leaderboardChanged(
    @OptionalPrincipal() viewer: Principal | undefined,
    @Args('competitionId', { type: () => ID }) competitionId: string,
  ) {
    const { staff } = await this.competitions.boardKind(competitionId, viewer); // NOT_FOUND first
    let lastFrozen = false;
    let unwatch: () => Promise<void> = async () => undefined;
    const { iterator, push } = pushIterator<LeaderboardUpdate>(() => unwatch());
    unwatch = this.hub.watch(competitionId, this.renderUpdate, {
      audience: (batch) => (staff ? 'live' : boardFor(batch.phase as Phase, false)),
      deliver: (update) => {
        // A frozen board does not change for non-staff: say so once, then stay quiet.
        if (update.frozen && lastFrozen) return;
        lastFrozen = update.frozen;
        push(update);
      },
    });
    await this.hub.ready(competitionId);
    return iterator;
  }

  /**
   * One update per batch and board kind, the same object for every subscriber who sees that
   * board (the hub marks it shared: executed and serialised once per subscription document).
   */
  private readonly renderUpdate = async (
    batch: BoardBatch,
    kind: string,
  ): Promise<LeaderboardUpdate> => {
    const frozen = kind === 'frozen';
    const top = await this.competitions.top(batch.competitionId, kind as BoardKind, TOP);
    return {
      competitionId: batch.competitionId,
      phase: batch.phase as CompetitionPhase,
      frozen,
      top,
      changed: frozen ? [] : [...new Set(batch.changes.map((c) => c.userId).filter(Boolean))],
      changedAt: batch.changes[0].at,
      sentAt: Date.now(),
    };
  };
}
