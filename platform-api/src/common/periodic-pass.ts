import type { Logger } from '@nestjs/common';

/**
 * A background pass repeated every `everyMs`, never two at once. A failed pass (the database
 * away, say) is logged and the next one tries again; `stop` waits for a pass under way, so a
 * shutdown never cuts one in half. Used by the sweepers that every API process runs.
 */
export class PeriodicPass {
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    private readonly logger: Logger,
    private readonly what: string,
    private readonly pass: () => Promise<unknown>,
  ) {}

  start(everyMs: number): void {
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.pass()
        .catch((error: unknown) => this.logger.warn(`${this.what} failed: ${String(error)}`))
        .finally(() => (this.running = undefined));
    }, everyMs);
    // The HTTP server keeps the process alive; a sweep alone should not.
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
