import type Redis from 'ioredis';
import { AppError } from '../common/app-error';

/**
 * Fixed-window counters in Redis, shared by every API replica. A key over its limit answers
 * RATE_LIMITED with how long to wait. While Redis is away the limiter cannot count, and an
 * uncounted log-in would let anyone guess passwords at full speed: the attempt is refused with
 * SERVICE_UNAVAILABLE instead of skipping the limit.
 */
export class RateLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly windowSeconds: number,
  ) {}

  async hit(key: string, limit: number): Promise<void> {
    const redisKey = `rl:${key}`;
    let count: number;
    let ttl: number;
    try {
      const replies = await this.redis.multi().incr(redisKey).ttl(redisKey).exec();
      if (!replies) throw new Error('Redis is unavailable: the transaction was discarded');
      const [[incrError, incr], [ttlError, left]] = replies as [
        [Error | null, number],
        [Error | null, number],
      ];
      if (incrError ?? ttlError) throw incrError ?? ttlError;
      count = incr;
      ttl = left;
      if (ttl < 0) await this.redis.expire(redisKey, this.windowSeconds);
    } catch {
      throw new AppError('SERVICE_UNAVAILABLE', unavailableMessage(key), {
        dependency: 'redis',
        retryAfterSeconds: 60,
      });
    }
    if (count > limit) {
      const retryAfter = ttl > 0 ? ttl : this.windowSeconds;
      throw new AppError(
        'RATE_LIMITED',
        `Too many attempts. Wait ${retryAfter} s before trying again.`,
        { retryAfterSeconds: retryAfter },
      );
    }
  }
}

// Sign-up and log-in count under auth:…; the career-page widget under its own keys.
const unavailableMessage = (key: string) =>
  key.startsWith('auth:')
    ? 'Log-in is temporarily unavailable; try again in a minute.'
    : 'This is temporarily unavailable; try again in a minute.';
