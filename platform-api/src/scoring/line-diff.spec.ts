import fc from 'fast-check';
import { changedLines } from './line-diff';

/** The score's definition: lines of both versions outside a longest common subsequence. */
function lcsDistance(x: string[], y: string[]): number {
  let row = new Array<number>(y.length + 1).fill(0);
  for (const line of x) {
    const next = [0];
    for (let j = 0; j < y.length; j++) {
      next.push(line === y[j] ? row[j] + 1 : Math.max(row[j + 1], next[j]));
    }
    row = next;
  }
  return x.length + y.length - 2 * row[y.length];
}

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

  it('is the LCS distance of the two versions, CRLF read as LF', () => {
    const line = fc.constantFrom('a', 'b', 'c', '', '}', 'a\r');
    const text = fc
      .tuple(fc.array(line, { maxLength: 30 }), fc.boolean())
      .map(([l, crlf]) => l.join(crlf ? '\r\n' : '\n'));
    const lines = (t: string) => (t === '' ? [] : t.replace(/\r\n/g, '\n').split('\n'));
    fc.assert(
      fc.property(text, text, (x, y) => {
        expect(changedLines(x, y)).toBe(lcsDistance(lines(x), lines(y)));
      }),
      { numRuns: 500 },
    );
  });
});
