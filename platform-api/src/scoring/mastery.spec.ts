import fc from 'fast-check';
import { type MasteryResult, nextMastery } from './mastery';

const result: fc.Arbitrary<MasteryResult> = fc.record({
  score: fc.integer({ min: 0, max: 100 }),
  difficulty: fc.integer({ min: 1, max: 5 }),
  solved: fc.boolean(),
});

describe('nextMastery', () => {
  it('never decreases over any sequence of results, and stays within 0..1', () => {
    fc.assert(
      fc.property(fc.array(result, { maxLength: 200 }), (results) => {
        let state = { level: 0, solved: 0 };
        for (const r of results) {
          const next = nextMastery(state, r);
          expect(next.level).toBeGreaterThanOrEqual(state.level);
          expect(next.level).toBeLessThanOrEqual(1);
          expect(next.solved).toBeGreaterThanOrEqual(state.solved);
          state = next;
        }
      }),
    );
  });

  it('grows more from a harder challenge than from an easier one at the same score', () => {
    const start = { level: 0.2, solved: 1 };
    const easy = nextMastery(start, { score: 80, difficulty: 1, solved: true });
    const hard = nextMastery(start, { score: 80, difficulty: 5, solved: true });
    expect(hard.level).toBeGreaterThan(easy.level);
  });

  it('does not move on a zero score', () => {
    expect(
      nextMastery({ level: 0.4, solved: 2 }, { score: 0, difficulty: 3, solved: false }),
    ).toEqual({
      level: 0.4,
      solved: 2,
    });
  });
});
