/**
 * Skill mastery per language and per bug kind, in 0..1. A graded result can only raise it:
 * gain = score/100 × (0.1 + 0.05 × difficulty) × (1 − level), so harder challenges teach more,
 * progress slows near mastery, and a bad day never takes away what was learned.
 */
export interface MasteryResult {
  score: number;
  difficulty: number;
  solved: boolean;
}

export interface MasteryState {
  level: number;
  solved: number;
}

export function nextMastery(state: MasteryState, result: MasteryResult): MasteryState {
  const level = Math.min(1, Math.max(0, state.level));
  const weight = 0.1 + 0.05 * Math.min(5, Math.max(1, result.difficulty));
  const gain = (Math.min(100, Math.max(0, result.score)) / 100) * weight * (1 - level);
  return {
    level: Math.min(1, Math.round((level + gain) * 1e6) / 1e6),
    solved: state.solved + (result.solved ? 1 : 0),
  };
}
