/**
 * The score of a submission: one pure, deterministic function of what happened, so the same
 * submission always scores the same and a report can show exactly why.
 *
 *   total = round(100 × correctness × (0.6 + 0.4 × timeFactor × efficiency) × (1 − hintPenalty))
 *
 * - correctness: share of the bug's tests fixed (hidden tests the starter fails that now pass),
 *   times the share of the other hidden tests kept passing (the starter passes them; breaking
 *   one is a regression). An untouched starter scores 0. Nothing else counts without it.
 * - timeFactor: 1 up to twice the estimated time, then falls linearly to 0.5 at six times it.
 * - efficiency: 1 while the change is within max(2 × reference, reference + 4) changed lines
 *   (the reference fix's size), then allowance / changed, never below 0.5. Rewriting the
 *   project to fix a one-line bug is not the skill we measure.
 * - hintPenalty: hintPenaltyPerHint per revealed hint, at most 0.5.
 * Time and efficiency shape at most 40% of the score; hints can halve it.
 */
export interface ScoreInput {
  /** Hidden tests the starter fails (the bug's tests), and how many of them pass now. */
  toFix: number;
  fixed: number;
  /** Hidden tests the starter passes, and how many of them fail now. */
  toKeep: number;
  regressed: number;
  elapsedMs: number;
  estimatedMinutes: number;
  hintsRevealed: number;
  hintPenaltyPerHint: number;
  changedLines: number;
  referenceChangeLines: number;
}

export interface ScoreBreakdown {
  correctness: number;
  timeFactor: number;
  efficiency: number;
  hintPenalty: number;
  total: number;
}

export const DEFAULT_HINT_PENALTY = 0.1;
const MAX_HINT_PENALTY = 0.5;

export function score(input: ScoreInput): ScoreBreakdown {
  const fixedShare = input.toFix > 0 ? clamp01(input.fixed / input.toFix) : 0;
  const keptShare = input.toKeep > 0 ? clamp01(1 - input.regressed / input.toKeep) : 1;
  const correctness = fixedShare * keptShare;

  const estimateMs = Math.max(1, input.estimatedMinutes) * 60_000;
  const ratio = Math.max(0, input.elapsedMs) / estimateMs;
  const timeFactor = ratio <= 2 ? 1 : Math.max(0.5, 1 - ((ratio - 2) / 4) * 0.5);

  const allowance = Math.max(2 * input.referenceChangeLines, input.referenceChangeLines + 4);
  const changed = Math.max(0, input.changedLines);
  const efficiency = changed <= allowance ? 1 : Math.max(0.5, allowance / changed);

  const hintPenalty = Math.min(
    MAX_HINT_PENALTY,
    Math.max(0, input.hintsRevealed) * clamp01(input.hintPenaltyPerHint),
  );

  const total = Math.round(
    100 * correctness * (0.6 + 0.4 * timeFactor * efficiency) * (1 - hintPenalty),
  );
  return {
    correctness: round4(correctness),
    timeFactor: round4(timeFactor),
    efficiency: round4(efficiency),
    hintPenalty: round4(hintPenalty),
    total,
  };
}

const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);
const round4 = (x: number) => Math.round(x * 10_000) / 10_000;
