import type Redis from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError } from '../common/app-error';

export interface RateLimitState {
  limit: number;
  remaining: number;
  /** Seconds until the window resets. */
  reset: number;
  exceeded: boolean;
}

const WINDOW_SECONDS = 60;

/** Limiters per Redis client and limit (the limit is configuration: one per process in practice). */
const limiters = new WeakMap<Redis, Map<number, RateLimiterRedis>>();

function limiterFor(redis: Redis, limit: number): RateLimiterRedis {
  const byLimit = limiters.get(redis) ?? new Map<number, RateLimiterRedis>();
  limiters.set(redis, byLimit);
  let limiter = byLimit.get(limit);
  if (!limiter) {
    limiter = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: 'ats:rl',
      points: limit,
      duration: WINDOW_SECONDS,
    });
    byLimit.set(limit, limiter);
  }
  return limiter;
}

/**
 * Requests per API key per minute, counted in Redis (rate-limiter-flexible's fixed windows,
 * starting at a key's first request, shared by every API replica). Answers what the
 * RateLimit-* headers say. While Redis is away nothing can be counted: the request is refused
 * (503) rather than let through uncounted.
 */
export async function countRequest(
  redis: Redis,
  keyId: string,
  limit: number,
): Promise<RateLimitState> {
  let state: RateLimiterRes;
  let exceeded = false;
  try {
    state = await limiterFor(redis, limit).consume(keyId);
  } catch (outcome) {
    if (!(outcome instanceof RateLimiterRes)) {
      throw new AppError(
        'SERVICE_UNAVAILABLE',
        'The API is temporarily unavailable; try again in a minute.',
        { dependency: 'redis', retryAfterSeconds: 60 },
      );
    }
    state = outcome;
    exceeded = true;
  }
  const reset = Math.min(WINDOW_SECONDS, Math.max(1, Math.ceil(state.msBeforeNext / 1000)));
  return { limit, remaining: state.remainingPoints, reset, exceeded };
}
