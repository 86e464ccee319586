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
import {
  CompetitionPhase,
  CompetitionVerdict,
  type LeaderboardEntry,
  LeaderboardUpdate,
} from './dto/competition.types';

const TOP = 10;

/**
 * Live competition data over graphql-ws: the author's verdicts at once, and board updates
 * (throttled per board by the BoardHub). One batch is read from Redis once per board kind and
 * instance, however many subscribers it goes to.
 */
@Resolver()
export class CompetitionSubscriptionsResolver {
  private readonly tops = new WeakMap<BoardBatch, Map<BoardKind, Promise<LeaderboardEntry[]>>>();

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
    let lastKind: BoardKind | undefined;
    let unwatch: () => Promise<void> = async () => undefined;
    const { iterator, push } = pushIterator<LeaderboardUpdate>(() => unwatch());
    unwatch = this.hub.watch(competitionId, (batch) => {
      const kind = staff ? 'live' : boardFor(batch.phase as Phase, false);
      // A frozen board does not change for non-staff: say so once, then stay quiet.
      if (kind === 'frozen' && lastKind === 'frozen') return;
      lastKind = kind;
      void this.topOf(batch, kind).then((top) =>
        push({
          competitionId,
          phase: batch.phase as CompetitionPhase,
          frozen: kind === 'frozen',
          top,
          changed:
            kind === 'frozen'
              ? []
              : [...new Set(batch.changes.map((c) => c.userId).filter(Boolean))],
          changedAt: batch.changes[0].at,
          sentAt: Date.now(),
        }),
      );
    });
    await this.hub.ready(competitionId);
    return iterator;
  }

  private topOf(batch: BoardBatch, kind: BoardKind): Promise<LeaderboardEntry[]> {
    let byKind = this.tops.get(batch);
    if (!byKind) {
      byKind = new Map();
      this.tops.set(batch, byKind);
    }
    let top = byKind.get(kind);
    if (!top) {
      top = this.competitions.top(batch.competitionId, kind, TOP);
      byKind.set(kind, top);
    }
    return top;
  }
}
