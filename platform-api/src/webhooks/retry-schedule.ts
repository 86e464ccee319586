import { z } from 'zod';

const UNIT_SECONDS = { s: 1, m: 60, h: 3_600, d: 86_400 } as const;

/**
 * Delays between webhook delivery attempts, in seconds. The default roughly doubles from 30 s
 * and gives up after about three days (10 retries, 70.7 hours after the first attempt).
 */
export const DEFAULT_RETRY_SCHEDULE = '30s,2m,10m,30m,1h,3h,6h,12h,24h,24h';

/** "30s,2m,1h" → [30, 120, 3600]. Throws with a message naming the bad entry. */
export function parseRetrySchedule(raw: string): number[] {
  const entries = raw.split(',').map((e) => e.trim());
  if (entries.length === 0 || entries.length > 30) throw new Error('give 1 to 30 delays');
  return entries.map((entry) => {
    const match = /^(\d{1,6})([smhd])$/.exec(entry);
    if (!match) throw new Error(`"${entry}" is not a delay like 30s, 2m, 1h or 1d`);
    const seconds = Number(match[1]) * UNIT_SECONDS[match[2] as keyof typeof UNIT_SECONDS];
    if (seconds < 1 || seconds > 7 * 86_400) throw new Error(`"${entry}" must be 1s to 7d`);
    return seconds;
  });
}

export const retryScheduleField = z
  .string()
  .default(DEFAULT_RETRY_SCHEDULE)
  .transform((raw, ctx) => {
    try {
      return parseRetrySchedule(raw);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: (error as Error).message });
      return z.NEVER;
    }
  });
