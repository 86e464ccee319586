import fc from 'fast-check';
import { score, type ScoreInput } from './score';

const input: fc.Arbitrary<ScoreInput> = fc
  .record({
    toFix: fc.integer({ min: 0, max: 20 }),
    fixedShare: fc.double({ min: 0, max: 1, noNaN: true }),
    toKeep: fc.integer({ min: 0, max: 30 }),
    regressedShare: fc.double({ min: 0, max: 1, noNaN: true }),
    elapsedMs: fc.integer({ min: 0, max: 10 * 3_600_000 }),
    estimatedMinutes: fc.integer({ min: 1, max: 240 }),
    hintsRevealed: fc.integer({ min: 0, max: 10 }),
    hintPenaltyPerHint: fc.constantFrom(0, 0.05, 0.1, 0.2),
    changedLines: fc.integer({ min: 0, max: 5_000 }),
    referenceChangeLines: fc.integer({ min: 0, max: 200 }),
  })
  .map(({ fixedShare, regressedShare, ...rest }) => ({
    ...rest,
    fixed: Math.floor(fixedShare * rest.toFix),
    regressed: Math.floor(regressedShare * rest.toKeep),
  }));

describe('score', () => {
  it('scores identical submissions identically', () => {
    fc.assert(fc.property(input, (i) => expect(score({ ...i })).toEqual(score({ ...i }))));
  });

  it('stays within 0..100, with every factor within 0..1', () => {
    fc.assert(
      fc.property(input, (i) => {
        const s = score(i);
        expect(s.total).toBeGreaterThanOrEqual(0);
        expect(s.total).toBeLessThanOrEqual(100);
        for (const f of [s.correctness, s.timeFactor, s.efficiency, s.hintPenalty]) {
          expect(f).toBeGreaterThanOrEqual(0);
          expect(f).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('never rises with more hints', () => {
    fc.assert(
      fc.property(input, fc.integer({ min: 1, max: 5 }), (i, more) => {
        expect(score({ ...i, hintsRevealed: i.hintsRevealed + more }).total).toBeLessThanOrEqual(
          score(i).total,
        );
      }),
    );
  });

  it('never rises with fewer bug tests fixed', () => {
    fc.assert(
      fc.property(input, (i) => {
        fc.pre(i.fixed > 0);
        expect(score({ ...i, fixed: i.fixed - 1 }).total).toBeLessThanOrEqual(score(i).total);
      }),
    );
  });

  it('never rises with more regressions', () => {
    fc.assert(
      fc.property(input, (i) => {
        fc.pre(i.regressed < i.toKeep);
        expect(score({ ...i, regressed: i.regressed + 1 }).total).toBeLessThanOrEqual(
          score(i).total,
        );
      }),
    );
  });

  it('gives 0 to the untouched starter, however many tests it already passes', () => {
    fc.assert(
      fc.property(input, (i) => {
        expect(score({ ...i, fixed: 0, regressed: 0 }).total).toBe(0);
      }),
    );
  });

  it('gives 100 to a fast, hint-free, minimal fix that passes everything', () => {
    expect(
      score({
        toFix: 2,
        fixed: 2,
        toKeep: 5,
        regressed: 0,
        elapsedMs: 5 * 60_000,
        estimatedMinutes: 15,
        hintsRevealed: 0,
        hintPenaltyPerHint: 0.1,
        changedLines: 2,
        referenceChangeLines: 2,
      }),
    ).toEqual({ correctness: 1, timeFactor: 1, efficiency: 1, hintPenalty: 0, total: 100 });
  });

  it('gives 0 when the fix breaks every other test, however fast', () => {
    expect(
      score({
        toFix: 1,
        fixed: 1,
        toKeep: 4,
        regressed: 4,
        elapsedMs: 1_000,
        estimatedMinutes: 10,
        hintsRevealed: 0,
        hintPenaltyPerHint: 0.1,
        changedLines: 1,
        referenceChangeLines: 1,
      }).total,
    ).toBe(0);
  });

  it('takes 10% per hint and halves at most', () => {
    const base = {
      toFix: 1,
      fixed: 1,
      toKeep: 3,
      regressed: 0,
      elapsedMs: 60_000,
      estimatedMinutes: 10,
      hintPenaltyPerHint: 0.1,
      changedLines: 2,
      referenceChangeLines: 2,
    };
    expect(score({ ...base, hintsRevealed: 2 }).total).toBe(80);
    expect(score({ ...base, hintsRevealed: 9 }).total).toBe(50);
  });
});
