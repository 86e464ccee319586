import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { BurstThrottle } from './burst-throttle';
import { type BoardChange, CHANNELS } from './channels';
import { RedisFanout } from './redis-fanout';

export interface BoardBatch {
  competitionId: string;
  phase: string;
  changes: BoardChange[];
}

/** At most four board pushes a second per subscriber; a lone change goes out at once. */
export const BOARD_PUSH_INTERVAL_MS = 250;

type Listener = (batch: BoardBatch) => void;

interface Board {
  listeners: Set<Listener>;
  throttle: BurstThrottle<BoardChange>;
  release: Promise<() => Promise<void>>;
}

/**
 * This instance's side of the board fan-out: one Redis subscription and one throttle per board,
 * however many local subscribers watch it. The first change of a burst goes out at once; the
 * rest of the burst follows together after BOARD_PUSH_INTERVAL_MS (250 ms), so a busy board costs each
 * subscriber a bounded number of pushes.
 */
@Injectable()
export class BoardHub implements OnModuleDestroy {
  private readonly boards = new Map<string, Board>();
  private readonly intervalMs = BOARD_PUSH_INTERVAL_MS;

  constructor(private readonly fanout: RedisFanout) {}

  watch(competitionId: string, listener: Listener): () => Promise<void> {
    let board = this.boards.get(competitionId);
    if (!board) {
      const listeners = new Set<Listener>();
      const throttle = new BurstThrottle<BoardChange>(this.intervalMs, (changes) => {
        const batch = { competitionId, phase: changes.at(-1)!.phase, changes };
        for (const l of listeners) l(batch);
      });
      const release = this.fanout.listen(CHANNELS.board(competitionId), (message) => {
        throttle.add(JSON.parse(message) as BoardChange);
      });
      board = { listeners, throttle, release };
      this.boards.set(competitionId, board);
    }
    board.listeners.add(listener);
    const current = board;
    return async () => {
      current.listeners.delete(listener);
      if (current.listeners.size > 0 || this.boards.get(competitionId) !== current) return;
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
}
