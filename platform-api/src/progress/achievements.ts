/** The achievements a learner can earn, and the rule for each. */
export const ACHIEVEMENTS = {
  'first-fix': { title: 'First fix', description: 'Passed every hidden test of a challenge.' },
  'no-hints': { title: 'On my own', description: 'Solved a challenge without a hint.' },
  perfect: { title: 'Flawless', description: 'Scored 100 on a challenge.' },
  polyglot: { title: 'Polyglot', description: 'Solved challenges in three languages.' },
  'streak-3': { title: 'Three in a row', description: 'Submitted on three days in a row.' },
} as const;

export type AchievementCode = keyof typeof ACHIEVEMENTS;

export interface AchievementFacts {
  solved: boolean;
  score: number;
  hintsRevealed: number;
  languagesSolved: number;
  streakDays: number;
}

export function earned(facts: AchievementFacts): AchievementCode[] {
  const codes: AchievementCode[] = [];
  if (facts.solved) codes.push('first-fix');
  if (facts.solved && facts.hintsRevealed === 0) codes.push('no-hints');
  if (facts.score === 100) codes.push('perfect');
  if (facts.languagesSolved >= 3) codes.push('polyglot');
  if (facts.streakDays >= 3) codes.push('streak-3');
  return codes;
}
