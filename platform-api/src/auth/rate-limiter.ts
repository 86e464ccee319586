import type Redis from 'ioredis';
import { AppError } from '../common/app-error';

/**
 * Fixed-window counters in Redis, shared by every API replica. A key over its limit answers
 * RATE_LIMITED with how long to wait.
 */
export class RateLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly windowSeconds: number,
  ) {}

  async hit(key: string, limit: number): Promise<void> {
    const redisKey = `rl:${key}`;
    const [[, count], [, ttl]] = (await this.redis.multi().incr(redisKey).ttl(redisKey).exec()) as [
      [null, number],
      [null, number],
    ];
    if (ttl < 0) await this.redis.expire(redisKey, this.windowSeconds);
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
