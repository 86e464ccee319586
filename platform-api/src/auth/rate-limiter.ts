import type Redis from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError } from '../common/app-error';

/**
 * Fixed-window counters in Redis (rate-limiter-flexible: one atomic script per hit), shared by
 * every API replica; a window starts at a key's first hit. A key over its limit answers
 * RATE_LIMITED with how long to wait. While Redis is away the limiter cannot count, and an
 * uncounted log-in would let anyone guess passwords at full speed: the attempt is refused with
 * SERVICE_UNAVAILABLE instead of skipping the limit.
 */
export class RateLimiter {
  /** One rate-limiter-flexible limiter per limit: callers give the limit with each hit. */
  private readonly byLimit = new Map<number, RateLimiterRedis>();

  constructor(
    private readonly redis: Redis,
    private readonly windowSeconds: number,
  ) {}

  async hit(key: string, limit: number): Promise<void> {
    try {
      await this.limiter(limit).consume(key);
    } catch (outcome) {
      if (!(outcome instanceof RateLimiterRes)) {
        throw new AppError('SERVICE_UNAVAILABLE', unavailableMessage(key), {
          dependency: 'redis',
          retryAfterSeconds: 60,
        });
      }
      const retryAfter = Math.min(
        this.windowSeconds,
        Math.max(1, Math.ceil(outcome.msBeforeNext / 1000)),
      );
      throw new AppError(
        'RATE_LIMITED',
        `Too many attempts. Wait ${retryAfter} s before trying again.`,
        { retryAfterSeconds: retryAfter },
      );
    }
  }

  private limiter(limit: number): RateLimiterRedis {
    let limiter = this.byLimit.get(limit);
    if (!limiter) {
      // Keys stay rl:<key>, as they were before the library.
      limiter = new RateLimiterRedis({
        storeClient: this.redis,
        keyPrefix: 'rl',
        points: limit,
        duration: this.windowSeconds,
      });
      this.byLimit.set(limit, limiter);
    }
    return limiter;
  }
}

// Sign-up and log-in count under auth:…; the career-page widget under its own keys.
const unavailableMessage = (key: string) =>
  key.startsWith('auth:')
    ? 'Log-in is temporarily unavailable; try again in a minute.'
    : 'This is temporarily unavailable; try again in a minute.';
