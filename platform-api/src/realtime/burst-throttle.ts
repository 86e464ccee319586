/**
 * Throttles a stream of changes: the first change of a burst is sent at once; further changes
 * within `intervalMs` are gathered and sent together when the interval is over (so a board that
 * changes 100 times a second is pushed about 1000 / intervalMs times, and a lone change has no
 * delay).
 */
export class BurstThrottle<T> {
  private pending: T[] = [];
  private timer?: NodeJS.Timeout;
  private lastFlush = -Infinity;

  constructor(
    private readonly intervalMs: number,
    private readonly flush: (batch: T[]) => void,
    private readonly now: () => number = () => performance.now(),
  ) {}

  add(change: T): void {
    this.pending.push(change);
    if (this.timer) return;
    const wait = this.lastFlush + this.intervalMs - this.now();
    if (wait <= 0) this.emit();
    else this.timer = setTimeout(() => this.emit(), wait);
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = [];
  }

  private emit(): void {
    this.timer = undefined;
    this.lastFlush = this.now();
    const batch = this.pending;
    this.pending = [];
    if (batch.length) this.flush(batch);
  }
}
