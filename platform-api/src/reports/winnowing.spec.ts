import fc from 'fast-check';
import { similarity, tokens } from './winnowing';

const starter = `function total(items) {
  let sum = 0;
  for (let i = 0; i <= items.length; i++) {
    sum += items[i].price;
  }
  return sum;
}
`;
const fixA = `function total(items) {
  let sum = 0;
  for (const item of items) {
    if (item && typeof item.price === 'number') sum += item.price * (item.quantity ?? 1);
  }
  return Math.round(sum * 100) / 100;
}
`;
const fixB = `function total(items) {
  return items.reduce((acc, it) => acc + (Number.isFinite(it?.price) ? it.price : 0), 0);
}
`;

describe('winnowing similarity between candidates', () => {
  it('sees a copy with renamed variables as the same code', () => {
    const renamed = fixA.replace(/\bitem\b/g, 'entry').replace(/\bsum\b/g, 'acc');
    expect(similarity(fixA, renamed, starter)).toBe(1);
  });

  it('tells two different fixes of the same bug apart', () => {
    expect(similarity(fixA, fixB, starter)).toBeLessThan(0.5);
  });

  it('ignores the starter everyone shares: an untouched starter matches nothing', () => {
    expect(similarity(starter, starter, starter)).toBe(0);
  });

  it('is symmetric and between 0 and 1', () => {
    const code = fc
      .array(
        fc.constantFrom('x = y + 1;', 'if (a) { b(); }', 'return z;', 'for (;;) {}', 'q.push(r);'),
        {
          maxLength: 40,
        },
      )
      .map((l) => l.join('\n'));
    fc.assert(
      fc.property(code, code, (a, b) => {
        const s = similarity(a, b, starter);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(similarity(b, a, starter)).toBeCloseTo(s, 10);
      }),
    );
  });

  it('normalises names, numbers and strings but keeps keywords and operators', () => {
    expect(tokens('if (count > 10) return "x"; // note')).toEqual([
      'if',
      '(',
      'I',
      '>',
      'N',
      ')',
      'return',
      'S',
      ';',
    ]);
  });
});
