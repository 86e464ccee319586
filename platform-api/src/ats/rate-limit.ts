import type Redis from 'ioredis';
import { AppError } from '../common/app-error';

export interface RateLimitState {
  limit: number;
  remaining: number;
  /** Seconds until the window resets. */
  reset: number;
  exceeded: boolean;
}

const WINDOW_SECONDS = 60;

/**
 * Requests per API key per minute, counted in Redis (fixed windows, shared by every API
 * replica). Answers what the RateLimit-* headers say. While Redis is away nothing can be
 * counted: the request is refused (503) rather than let through uncounted.
 */
export async function countRequest(
  redis: Redis,
  keyId: string,
  limit: number,
  now = Date.now(),
): Promise<RateLimitState> {
  const window = Math.floor(now / 1000 / WINDOW_SECONDS);
  const redisKey = `ats:rl:${keyId}:${window}`;
  let count: number;
  try {
    const replies = await redis
      .multi()
      .incr(redisKey)
      .expire(redisKey, WINDOW_SECONDS * 2)
      .exec();
    if (!replies || replies[0][0]) throw replies?.[0][0] ?? new Error('discarded');
    count = replies[0][1] as number;
  } catch {
    throw new AppError(
      'SERVICE_UNAVAILABLE',
      'The API is temporarily unavailable; try again in a minute.',
      {
        dependency: 'redis',
        retryAfterSeconds: 60,
      },
    );
  }
  const reset = (window + 1) * WINDOW_SECONDS - Math.floor(now / 1000);
  return { limit, remaining: Math.max(0, limit - count), reset, exceeded: count > limit };
}
