/**
 * A leaderboard entry's sorted-set score: points and the tie-break in one IEEE-754 double,
 * exact because it stays below 2^53 (Redis stores sorted-set scores as doubles).
 *
 * Bit layout (most significant first), 53 bits in all:
 *
 *   | 21 bits: points (0 … 2,097,151) | 32 bits: 2^32 − 1 − elapsed ms (0 … 4,294,967,295) |
 *
 * `elapsed` is the time of the competitor's last improving submit, in ms since the start (at
 * most 2^32 − 1 ms, about 49.7 days). More points rank higher; with equal points the earlier
 * last improvement ranks higher (as contest platforms break ties), because the low part is
 * its complement. A competitor who never improved has elapsed = 2^32 − 1 (the worst time).
 */
export const POINT_BITS = 21;
export const TIME_BITS = 32;
export const MAX_POINTS = 2 ** POINT_BITS - 1;
export const MAX_ELAPSED_MS = 2 ** TIME_BITS - 1;
const TIME_SPAN = 2 ** TIME_BITS;

export interface Standing {
  points: number;
  /** ms since the start of the last improving submit; MAX_ELAPSED_MS when there is none. */
  elapsedMs: number;
}

export class ScoreRangeError extends RangeError {}

export function encodeScore({ points, elapsedMs }: Standing): number {
  if (!Number.isInteger(points) || points < 0 || points > MAX_POINTS)
    throw new ScoreRangeError(`points must be an integer in 0..${MAX_POINTS}, got ${points}`);
  if (!Number.isInteger(elapsedMs) || elapsedMs < 0 || elapsedMs > MAX_ELAPSED_MS)
    throw new ScoreRangeError(
      `elapsedMs must be an integer in 0..${MAX_ELAPSED_MS}, got ${elapsedMs}`,
    );
  // Multiplication and addition of integers below 2^53: exact in a double.
  return points * TIME_SPAN + (MAX_ELAPSED_MS - elapsedMs);
}

export function decodeScore(score: number): Standing {
  if (!Number.isSafeInteger(score) || score < 0)
    throw new ScoreRangeError(`a composite score is a safe non-negative integer, got ${score}`);
  const points = Math.floor(score / TIME_SPAN);
  return { points, elapsedMs: MAX_ELAPSED_MS - (score - points * TIME_SPAN) };
}

/** Elapsed ms since the start, clamped into the layout's range (a submit before the start is 0). */
export const elapsedSince = (startsAt: Date, at: Date): number =>
  Math.min(MAX_ELAPSED_MS, Math.max(0, at.getTime() - startsAt.getTime()));
