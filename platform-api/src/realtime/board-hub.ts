import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { BurstThrottle } from './burst-throttle';
import { type BoardChange, CHANNELS } from './channels';
import { RedisFanout } from './redis-fanout';
import { shareEvent } from './shared-frames';

export interface BoardBatch {
  competitionId: string;
  phase: string;
  changes: BoardChange[];
}

/** At most four board pushes a second per subscriber; a lone change goes out at once. */
export const BOARD_PUSH_INTERVAL_MS = 250;

/**
 * Frames go out this many sockets at a time, with a turn of the event loop between: a verdict
 * or a request that arrives during a board push waits for one slice, not for the whole board.
 */
export const DELIVERY_SLICE = 32;

/** Renders a batch for one audience (e.g. the live or the frozen board): once per batch. */
export type FrameRenderer<F extends object> = (batch: BoardBatch, audience: string) => Promise<F>;

export interface BoardWatcher<F extends object> {
  /** Which audience this watcher belongs to for a batch; one audience, one frame. */
  audience(batch: BoardBatch): string;
  deliver(frame: F): void;
}

interface Watch {
  render: FrameRenderer<object>;
  watcher: BoardWatcher<object>;
}

interface Board {
  watches: Set<Watch>;
  throttle: BurstThrottle<BoardChange>;
  release: Promise<() => Promise<void>>;
  /** Batches are delivered in order: the next waits for the one before. */
  delivering: Promise<void>;
}

/**
 * This instance's side of the board fan-out: one Redis subscription and one throttle per board,
 * however many local subscribers watch it. The first change of a burst goes out at once; the
 * rest of the burst follows together after BOARD_PUSH_INTERVAL_MS (250 ms), so a busy board costs each
 * subscriber a bounded number of pushes. Each batch is rendered once per audience, and the same
 * frame object (marked shared, so it is executed and serialised once per operation) goes to
 * every watcher of that audience, a slice of sockets at a time.
 */
@Injectable()
export class BoardHub implements OnModuleDestroy {
  private readonly logger = new Logger(BoardHub.name);
  private readonly boards = new Map<string, Board>();
  private readonly intervalMs = BOARD_PUSH_INTERVAL_MS;

  constructor(private readonly fanout: RedisFanout) {}

  watch<F extends object>(
    competitionId: string,
    render: FrameRenderer<F>,
    watcher: BoardWatcher<F>,
  ): () => Promise<void> {
    let board = this.boards.get(competitionId);
    if (!board) {
      const watches = new Set<Watch>();
      const created: Board = {
        watches,
        delivering: Promise.resolve(),
        throttle: new BurstThrottle<BoardChange>(this.intervalMs, (changes) => {
          const batch = { competitionId, phase: changes.at(-1)!.phase, changes };
          created.delivering = created.delivering
            .then(() => this.deliver(created, batch))
            .catch((error: unknown) =>
              this.logger.warn({ competitionId, error: String(error) }, 'board update not sent'),
            );
        }),
        release: this.fanout.listen(CHANNELS.board(competitionId), (message) => {
          created.throttle.add(JSON.parse(message) as BoardChange);
        }),
      };
      board = created;
      this.boards.set(competitionId, board);
    }
    const watch = { render, watcher } as Watch;
    board.watches.add(watch);
    const current = board;
    return async () => {
      current.watches.delete(watch);
      if (current.watches.size > 0 || this.boards.get(competitionId) !== current) return;
      this.boards.delete(competitionId);
      current.throttle.stop();
      await (
        await current.release
      )();
    };
  }

  /** Resolves once this instance listens to the board's channel (for tests and the bench). */
  async ready(competitionId: string): Promise<void> {
    await this.boards.get(competitionId)?.release;
  }

  onModuleDestroy(): void {
    for (const board of this.boards.values()) board.throttle.stop();
    this.boards.clear();
  }

  private async deliver(board: Board, batch: BoardBatch): Promise<void> {
    // Watchers grouped by renderer and audience: one frame per group.
    const groups = new Map<FrameRenderer<object>, Map<string, BoardWatcher<object>[]>>();
    for (const { render, watcher } of board.watches) {
      const byAudience = groups.get(render) ?? new Map<string, BoardWatcher<object>[]>();
      groups.set(render, byAudience);
      const audience = watcher.audience(batch);
      const watchers = byAudience.get(audience);
      if (watchers) watchers.push(watcher);
      else byAudience.set(audience, [watcher]);
    }
    const rendered = await Promise.all(
      [...groups].flatMap(([render, byAudience]) =>
        [...byAudience].map(async ([audience, watchers]) => {
          try {
            return { frame: shareEvent(await render(batch, audience)), watchers };
          } catch (error) {
            this.logger.warn(
              { competitionId: batch.competitionId, audience, error: String(error) },
              'board update not rendered',
            );
            return { frame: undefined, watchers };
          }
        }),
      ),
    );
    let sent = 0;
    for (const { frame, watchers } of rendered) {
      if (!frame) continue;
      for (const watcher of watchers) {
        watcher.deliver(frame);
        sent += 1;
        if (sent % DELIVERY_SLICE === 0) await nextTurn();
      }
    }
  }
}
