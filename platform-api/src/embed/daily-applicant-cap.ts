import type Redis from 'ioredis';
import { AppError } from '../common/app-error';

const DAY_MS = 86_400_000;

/**
 * How many applicants one career-page key may start per UTC day: each start creates a user, an
 * invite, a session, attempts and a workflow, so a script on an allowed origin must not make
 * them without end. Counted in Redis (shared by replicas); the count ends with the day.
 * While Redis is away nothing can be counted: the start is refused (SERVICE_UNAVAILABLE).
 */
export async function countApplicant(
  redis: Redis,
  embedKeyId: string,
  cap: number,
  now = Date.now(),
): Promise<void> {
  const day = new Date(now).toISOString().slice(0, 10);
  const secondsLeft = Math.ceil((DAY_MS - (now % DAY_MS)) / 1000);
  const key = `widget:applicants:${embedKeyId}:${day}`;
  let count: number;
  try {
    const replies = await redis
      .multi()
      .incr(key)
      .expire(key, secondsLeft + 3600)
      .exec();
    if (!replies || replies[0][0]) throw replies?.[0][0] ?? new Error('Redis is unavailable');
    count = replies[0][1] as number;
  } catch {
    throw new AppError(
      'SERVICE_UNAVAILABLE',
      'This is temporarily unavailable; try again in a minute.',
      {
        dependency: 'redis',
        retryAfterSeconds: 60,
      },
    );
  }
  if (count > cap) {
    throw new AppError(
      'RATE_LIMITED',
      `This challenge has taken all the applicants it can today. Try again in ${Math.ceil(secondsLeft / 3600)} h.`,
      { retryAfterSeconds: secondsLeft, reason: 'DAILY_APPLICANT_CAP' },
    );
  }
}
