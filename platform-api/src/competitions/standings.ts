import {
  elapsedSince,
  encodeScore,
  MAX_ELAPSED_MS,
  MAX_POINTS,
} from '../leaderboards/composite-score';

/** One graded competition submit, as stored in competition_submissions. */
export interface GradedSubmit {
  userId: string;
  challengeId: string;
  /** The challenge's difficulty, 1 … 5. */
  difficulty: number;
  /** Share of the hidden tests the submit gets right, in thousandths (0 … 1000). */
  correctnessPermille: number;
  /** False while its integrity review is pending or after it was rejected: it scores nothing
   * and costs nothing (a flagged submit waits for a person). */
  counts: boolean;
  submittedAt: Date;
}

export interface Rules {
  startsAt: Date;
  /** Points taken for each counted submit that is not fully correct. */
  failedSubmitPenalty: number;
}

export interface EntryStanding {
  userId: string;
  points: number;
  /** ms since the start of the last submit that raised a challenge's best; MAX when none. */
  elapsedMs: number;
  solved: string[];
  failedSubmits: number;
  score: number;
}

/** points = difficulty × 100 × correctness of the best graded submit of the challenge. */
export const challengePoints = (difficulty: number, permille: number): number =>
  Math.round((difficulty * permille) / 10);

/**
 * A competitor's standing from their submits (any order): the best submit per challenge, the
 * fixed penalty per failed submit (the total never goes below 0), and the time of the last
 * improving submit as the tie-break. Pure: the Redis board and its rebuild from PostgreSQL
 * both come from here.
 */
export function standingOf(userId: string, submits: GradedSubmit[], rules: Rules): EntryStanding {
  const best = new Map<string, number>();
  let lastImprovement: Date | undefined;
  let failedSubmits = 0;
  const solved = new Set<string>();
  const ordered = submits
    .filter((s) => s.counts)
    .sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime());
  for (const s of ordered) {
    const points = challengePoints(s.difficulty, s.correctnessPermille);
    if (s.correctnessPermille < 1000) failedSubmits += 1;
    else solved.add(s.challengeId);
    if (points > (best.get(s.challengeId) ?? 0)) {
      best.set(s.challengeId, points);
      lastImprovement = s.submittedAt;
    }
  }
  const gross = [...best.values()].reduce((a, b) => a + b, 0);
  const points = Math.min(
    MAX_POINTS,
    Math.max(0, gross - failedSubmits * rules.failedSubmitPenalty),
  );
  const elapsedMs = lastImprovement
    ? elapsedSince(rules.startsAt, lastImprovement)
    : MAX_ELAPSED_MS;
  return {
    userId,
    points,
    elapsedMs,
    solved: [...solved].sort(),
    failedSubmits,
    score: encodeScore({ points, elapsedMs }),
  };
}

/** Every entrant's standing (entrants without a submit included), submits up to `until`. */
export function standingsOf(
  entrants: string[],
  submits: GradedSubmit[],
  rules: Rules,
  until?: Date,
): EntryStanding[] {
  const byUser = new Map<string, GradedSubmit[]>(entrants.map((u) => [u, []]));
  for (const s of submits) {
    if (until && s.submittedAt >= until) continue;
    byUser.get(s.userId)?.push(s);
  }
  return [...byUser].map(([userId, list]) => standingOf(userId, list, rules));
}

/** The board's order, the same as Redis's ZRANGE … REV: score, then member, descending. */
export const boardOrder = (a: EntryStanding, b: EntryStanding): number =>
  b.score - a.score || (a.userId < b.userId ? 1 : a.userId > b.userId ? -1 : 0);
