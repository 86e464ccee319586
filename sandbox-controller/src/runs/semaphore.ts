import { SandboxError } from '../errors';

/** At most `size` tasks at once; up to `maxQueue` wait in order, beyond that callers are refused. */
export class Semaphore {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly size: number,
    private readonly maxQueue: number,
  ) {}

  async use<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.size) {
      if (this.waiting.length >= this.maxQueue) {
        throw new SandboxError(
          'overloaded',
          `${this.active} runs are in progress and ${this.waiting.length} waiting; try again shortly.`,
        );
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.active++;
    }
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      // Hand the slot straight to the next waiter; otherwise free it.
      if (next) next();
      else this.active--;
    }
  }
}
