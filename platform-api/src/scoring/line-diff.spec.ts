import fc from 'fast-check';
import { changedLines } from './line-diff';

describe('changedLines', () => {
  it('counts a one-line fix as one removed and one added line', () => {
    expect(changedLines('a\nb\nc\n', 'a\nB\nc\n')).toBe(2);
  });

  it('counts pure insertions and deletions', () => {
    expect(changedLines('a\nc', 'a\nb\nc')).toBe(1);
    expect(changedLines('a\nb\nc', 'a\nc')).toBe(1);
    expect(changedLines('', 'x\ny')).toBe(2);
  });

  it('is zero exactly for identical text, symmetric, and bounded by both sizes', () => {
    const text = fc
      .array(fc.constantFrom('a', 'b', 'c', ''), { maxLength: 30 })
      .map((l) => l.join('\n'));
    fc.assert(
      fc.property(text, text, (x, y) => {
        const d = changedLines(x, y);
        expect(d === 0).toBe(x === y);
        expect(changedLines(y, x)).toBe(d);
        expect(d).toBeLessThanOrEqual(
          (x ? x.split('\n').length : 0) + (y ? y.split('\n').length : 0),
        );
      }),
    );
  });
});
