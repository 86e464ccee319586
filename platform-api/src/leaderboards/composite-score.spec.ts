import fc from 'fast-check';
import {
  decodeScore,
  encodeScore,
  MAX_ELAPSED_MS,
  MAX_POINTS,
  ScoreRangeError,
} from './composite-score';

const standing = fc.record({
  points: fc.integer({ min: 0, max: MAX_POINTS }),
  elapsedMs: fc.integer({ min: 0, max: MAX_ELAPSED_MS }),
});

describe('composite leaderboard score', () => {
  it('round-trips every standing exactly and stays a safe integer (under 2^53)', () => {
    fc.assert(
      fc.property(standing, (s) => {
        const score = encodeScore(s);
        expect(Number.isSafeInteger(score)).toBe(true);
        expect(decodeScore(score)).toEqual(s);
      }),
    );
    expect(encodeScore({ points: MAX_POINTS, elapsedMs: 0 })).toBe(2 ** 53 - 1);
  });

  it('orders by points first, then the earlier last improvement', () => {
    fc.assert(
      fc.property(standing, standing, (a, b) => {
        const expected =
          a.points !== b.points
            ? Math.sign(a.points - b.points)
            : Math.sign(b.elapsedMs - a.elapsedMs);
        expect(Math.sign(encodeScore(a) - encodeScore(b))).toBe(expected);
      }),
    );
  });

  it('survives the trip through a Redis score string (a double printed and parsed)', () => {
    fc.assert(
      fc.property(standing, (s) => {
        expect(decodeScore(Number(String(encodeScore(s))))).toEqual(s);
      }),
    );
  });

  it('refuses values outside the layout, naming the field', () => {
    expect(() => encodeScore({ points: MAX_POINTS + 1, elapsedMs: 0 })).toThrow(/points must be/);
    expect(() => encodeScore({ points: 1, elapsedMs: -1 })).toThrow(/elapsedMs must be/);
    expect(() => encodeScore({ points: 1.5, elapsedMs: 0 })).toThrow(ScoreRangeError);
    expect(() => decodeScore(2 ** 53)).toThrow(ScoreRangeError);
  });
});
